"""Session-29 reading of questions (issue 9 items 1 and 5), in new words (not test25's or
escalation_dev23's): a request to name a few importers or shops (「いくつか挙げて」) is a
buyer search, a document the importer needs is not; market research the exporter means
to do itself is no request for a public research service (a licence question about a
representative office goes to the rules and hands off, not to the programme list)."""

from __future__ import annotations

from export_assist.agent.intent import IntentDetector
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "TW", "TH", "SG", "AE", "PH", "AU", "FR", "KR", "EU", "JP", "VN"})
DETECT = IntentDetector(None).detect


def test_naming_a_few_importers_or_shops_is_a_buyer_search() -> None:
    for said in (
        "南部鉄器の急須をタイで扱ってくれそうな、雑貨の輸入業者をいくつか挙げてください。",
        "台湾で漆のお椀を売ってくれそうな販売業者や店を3つほど挙げて。",
    ):
        assert understand(said, COVERED).intent == "buyers", said


def test_a_list_of_what_an_importer_needs_is_no_buyer_search() -> None:
    for said in (
        "輸入業者が必要とする書類を挙げてください。",
        "タイの輸入業者が通関で出す書類を全部挙げてもらえますか？",
    ):
        assert understand(said, COVERED).intent != "buyers", said


def test_research_the_exporter_plans_itself_is_no_programme_request() -> None:
    said = "ハノイに駐在員事務所を置いて市場調査をしたい。事務所の設置許可はどこが出しますか？"
    assert DETECT(said) != "programmes"
    q = understand(said, COVERED)
    assert q.advice or q.intent == "regulation"


def test_research_asked_of_a_public_service_is_still_a_programme() -> None:
    for said in (
        "ベトナムの市場調査をお願いできる公的なサービスはありますか？",
        "タイでの市場調査を依頼したいのですが、ジェトロで頼めますか？",
    ):
        assert DETECT(said) == "programmes", said
