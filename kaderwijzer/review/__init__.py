"""Review output: validation errors in the formats forges read, and the policy diff between two revisions."""
