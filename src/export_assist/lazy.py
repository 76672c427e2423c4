"""`built_once`: a cached property whose first build runs once even under many threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")
_GUARD = threading.Lock()  # only guards creating each instance's own lock


def _lock_of(obj: Any) -> threading.RLock:
    lock: threading.RLock | None = obj.__dict__.get("_build_lock")
    if lock is None:
        with _GUARD:
            lock = obj.__dict__.setdefault("_build_lock", threading.RLock())
    return lock


class built_once(Generic[T]):
    """Like functools.cached_property, but concurrent first reads wait for one build.

    Python 3.12 dropped cached_property's lock, so two requests at the same moment could
    build two of a part. The lock is re-entrant and per instance (a part may build the
    parts it needs); a build that raises caches nothing, so the next read tries again."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self._fn = fn
        self._name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> built_once[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | built_once[T]:
        if obj is None:
            return self
        cache = obj.__dict__
        if self._name in cache:
            return cache[self._name]  # type: ignore[no-any-return]
        with _lock_of(obj):
            if self._name not in cache:
                cache[self._name] = self._fn(obj)
            return cache[self._name]  # type: ignore[no-any-return]


def locked(obj: object) -> threading.RLock:
    """The build lock of an object that uses built_once (for hand-written lazy parts)."""
    return _lock_of(obj)


def give_parts(obj: object, **parts: object) -> None:
    """Use parts built elsewhere (a test's clock, a searcher shared between containers)
    instead of building them. Only before a part is first built, so no part built
    earlier holds the one it replaces."""
    for name, part in parts.items():
        if not isinstance(getattr(type(obj), name, None), built_once):
            raise TypeError(f"{type(obj).__name__} has no part named {name!r}")
        with _lock_of(obj):
            if name in obj.__dict__:
                raise RuntimeError(f"{name!r} is already built: give it before its first use")
            obj.__dict__[name] = part
