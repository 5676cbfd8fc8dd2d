"""sipbot's knowledge layer: parsing, the SQLite store, search and answers, on-this-day.

Pure Python. Nothing in this package imports telegram, handlers or bot.
"""

from data.models import Answer, Digest, Entity, Event, Figure, Source, Subscription

__all__ = ["Answer", "Digest", "Entity", "Event", "Figure", "Source", "Subscription"]
