"""Fixtures: the shipped catalogue folder and a tiny catalogue with controlled dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "programmes"
TODAY = dt.date(2026, 11, 29)

RECORD = """
- id: {id}
  official_name: {name}
  name_en: {name} (en)
  operator: prefecture
  operator_name: テスト県
  url: https://www.example.go.jp/{id}/
  summary_ja: テスト用の架空の支援策です。実在しません。
  summary_en: A fictitious programme for tests only.
  benefit: {{kind: subsidy, summary_ja: 経費の一部を補助, summary_en: Part of the costs}}
  activities: [trade_fair]
  eligibility: {eligibility}
  window: {window}
  how_to_apply_ja: 県に申請する。
  how_to_apply_en: Apply to the prefecture.
  sources:
    - {{title: テスト, url: "https://www.example.go.jp/{id}/", publisher: テスト県}}
  verified_on: 2026-11-29
  volatile: true
  review_status: verified
"""


def record(id: str, window: str, eligibility: str = "{}", name: str = "架空の出展補助") -> str:
    """One fictitious programme as YAML text."""
    return RECORD.format(id=id, name=name, window=window, eligibility=eligibility)


@pytest.fixture
def tiny_folder(tmp_path: Path) -> Path:
    """A catalogue with one closed, one closing-soon, one later and one rolling programme."""
    text = "".join(
        [
            record("closed-call", "{kind: call, closes: 2026-11-28}", name="締切済みの補助"),
            record("soon-call", "{kind: call, closes: 2026-12-20}", name="締切間近の補助"),
            record("later-call", "{kind: call, closes: 2027-03-31}", name="来年締切の補助"),
            record(
                "tokyo-only",
                "{kind: rolling}",
                "{prefectures: [東京都], sme_only: true}",
                name="東京都だけの補助",
            ),
        ]
    )
    folder = tmp_path / "programmes"
    folder.mkdir()
    (folder / "test.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def catalogue_client(tmp_path: Path) -> Iterator[TestClient]:
    """The app over a fresh data dir and the shipped programme catalogue."""
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", programmes_dir=CATALOGUE)  # type: ignore[call-arg]
    container = Container(settings)
    with TestClient(create_app(container=container)) as test_client:
        yield test_client
    container.close()
