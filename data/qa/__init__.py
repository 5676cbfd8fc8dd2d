"""QA evaluation: scoring a QA file against the engine (``sipbot eval``, the regression bars)."""
