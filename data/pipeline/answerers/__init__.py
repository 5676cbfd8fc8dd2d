"""One small module per kind of answer; each answers from the evidence or says it cannot."""
