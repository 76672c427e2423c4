"""Signed, expiring download links for rendered documents.

A browser follows a plain link (it cannot add an API key header), so the link itself
carries the permission: an HMAC over the set, the file name and an expiry time, made
with a secret kept in the data dir. Only a caller with a valid key gets such a link
(POST /v1/documents, or the chat tool); the link works until it expires.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path
from urllib.parse import quote

from export_assist.errors import Forbidden


def load_or_create_secret(path: Path) -> bytes:
    """The signing secret: 32 random bytes, created once, readable by the owner only.

    Workers that share a data dir may start together: the file is written aside and then
    hard-linked into place, which fails if another process got there first, so every
    process ends up with the one secret in the file (a link it signs works on all)."""
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    aside = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(8)}")
    aside.write_bytes(secrets.token_bytes(32))
    aside.chmod(0o600)
    try:
        os.link(aside, path)
    except FileExistsError:
        pass  # another worker's secret is in place: use it
    finally:
        aside.unlink()
    return path.read_bytes()


class DownloadLinks:
    """Makes and checks signed document download URLs."""

    def __init__(self, secret: bytes, ttl_s: int = 7 * 24 * 3600) -> None:
        self._secret = secret
        self._ttl = ttl_s

    def _sign(self, set_id: str, name: str, expires: int) -> str:
        message = f"{set_id}/{name}/{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:32]

    def url(self, set_id: str, name: str, now: float | None = None) -> str:
        """A download URL valid for the configured time."""
        expires = int((now if now is not None else time.time()) + self._ttl)
        sig = self._sign(set_id, name, expires)
        return f"/v1/documents/{quote(set_id)}/{quote(name)}?expires={expires}&sig={sig}"

    def check(
        self, set_id: str, name: str, expires: int, sig: str, now: float | None = None
    ) -> None:
        """Raise Forbidden unless the signature matches and the link has not expired."""
        # Bytes, not str: compare_digest refuses non-ASCII text (a TypeError, once a 500).
        expected = self._sign(set_id, name, expires).encode()
        valid = hmac.compare_digest(expected, sig.encode("utf-8", "replace"))
        if not valid or expires < (now if now is not None else time.time()):
            raise Forbidden(
                "This download link is not valid or has expired. Render the documents again "
                "to get fresh links.",
                message_ja="このダウンロードリンクは無効か期限切れです。書類を作成し直してください。",
            )
