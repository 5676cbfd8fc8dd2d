"""``sipbot ask`` on a store already at the newest schema imports only what answering needs:
no sqlite_utils (migrations and writes only), no Telegram, no asyncio, no rapidfuzz (typos
only); and it compiles only the patterns its question uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from data.sources import BUNDLED_DOCUMENT
from data.store import Store

PROBE = """
import json, sys
from bot.cli import cli
try:
    cli(["ask", "--db", sys.argv[1], "--json", "苏州纳米城入驻企业有多少家"])
except SystemExit:
    pass
import gc
from data.lazyre import LazyPattern
patterns = [p for p in gc.get_objects() if isinstance(p, LazyPattern)]
loaded = {m: m in sys.modules for m in ("sqlite_utils", "telegram", "asyncio", "rapidfuzz")}
print(json.dumps({**loaded, "patterns": len(patterns),
                  "compiled": sum(p._compiled is not None for p in patterns)}), file=sys.stderr)
"""


def probe(db: Path) -> tuple[dict, dict[str, bool]]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True,
                          text=True, timeout=120, check=True)
    loaded = json.loads(done.stderr.strip().splitlines()[-1])
    return json.loads(done.stdout), loaded


def test_ask_on_an_up_to_date_store_imports_no_sqlite_utils(tmp_path) -> None:
    from data.ingest import ingest_file

    db = tmp_path / "s.db"
    store = Store(db)
    ingest_file(store, BUNDLED_DOCUMENT)
    store.close()
    answer, loaded = probe(db)
    assert answer["found"] and "397" in answer["answer"]
    patterns, compiled = loaded.pop("patterns"), loaded.pop("compiled")
    assert loaded == {"sqlite_utils": False, "telegram": False, "asyncio": False,
                      "rapidfuzz": False}
    # The module-level patterns are compiled on first use: one question needs a fraction.
    assert patterns > 200 and compiled < patterns / 2


def test_a_store_behind_the_schema_is_still_migrated_at_open(tmp_path) -> None:
    import sqlite3

    from data.store.migrations import SCHEMA_VERSION

    db = tmp_path / "s.db"
    Store(db).close()
    conn = sqlite3.connect(db)
    for index in ("sentences_caption_text", "entries_document", "events_sentence",
                  "name_aliases_pinyin"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("CREATE INDEX name_aliases_pinyin ON name_aliases(pinyin) "
                 "WHERE pinyin IS NOT NULL")  # as 0007_names made it
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_shelf_indexes'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    _, loaded = probe(db)  # an empty store: the bundled document is ingested on first use
    assert loaded["sqlite_utils"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sentences_caption_text'"
                        ).fetchone()
    conn.close()
