"""Reading: YAML with positions, Dutch messages, loading and validating `data/` into a corpus, git revisions and dates."""
