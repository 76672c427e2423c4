"""The advice hand-off names what kind of expert the question needs (vocab advice groups),
and a question about a dispute with a distributor is no buyer search."""

from __future__ import annotations

from export_assist.answering.handoff import advice, advice_kinds
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "TW", "DE", "SG"})


def test_the_hand_off_names_the_kind_of_advice() -> None:
    q = understand("台湾の代理店が代金を払ってくれません。訴訟を起こすべきですか？", COVERED)
    assert q.advice and advice_kinds(q) == ["disputes"] and q.intent != "buyers"
    assert "紛争・訴訟・代金回収" in advice(q) and "アドバイザー" in advice(q)
    en = understand("We want to hire two sales staff in Singapore: which work pass?", COVERED)
    assert advice_kinds(en) == ["visas"]
    assert "permits to work there" in advice(en)


def test_local_costs_and_licences_are_advice_but_regulations_are_not() -> None:
    for text in (
        "What is the going rate for a 20-foot container from Kobe to Hamburg?",
        "ミュンヘンで日本酒バーを開業したい。お店の許可は？",
        "Which city permit does a food truck in Los Angeles need?",
    ):
        assert understand(text, COVERED).advice, text
    for text in (
        "Do we need to register our food facility with the FDA?",
        "Under CIF, what insurance must the seller buy?",
        "Which documents does the importer need for customs clearance?",
    ):
        assert not understand(text, COVERED).advice, text
