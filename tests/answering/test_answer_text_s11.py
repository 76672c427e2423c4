"""Session 11, the answer's text: the English verb "reach" is no question about REACH, the
EU chemicals regulation (the acronym in capitals and 「REACH規則」 still are); an English
card sentence quotes its requirement's first sentence whole ("The U.S" was all it kept)."""

from __future__ import annotations

import pytest

from export_assist.answering.compose import card_sentence
from export_assist.answering.understand import understand
from export_assist.answering.units import units
from export_assist.answering.words import asked_topics
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "What must I do so that my matcha can reach supermarket shelves in France?",
        "How soon can a shipment of lacquer trays reach Hamburg, and what papers go with it?",
        "Our rice crackers should reach Australian stores by March. What labels are needed?",
    ],
)
def test_the_verb_reach_asks_nothing_about_chemicals(text: str) -> None:
    assert "chemicals" not in understand(text, COVERED).topics


@pytest.mark.parametrize(
    "text",
    [
        "Does REACH apply to the glaze on our ceramic mugs sold in Germany?",
        "漆塗りの箸をフランスで売るとき、REACH規則の対象になりますか？",
        "reach規則で登録が要るのは輸入者ですか？",
        "韓国のK-REACHでは何を届け出ますか？",
    ],
)
def test_the_acronym_and_reach_kisoku_ask_about_chemicals(text: str) -> None:
    assert "chemicals" in asked_topics(text)


# --- the card sentence quotes the requirement's whole first sentence ---------------------

CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


@pytest.mark.parametrize(
    ("requirement", "first"),
    [
        (
            "The U.S. buyer files the entry and keeps the records. Fees vary.",
            "The U.S. buyer files the entry and keeps the records.",
        ),
        (
            "Wood crates must be heat treated (e.g. 56 C core for 30 minutes) and stamped. "
            "Bark must be removed.",
            "Wood crates must be heat treated (e.g. 56 C core for 30 minutes) and stamped.",
        ),
        (
            "Spirits over 30% need a licence under Cap. 109 and show the WEEE-Reg.-Nr. on "
            "invoices. Others do not.",
            "Spirits over 30% need a licence under Cap. 109 and show the WEEE-Reg.-Nr. on invoices.",
        ),
    ],
)
def test_english_card_sentence_keeps_its_first_sentence_whole(requirement: str, first: str) -> None:
    base = CARDS.current().by_id()["us-cbp-entry-bond"]
    changed = base.model_copy(update={"requirement": requirement})
    q = understand("Who files the customs entry for our tea in the US?", COVERED)
    text = card_sentence(changed, q, None)
    assert f" {first} (" in text
    assert requirement.split(". ")[0] + ". (" not in text


# --- a Japanese "as follows" list of bare names is read with what its head names ----------


def test_a_list_of_bare_names_is_read_with_what_its_head_names() -> None:
    text = (
        "包装した菓子には韓国語の表示が必要です。表示する主な項目は以下のとおりです。\n\n"
        "- 製品名\n- 内容量(グラム)\n- 輸入元の名称と所在地\n- 原産国\n\n"
        "シールを貼って対応することもできます。"
    )
    found = units(text)
    assert "表示する主な項目：製品名、内容量(グラム)、輸入元の名称と所在地、原産国。" in found
    # no bare name quoted alone, none glued to the next as its label
    assert "製品名" not in found and not any(u.startswith("製品名：") for u in found)
    assert found.count("シールを貼って対応することもできます。") == 1


def test_an_as_follows_list_of_statements_keeps_each_once() -> None:
    text = (
        "輸出前の手順は次のとおりです。\n\n"
        "- 輸出者は商工会議所に企業登録をしてから申請します。\n"
        "- 輸入者は到着の前に税関へ輸入申告を行う必要があります。\n"
    )
    assert units(text) == [
        "輸出者は商工会議所に企業登録をしてから申請します。",
        "輸入者は到着の前に税関へ輸入申告を行う必要があります。",
    ]
