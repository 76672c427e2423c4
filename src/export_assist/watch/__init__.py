"""Change watch: which corpus documents changed at re-ingest, and who must hear of it."""
