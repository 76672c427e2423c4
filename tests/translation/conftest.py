"""Fixtures for translation tests: the term base, a tiny generated argos package."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.translation.termbase import TermBase
from tests.support.argos_model import build_argos_package


@pytest.fixture(scope="session")
def termbase() -> TermBase:
    """The packaged term base."""
    return TermBase.load()


@pytest.fixture(scope="session")
def argos_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real .argosmodel (ja→en, random weights) built once per session."""
    return build_argos_package(tmp_path_factory.mktemp("argos"), "ja", "en")
