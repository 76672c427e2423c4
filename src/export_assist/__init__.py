"""export-assist: an export-support assistant for Japanese SMEs."""

import re as _re

__version__ = "0.1.0"

# A chat turn uses 500-1,300 distinct regular expressions given as strings (the answer
# path's and pysbd's, which re compiles and caches). re's cache holds 512 and drops the
# oldest entry when full, so past 512 nearly every call compiled its pattern again: 1,500
# compiles a regulation turn, about half its time. A larger cache keeps them compiled.
_re._MAXCACHE = max(getattr(_re, "_MAXCACHE", 512), 8192)  # type: ignore[attr-defined]
