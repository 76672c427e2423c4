"""The answer engine: question understanding, document-first retrieval, extractive
composition with citations, and an honest hand-off when the corpus does not answer."""
