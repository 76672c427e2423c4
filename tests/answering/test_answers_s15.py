"""Session 15 (issue 9 items 2-4): general causes of regulation and Japan-side answers that
missed the asked fact. English words match by their stem ("claim" asked, "claims" stated);
asking which standard a rule is set in asks a legal reference, and a numbered standard
states one; a sentence saying what an application is made with answers "which documents";
and a federal or state rule is a foreign government's, never Japan's side."""

from __future__ import annotations

from export_assist.answering.japan_side import japan_side
from export_assist.answering.overview import wants_overview as _wants_overview
from export_assist.answering.select import FACTS, pick_sentences
from export_assist.answering.understand import understand
from export_assist.domain.citations import Citation, SearchHit

COVERED = frozenset("US EU DE FR GB KR AE AU CA JP".split())


def hit(doc_id: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(
        doc_id=doc_id, title=doc_id, source_url="https://example.org/x", section="s"
    )
    return SearchHit(chunk_id=f"{doc_id}-1", text=text, citation=citation, score=score)


def test_english_words_match_by_their_stem() -> None:
    passages = [
        hit(
            "ca-labels",
            "- Gummies sold in Canada need a bilingual label.\n"
            "- Keeping sweeteners that are not in the permitted additives table is not allowed.",
        )
    ]
    # "keep" and "sweetener" are asked; the rule says "keeping" and "sweeteners"
    got = pick_sentences(passages, "May our gummies keep the sweetener?", "yes_no", "en", n=1)
    assert got and got[0].text.startswith("Keeping sweeteners"), got


def test_which_standard_asks_a_legal_reference() -> None:
    q = understand("カナダにそばを輸出したい。アレルゲンの試験は、どの規格で行えばいい？", COVERED)
    assert q.qtype == "law"
    assert not _wants_overview(q)  # one fact, not the eighteen requirements
    q = understand("Which standard sets the test method for ceramic mugs in Australia?", COVERED)
    assert q.qtype == "law"
    law = FACTS["law"]
    assert law.search("the glaze is tested to ISO 6486-1 before shipment")
    assert law.search("解体の方法はGSO 1694で定められています。")
    assert not law.search("The importer checks the cartons at the warehouse.")


def test_a_sentence_naming_the_papers_an_application_needs_answers_which_documents() -> None:
    passages = [
        hit(
            "kr-mark",
            "- 韓国の有機マークは、認証を受けた製品だけに付けられます。\n"
            "- 有機マークの申請は認証機関に行い、生産計画書、原料の購入記録、工場の平面図を添えて出します。\n"
            "- マークの色と大きさは告示で決まっています。",
        )
    ]
    got = pick_sentences(
        passages, "韓国の有機マークの申請にはどんな書類がいる？", "documents", "ja", 1
    )
    assert got and "生産計画書" in got[0].text, got
    english = [
        hit(
            "au-permit",
            "- The import permit is issued by the department for each commodity class.\n"
            "- The importer applies for the permit online with a product specification, "
            "a manufacturing flow chart and the supplier's heat-treatment record.",
        )
    ]
    got = pick_sentences(
        english, "What documents are needed for the Australian import permit?", "documents", "en", 1
    )
    assert got and "flow chart" in got[0].text, got


def test_a_federal_or_state_rule_is_not_japans_side() -> None:
    # Japan's liquor tax words ("酒税") alone would read as Japan's side
    assert not japan_side("連邦の酒税では、焼酎はどの区分で課税される？", ["tariff"])
    assert not japan_side("Under federal excise rules, how is shochu taxed?", [])
    assert not japan_side("州法で、日本酒の小売りに免許はいる？", [])
    # a country whose name holds 連邦 is a country: Japan's side is still asked
    assert japan_side("アラブ首長国連邦向けの輸出許可は日本側でどう確認する？", [])
    assert japan_side("ロシア連邦に工作機械を出すときの経産省の輸出許可は？", ["export_control"])
    # a follow-up on the federal tax keeps the market of the conversation
    from export_assist.answering.followup import resolve_history

    q = resolve_history(
        ["カナダの輸入者に焼酎を卸しています。"], "連邦の物品税では何の酒と同じ扱い？", COVERED
    )
    assert q.destinations == ["CA"] and not q.japan_side
