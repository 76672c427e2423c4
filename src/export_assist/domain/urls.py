"""Link fields a browser may follow: only http(s) URLs, never javascript:, data: or file:."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator

SAFE_SCHEMES = frozenset({"http", "https"})


def is_web_url(value: str) -> bool:
    """Whether a string is an absolute http(s) URL with a host (and no control characters)."""
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in value):
        return False  # browsers strip tabs/newlines inside schemes: 'java\tscript:' runs
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in SAFE_SCHEMES and bool(parts.netloc)


def _web_url(value: str) -> str:
    value = value.strip()
    if value and not is_web_url(value):
        raise ValueError("must be an http:// or https:// link (other schemes are refused)")
    return value


def safe_link(value: str) -> str:
    """The URL if a browser may follow it, else '' (for links read back from storage)."""
    value = value.strip()
    return value if is_web_url(value) else ""


# An optional link ('' for none): http(s) only.
WebUrl = Annotated[str, AfterValidator(_web_url)]
