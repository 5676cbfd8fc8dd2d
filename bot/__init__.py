"""sipbot's composition root: settings, the PTB Application, the ``sipbot`` CLI."""
