"""Open-data output: the JSON export and its schema, CSV tables, the datapackage and DCAT record, the change feed."""
