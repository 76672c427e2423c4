"""Fixtures: the example shipment (as data) and a document service without MT backends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "shipment.yaml"


@pytest.fixture
def shipment_data() -> dict[str, Any]:
    """examples/shipment.yaml as a dict (tests break it on purpose)."""
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def shipment(shipment_data: dict[str, Any]) -> Shipment:
    """The example shipment, validated."""
    return Shipment.model_validate(shipment_data)


@pytest.fixture
def service(tmp_path: Path) -> DocumentService:
    """Documents with the term base only (free text that needs MT is marked)."""
    return DocumentService(TranslationService(TermBase.load(), []), tmp_path / "docs")
