"""Retrieval: load, chunk, embed, index and search the regulation corpus."""
