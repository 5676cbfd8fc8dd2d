"""``python -m bot`` runs the sipbot CLI."""

from bot.cli import cli

cli()
