"""Where the tests find the project and their fixtures, wherever a test module lives."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURE = TESTS / "fixtures" / "env-chapter.txt"  # a synthetic second chapter
QA = TESTS / "qa"
