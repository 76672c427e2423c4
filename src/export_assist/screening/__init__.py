"""Restricted-party screening: list loaders (FtM JSON, CSV) and a fuzzy name matcher."""
