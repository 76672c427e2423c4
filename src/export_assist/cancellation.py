"""Cooperative cancellation of work whose client has gone (or whose server is stopping).

A sync endpoint runs in a worker thread that nothing can interrupt from outside, so
long loops ask `raise_if_cancelled()` between steps. The API's request guard gives each
request a flag (a context variable, which worker threads inherit) and raises it when
the client disconnects; `cancel_all()` raises every flag when the server stops.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from export_assist.errors import ExportAssistError

_current: ContextVar[threading.Event | None] = ContextVar("export_assist_cancel", default=None)
_active: set[threading.Event] = set()
_lock = threading.Lock()


class Cancelled(ExportAssistError):
    """The client went away or the server is stopping: the work was abandoned."""

    status_code = 499
    code = "cancelled"


@contextmanager
def cancellable() -> Iterator[threading.Event]:
    """A fresh flag for the work done inside the block (and threads it starts)."""
    flag = threading.Event()
    token = _current.set(flag)
    with _lock:
        _active.add(flag)
    try:
        yield flag
    finally:
        with _lock:
            _active.discard(flag)
        _current.reset(token)


def raise_if_cancelled() -> None:
    """Stop here (raise Cancelled) if the current work was cancelled."""
    flag = _current.get()
    if flag is not None and flag.is_set():
        raise Cancelled("The request was cancelled: the client disconnected or the server stops.")


def cancel_all() -> int:
    """Cancel every piece of work in progress; returns how many were running."""
    with _lock:
        flags = list(_active)
    for flag in flags:
        flag.set()
    return len(flags)
