"""export-assist: an export-support assistant for Japanese SMEs."""

__version__ = "0.1.0"
