"""Japanese HS answers over the full imported nomenclature: every code shown carries a
Japanese label, never the English text of a code that has no Japanese name of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.compliance.hs.table import (
    HsEntry,
    HsTable,
    default_table,
    merge_japanese,
    parse_file,
    write_table,
)
from export_assist.container import Container
from export_assist.settings import Settings
from tests.agent.conftest import Keys, chat, final
from tests.conftest import TEST_DATA, shared_data

pytestmark = pytest.mark.slow
_LATIN = re.compile(r"[A-Za-z]")
_CODE_LINE = re.compile(r"^・(\d{4}\.\d{2}) (.+)$", re.M)


@pytest.fixture
def client(indexed_container: Container, tmp_path: Path) -> Iterator[TestClient]:
    """The app over the full UN HS table, imported as `hs import` does."""
    source = shared_data("harmonized-system") / "harmonized-system.csv"
    table_path = tmp_path / "hs_table.csv"
    write_table(merge_japanese(parse_file(source), default_table()), table_path)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=indexed_container.settings.data_dir,
        corpus_dir=TEST_DATA / "corpus",
        database={"url": f"sqlite:///{tmp_path / 'app.db'}"},
    )
    settings.auth.demo_keys = "off"
    settings.compliance.hs_table = table_path
    built = Container(settings)
    with TestClient(create_app(container=built)) as test_client:
        yield test_client
    built.engine.dispose()


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("ほうろう引きの鋳鉄鍋のHSコードは？", None),
        # a hand fan is classified by its material (CBP NY D86867), not as a fan of 8414
        ("扇子のHSコードを教えてください", "素材"),
        ("工作機械のHSコードは？", "どの種類の工作機械ですか"),  # 8456-8463: which kind
    ],
)
def test_every_code_in_a_japanese_hs_answer_has_a_japanese_label(
    client: TestClient, keys: Keys, message: str, asks: str | None
) -> None:
    done = final(chat(client, keys.exporter, message=message))
    lines = _CODE_LINE.findall(done["answer"])
    assert lines, done["answer"]
    for code, label in lines:
        assert label.strip() and not _LATIN.search(label), (code, label, done["answer"])
    if asks is not None:
        assert asks in done["answer"].splitlines()[0], done["answer"]
        assert not any(code.startswith("8414") for code, _ in lines), done["answer"]


def test_a_code_without_a_japanese_name_is_labelled_from_its_heading_or_chapter() -> None:
    table = HsTable(
        [
            HsEntry("73", "Iron or steel articles", "鉄鋼製品"),
            HsEntry("7323", "Table, kitchen articles of iron or steel", "鉄鋼製の家庭用品"),
            HsEntry("732392", "Cast iron; table, kitchen articles, enamelled"),
            HsEntry("732399", "Iron or steel; household articles n.e.c. in heading no. 7323"),
            HsEntry("8467", "Tools for working in the hand"),
            HsEntry("846721", "Tools; drills of all kinds, with self-contained electric motor"),
            HsEntry("961900", "Sanitary towels and similar articles"),
            HsEntry("9619", "Sanitary towels and similar articles", "衛生用品"),
        ]
    )
    # the words that tell the siblings apart (compliance/hs/sibling_words.py)
    assert (
        table.describe("732392", "ja")
        == "鉄鋼製の家庭用品（鋳鉄製、食卓用、台所用、ほうろう引きのもの）"
    )
    assert table.describe("732399", "ja") == "鉄鋼製の家庭用品（鉄鋼製、家庭用、その他のもの）"
    # no Japanese heading name: the chapter's (all 97 are known), with the heading named
    assert (
        table.describe("846721", "ja")
        == "原子炉、ボイラー及び機械類並びにこれらの部分品（8467項の細分）"  # no sibling
    )
    assert table.describe("8467", "ja").endswith("（8467項）")
    assert table.describe("961900", "ja") == "衛生用品"  # one subheading: the heading's goods
    assert table.describe("732392") == "Cast iron; table, kitchen articles, enamelled"


def test_a_lamp_standing_on_a_table_is_no_dining_table_article() -> None:
    # "table, desk, bedside or floor-standing" (9405.21) is where the light stands; "table" of
    # 7323 ("table, kitchen articles") is tableware
    lamp = "Luminaires and light fittings; electric, table, desk, bedside or floor-standing, "
    table = HsTable(
        [
            HsEntry("9405", "Luminaires and light fittings", "照明器具"),
            HsEntry(
                "940521", lamp + "for use solely with light-emitting diode (LED) light sources"
            ),
            HsEntry("940541", "Luminaires and light fittings; electric, photovoltaic, LED only"),
        ]
    )
    label = table.describe("940521", "ja")
    assert "卓上" in label and "食卓" not in label, label
