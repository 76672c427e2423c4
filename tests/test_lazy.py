"""built_once: one build under concurrent first reads; a failed build is retried."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from export_assist.lazy import built_once, give_parts


class Parts:
    def __init__(self, fail_first: bool = False) -> None:
        self.builds = 0
        self._fail = fail_first
        self._gate = threading.Barrier(8)

    @built_once
    def part(self) -> object:
        """A part that is slow to build."""
        self.builds += 1
        time.sleep(0.05)
        if self._fail:
            self._fail = False
            raise RuntimeError("first build fails")
        return object()

    def read(self, _: int) -> object:
        self._gate.wait()
        return self.part


def test_concurrent_first_reads_build_one_part() -> None:
    parts = Parts()
    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(parts.read, range(8)))
    assert parts.builds == 1 and all(p is seen[0] for p in seen)


def test_a_failed_build_is_tried_again() -> None:
    parts = Parts(fail_first=True)
    with pytest.raises(RuntimeError):
        _ = parts.part
    assert parts.part is parts.part and parts.builds == 2


def test_a_part_given_before_its_first_use_is_used_and_never_built() -> None:
    built: list[str] = []

    class Parts:
        @built_once
        def clock(self) -> str:
            built.append("clock")
            return "real"

    parts = Parts()
    give_parts(parts, clock="given")
    assert parts.clock == "given" and built == []


def test_a_part_cannot_be_given_after_it_was_built_or_under_an_unknown_name() -> None:
    class Parts:
        @built_once
        def clock(self) -> str:
            return "real"

    parts = Parts()
    assert parts.clock == "real"
    with pytest.raises(RuntimeError, match="already built"):
        give_parts(parts, clock="late")
    with pytest.raises(TypeError, match="no part named 'clok'"):
        give_parts(parts, clok="typo")
