"""Telegram handlers, one feature a module, each ending in ``register(app)``."""
