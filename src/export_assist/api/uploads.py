"""Stream an uploaded file to disk under a byte limit, checked while it arrives: a raw
body, or the ``file`` field of a multipart form. Nothing is held whole in memory and the
event loop never waits on the disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.types import Message

from export_assist.errors import InvalidInput, PayloadTooLarge

CHUNK = 256 * 1024
FORM_SLACK = 64 * 1024  # multipart boundaries and part headers around the file

UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary"},
            },
        },
    }
}


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"the file is larger than the import limit of {limit / (1024 * 1024):.1f} MB: split it "
        "(EXPORT_ASSIST_MATCHING__IMPORTS__MAX_BYTES sets the limit)"
    )


async def _write(chunks: Any, dest: Path, limit: int) -> int:
    total = 0
    with dest.open("wb") as out:
        async for chunk in chunks:
            total += len(chunk)
            if total > limit:
                raise _too_large(limit)
            await run_in_threadpool(out.write, chunk)
    return total


async def _file_chunks(upload: UploadFile) -> Any:
    while chunk := await upload.read(CHUNK):
        yield chunk


async def _multipart(request: Request, dest: Path, limit: int) -> str | None:
    received = 0

    async def receive() -> Message:
        # Count the body as it arrives: the form parser never sees more than the limit.
        nonlocal received
        message = await request.receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit + FORM_SLACK:
                raise _too_large(limit)
        return message

    form = await Request(request.scope, receive).form(max_files=1, max_fields=10)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InvalidInput(
                "send the file in a multipart form field named 'file'",
                message_ja="ファイルは multipart フォームの「file」という項目で送ってください。",
            )
        await _write(_file_chunks(upload), dest, limit)
        return upload.filename
    finally:
        await form.close()


async def receive_upload(request: Request, dest: Path, limit: int) -> str | None:
    """Write the uploaded file to dest (at most limit bytes); the client's file name if any."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + FORM_SLACK:
        raise _too_large(limit)  # refused before a byte is read
    try:
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            return await _multipart(request, dest, limit)
        await _write(request.stream(), dest, limit)
        return None
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
