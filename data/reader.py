"""Which reading of the documents a store holds: a fingerprint of what ingest reads with.

A store keeps, for each document, the fingerprint of the code and tables that read it
(parsing, extraction, folding, the alias, term and glossary tables). A sipbot whose reading
differs re-reads the documents it can find again when it opens the store, so that an
upgrade's better extraction reaches stores built before it (and a glossary row added in
development is not silently without effect on an existing store).
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
# What an ingest reads with: the files whose change can change what a store holds.
READING_FILES = (
    "parse.py", "extract.py", "ingest.py", "names.py", "normalize.py", "texts.py",
    "aliases.tsv", "terms.tsv", "glossary_en.tsv", "english/dictionary.py", "english/index.py",
    "english/words.py",
    "store/documents.py", "store/names.py", "store/words.py",
)


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The current reading's fingerprint: a CRC of :data:`READING_FILES` (a change detector,
    no security; zlib's, since ``sipbot ask`` computes it at every start: ~0.5 ms, where
    importing hashlib alone is ~3 ms)."""
    crc, size = 0, 0
    for name in READING_FILES:
        path = HERE / name
        data = path.read_bytes() if path.is_file() else b""
        crc = zlib.crc32(data, zlib.crc32(name.encode(), crc))
        size += len(data)
    return f"{crc:08x}-{size:x}"
