"""Checks on a JSON body before it is parsed for real: nesting depth (without recursion,
so 100,000 brackets cannot blow the stack) and the length of every string in it."""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np

# A JSON string literal (escapes included): brackets inside strings are not nesting.
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_OPEN = np.frombuffer(b"[{", dtype=np.uint8)
_CLOSE = np.frombuffer(b"]}", dtype=np.uint8)


def json_depth(body: bytes) -> int:
    """The deepest nesting of arrays/objects in a JSON text (0 for a scalar)."""
    bare = np.frombuffer(_STRING.sub(b'""', body), dtype=np.uint8)
    steps = np.isin(bare, _OPEN).astype(np.int32) - np.isin(bare, _CLOSE).astype(np.int32)
    return int(np.cumsum(steps).max(initial=0))


def long_string(value: Any, limit: int, path: str = "") -> tuple[str, int] | None:
    """The path and length of the first string (or key) longer than `limit`, if any."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            if len(item) > limit:
                return where or "request", len(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                if len(key) > limit:
                    return where or "request", len(key)
                stack.append((f"{where}.{key}" if where else str(key), child))
        elif isinstance(item, list):
            stack.extend((f"{where}.{i}" if where else str(i), c) for i, c in enumerate(item))
    return None


def parse_or_none(body: bytes) -> Any:
    """The parsed body, or None when it is not JSON (the route reports that as 422)."""
    try:
        return json.loads(body)
    except ValueError:
        return None
