"""The programmes evaluation: URL-then-name matching, recall, violations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from export_assist.cli.evaluate_programmes import prefill_rows
from export_assist.container import Container
from export_assist.errors import InvalidInput
from export_assist.evaluation.programmes_eval import (
    CaseRef,
    find,
    load_cases,
    norm_url,
    run_case,
    summarise,
)
from export_assist.programmes.catalogue import load_catalogue

from .conftest import CATALOGUE, REPO


def _case(**fields: object) -> str:
    base: dict[str, object] = {"id": "c1", "profile": {}, "today": "2026-11-29"}
    base.update(fields)
    return json.dumps(base, ensure_ascii=False)


def test_refs_match_by_url_then_name(tiny_folder: Path) -> None:
    progs = load_catalogue([tiny_folder]).programmes
    assert norm_url("https://www.example.go.jp/soon-call/") == norm_url(
        "http://example.go.jp/soon-call"
    )
    by_url = find(CaseRef(name="別の名前", url="http://example.go.jp/soon-call/index.html"), progs)
    assert by_url is not None and by_url.id == "soon-call"
    by_name = find(CaseRef(name="締切間近の 補助", url="https://elsewhere.example/x"), progs)
    assert by_name is not None and by_name.id == "soon-call"
    assert find(CaseRef(name="ない補助"), progs) is None


def test_recall_and_violations(tiny_folder: Path, tmp_path: Path) -> None:
    progs = load_catalogue([tiny_folder]).programmes
    lines = [
        _case(
            id="ok",
            profile={"prefecture": "東京都", "company_size": "small", "sector": "sake"},
            expected=[
                {"name": "締切間近の補助", "url": ""},
                {"name": "東京都だけの補助", "url": ""},
            ],
            must_not=[{"name": "締切済みの補助", "url": "", "why": "closed"}],
        ),
        _case(
            id="osaka",
            profile={"prefecture": "大阪府"},
            expected=[
                {"name": "東京都だけの補助", "url": ""},
                {"name": "実在しない補助", "url": ""},
            ],
        ),
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcomes = [run_case(c, progs, limit=10) for c in load_cases(path)]
    assert outcomes[0].found == 2 and outcomes[0].violations == []
    assert outcomes[0].notes == []  # 'sake' is an alias of 'alcohol'
    assert outcomes[1].missing == ["tokyo-only"] and outcomes[1].not_in_catalogue == [
        "実在しない補助"
    ]
    summary = summarise(outcomes)
    assert summary["recall"] == 0.5 and summary["violations"] == 0


def test_bad_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(_case() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=re.escape(f"{path}:2:")):
        load_cases(path)


def test_shipped_prefill_cases_reach_the_goal(container: Container) -> None:
    container.settings.programmes_dir = CATALOGUE
    dataset = REPO / "eval" / "datasets" / "programmes" / "prefill_cases.jsonl"
    programmes = container.programmes.catalogue.programmes
    rows = prefill_rows(container.applications, programmes, dataset)
    forms = [p for p in programmes if p.benefit.kind != "reference"]
    assert len(rows) == 3 * len(forms) and len(forms) == len(programmes) - 1
    low = [(case, r.programme_id, r.share) for case, r in rows if r.share < 0.7]
    assert low == []
    # Without e-invoices the e-invoice fields stay open and are named.
    no_invoices = [r for case, r in rows if case == "prefill-02-crafts-no-invoices"]
    assert all("直近の輸出売上高" in r.missing for r in no_invoices)
