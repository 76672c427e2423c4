"""Session-11 hand-off by the question's type (issue 9, item 4): business questions inside
covered markets were answered from some document — a US state's sales tax with a federal
cosmetics rule, "a subsidiary or a distributor?" with a regulation, a bank account in Hong
Kong with food-import rules, "Germany or France, which is better?" with tea rules. Each
sentence here is new (none is an evaluation case). The slice tests go through POST /v1/chat
(no LLM) over real documents; the ban on used clothing in the Philippines leads its answer
instead of a checklist."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.business import kinds
from export_assist.answering.handoff import advice, advice_kinds, by_type
from export_assist.answering.understand import understand
from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

COVERED = frozenset({"US", "DE", "FR", "HK", "MY", "PH", "TH", "SG", "VN"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("香港の銀行で法人口座を作るには何が必要ですか？", "banking"),
        ("Can we open a corporate account with a bank in Hong Kong?", "banking"),
        ("フランスに子会社を作るか、輸入代理店に任せるか、どちらがいいでしょう？", "company_setup"),
        (
            "For Vietnam, is a branch office or a local distributor the better route?",
            "company_setup",
        ),
        ("シンガポールとベトナム、うちの醤油はどっちの方が売れそう？", "market_choice"),
        ("Which is the better bet for our sake, the US or Germany?", "market_choice"),
        ("ドイツとフランスでは、どちらの市場が有望ですか？", "market_choice"),
    ],
)
def test_business_questions_are_read_by_their_type(text: str, kind: str) -> None:
    q = understand(text, COVERED)
    found = kinds(q) if not q.advice else advice_kinds(q)
    assert kind in found, (text, found)
    assert by_type(q.with_(advice=True))
    said = advice(q.with_(advice=True))
    assert "アドバイザー" in said or "advisor" in said


@pytest.mark.parametrize(
    "text",
    [
        # comparisons of rules, a subsidiary as a responsible person: regulation questions
        "ドイツとフランス、ラベルの言語の規制はどちらが厳しい？",
        "Can our German subsidiary act as the EU responsible person for our toys?",
        "Does the importer need a Singapore subsidiary to register food products?",
        "Which needs a certificate of origin, the US or Germany?",
    ],
)
def test_regulation_questions_sharing_the_words_are_not_business_questions(text: str) -> None:
    q = understand(text, COVERED)
    assert not q.advice and not kinds(q), (text, kinds(q))


def test_a_tax_is_advice_only_where_no_document_of_the_market_mentions_it() -> None:
    us = understand("アメリカのネット通販で、州ごとの売上税は払う必要がありますか？", COVERED)
    my = understand("マレーシアに菓子を輸出します。売上税はかかりますか？", COVERED)
    said = {"MY": "Duties, sales tax and other charges are assessed at import"}

    def mentions(word: str, places: tuple[str, ...]) -> bool:
        return any(word in said.get(p, "").lower() for p in places)

    assert "tax" in kinds(us, ("US", "INTL"), mentions)
    assert "tax" not in kinds(my, ("MY", "INTL"), mentions)
    # without the corpus to ask, a tax named is taken as uncovered
    assert "tax" in kinds(my)


SLICE = [
    "us/us-cosmetics-mocra.md",
    "hk/hk-food-import-cfs.md",
    "de/de-elektrog-battdg.md",
    "eu/eu-food-labelling.md",
    "eu/eu-pesticide-mrl-tea.md",
    "my/my-market-entry.md",
    "ph/ph-market-entry.md",
    "ph/ph-used-clothing-import-ban.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("business11"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("message", "wrong"),
    [
        # before: Proposition 65 and Japan's consumption-tax exemption
        ("Our skincare sells online across the US. Must we charge sales tax in Texas?", "[1]"),
        # before: Germany's authorised representative for batteries (ElektroG)
        ("ドイツに子会社を作るべきか、代理店に任せるべきか迷っています。", "ElektroG"),
        # before: the Hong Kong food importer registration
        ("How would we open a bank account in Hong Kong for our trading arm?", "FEHD"),
        # before: EU tea residue limits
        ("Germany or France: which is the better market for our matcha?", "MRL"),
    ],
)
def test_business_questions_are_handed_off(
    client: TestClient, keys: Keys, message: str, wrong: str
) -> None:
    done = ask(client, keys, message)
    assert done["escalated"], done["answer"]
    assert wrong not in done["answer"]
    assert "advisor" in done["answer"] or "アドバイザー" in done["answer"]


@pytest.mark.slow
def test_malaysia_sales_tax_is_answered_from_its_market_document(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "Is sales tax charged when our snacks are imported into Malaysia?")
    assert "tax rulings" not in done["answer"], done["answer"]
    assert "my-market-entry" in {c["doc_id"] for c in done["citations"]}


@pytest.mark.slow
def test_used_clothing_to_the_philippines_leads_with_the_ban(
    client: TestClient, keys: Keys
) -> None:
    # before: a checklist of 0 requirements (「主なもの:」 followed by nothing)
    done = ask(client, keys, "マニラの古着屋に中古の衣類を送って売りたい。")
    assert "4653" in done["answer"] or "禁止" in done["answer"], done["answer"]
    assert "0件" not in done["answer"]
    assert "ph-used-clothing-import-ban" in {c["doc_id"] for c in done["citations"]}
