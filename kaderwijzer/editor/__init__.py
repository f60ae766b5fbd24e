"""Editor output: JSON Schemas for the editor, field help, the field reference, new-record scaffolds, the error guide."""
