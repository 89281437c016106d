"""Articles as users hold them: HTML pages, URLs and feeds, turned into the ingest path's input."""
