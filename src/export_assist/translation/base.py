"""The translator seam: services see these protocols, never a vendor library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Hints:
    """Constraints for one segment: required term translations and verbatim spans."""

    glossary: Sequence[tuple[str, str]] = ()
    protected: Sequence[str] = ()
    problems: Sequence[str] = field(default_factory=tuple)


@runtime_checkable
class Translator(Protocol):
    """A machine-translation backend."""

    name: str

    def supports(self, source: str, target: str) -> bool:
        """True when this backend can translate the pair (canonical codes)."""
        ...

    def translate(
        self, segments: Sequence[str], source: str, target: str, hints: Sequence[Hints]
    ) -> list[str]:
        """Translate each segment; hints[i] belongs to segments[i]."""
        ...


@runtime_checkable
class Reviser(Protocol):
    """A backend that can fix a draft given the problems found in it (the LLM)."""

    def revise(self, source: str, draft: str, src: str, tgt: str, hints: Hints) -> str:
        """A corrected translation of source, given draft and hints.problems."""
        ...
