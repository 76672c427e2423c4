"""Sentence splitting and passage cleaning: the broken texts seen in the chat (issue 9)."""

from __future__ import annotations

from export_assist.answering.textclean import ITEM, ORDERED, clean_passage, is_meta_section, plain
from export_assist.sentences import split_sentences


def test_folded_japanese_text_loses_the_spaces_folding_put_in() -> None:
    folded = "輸入者は許可を持ち、 貨物ごとに承認を受け、 物品税を納める。 RCEP で確認する。"
    assert (
        plain(folded)
        == "輸入者は許可を持ち、貨物ごとに承認を受け、物品税を納める。RCEP で確認する。"
    )


def test_sources_and_checked_sections_and_front_matter_are_never_quoted() -> None:
    text = (
        "---\nid: x\ntitle: T\n---\n# Rule\nThe importer must **register** with "
        "[FDA](https://www.fda.gov/food).\n\n## Sources\n- https://www.fda.gov/food\n"
        "### Detail\n- more links\n## Penalties\nChecked: 2026-11-28\nFines apply.\n"
    )
    cleaned = clean_passage(text)
    assert "id: x" not in cleaned and "https://" not in cleaned and "Checked" not in cleaned
    assert "The importer must register with FDA." in cleaned and "Fines apply." in cleaned
    assert "**" not in cleaned and "more links" not in cleaned


def test_list_items_are_sentences_of_their_own() -> None:
    got = split_sentences(clean_passage("Documents:\n- Invoice\n- Packing list\n1. B/L"))
    # each item is marked as one, so that the answer can read it with its list head
    assert got == ["Documents:", f"{ITEM}Invoice", f"{ITEM}Packing list", f"{ORDERED}B/L"]


def test_meta_sections_by_name() -> None:
    assert is_meta_section("Sources") and is_meta_section("出典") and is_meta_section("A > 確認日")
    assert not is_meta_section("Labelling")


def test_plain_keeps_urls_and_numbers_whole() -> None:
    assert plain("See **https://www.customs.go.jp/** for 1.225") == (
        "See https://www.customs.go.jp/ for 1.225"
    )


def test_an_english_reader_gets_no_japanese_sentence() -> None:
    from export_assist.answering.select import mostly_japanese, pick_sentences
    from export_assist.domain.citations import Citation, SearchHit

    def hit(n: int, text: str) -> SearchHit:
        return SearchHit(
            chunk_id=f"c{n}", text=text, citation=Citation(doc_id="d", title="T"), score=1.0
        )

    hits = [
        hit(
            1, "グレートブリテンで電気製品を販売するには、UKCAマークと英国輸入者の表示が必要です。"
        ),
        hit(
            2,
            "Electrical products sold in Great Britain need UKCA or CE marking and the UK importer's address.",
        ),
    ]
    en = [
        q.text
        for q in pick_sentences(
            hits, "UKCA marking electrical products Great Britain", "what", "en"
        )
    ]
    assert en and not any(mostly_japanese(s) for s in en)
    ja = [
        q.text for q in pick_sentences(hits, "UKCAマーク 電気製品 グレートブリテン", "what", "ja")
    ]
    assert any(mostly_japanese(s) for s in ja)  # a Japanese reader still gets both
    assert not mostly_japanese("The label must read 'お酒' (sake) on the front.")
