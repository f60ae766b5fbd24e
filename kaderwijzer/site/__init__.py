"""Site output: which pages the data makes, term links, search, page weight, the error and preview pages, edit links, and the MkDocs adapters."""
