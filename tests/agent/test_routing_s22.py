"""Session-22 routing: a question that mentions a tool's subject is not a request for the tool
(test18, retired into tuning, showed each): 「日本の表示をそのまま英訳すればいい？」 went to the
translator and came back untranslated with an English note; 「インボイスには6桁で書いています…
足りますか？」 opened the document form; "A buyer in Vietnam wants … where do we find out what
Vietnam requires?" got a buyer shortlist; 「炭素の国境の制度」 (CBAM) got support programmes.
New sentences here, not the eval's; real corpus slice, POST /v1/chat, no LLM."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.agent.intent import IntentDetector, asks_translation
from export_assist.agent.public_help import asks_programme
from export_assist.answering.asks import intent_of
from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

SLICE = [
    "eu/eu-cbam.md",
    "au/au-food-labelling-fsanz.md",
    "jp/jp-export-procedure-overview.md",
    "jp/jp-used-agricultural-machinery-export-inspection.md",
    "intl/intl-trade-documents.md",
]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("この説明文を英語に訳して", True),
        ("次の文を英訳してください：賞味期限は製造日から12か月です。ご確認ください？", True),
        ("「原材料名」を英訳して", True),
        ("Please translate into German: do you ship to Munich?", True),
        ("Can you translate our product sheet into Thai", True),
        # questions about translating are rule questions
        ("韓国向けの菓子の成分表示は、日本のラベルをそのまま英訳すればいいですか？", False),
        ("ラベルを現地語に訳して貼る必要がある？", False),
        ("Do we have to translate the care label into French?", False),
        ("Is an English translation of the certificate required?", False),
        # 通訳 is an interpreter: a business question, never the translator
        ("ジャカルタの展示会で通訳をお願いしたいのですが、1日いくらくらい？", False),
        ("商談の通訳をお願いできる人を紹介してください", False),
    ],
)
def test_a_translation_is_asked_for_not_asked_about(text: str, asked: bool) -> None:
    assert asks_translation(text.lower()) is asked
    assert (IntentDetector(None).detect(text) == "translate") is asked


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # what the exporter already writes is the scene of a question
        ("パッキングリストは自社で作成しています。重量はネットとグロスの両方が必要ですか？", "regulation"),
        ("インボイスには原産国を英語で書いていますが、それで足りますか？", "regulation"),
        ("We already prepare our own commercial invoice. Must it show the country of origin?", "regulation"),
        # a request still is one
        ("インボイスを作成してください。緑茶100箱、単価1,200円、FOB横浜", "documents"),
        ("パッキングリストを作って", "documents"),
        # "find out" asks a rule; "find" asks for buyers
        ("An importer in Thailand wants three used tractors. How do we find out what Thailand "
         "requires?", "regulation"),
        ("Find importers of used tractors in Thailand", "buyers"),
    ],
)  # fmt: skip
def test_a_document_or_buyer_is_requested_only_in_words_that_request(
    text: str, intent: str
) -> None:
    assert intent_of(text.lower(), []) == intent


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("EUの炭素国境の制度で、鉄のねじを輸出するうちに届けはいる？", False),
        ("国際的な認証制度はありますか？", False),
        ("国の補助金で展示会に出たい", True),
        ("県の支援制度を教えて", True),
    ],
)
def test_a_word_with_kuni_inside_is_no_public_scheme(text: str, programme: bool) -> None:
    assert asks_programme(text.lower()) is programme


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("routing22"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def _tools(done: dict[str, object]) -> list[str]:
    return [c["name"] for c in done["tool_calls"]]  # type: ignore[attr-defined, index]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("message", "wrong_tool"),
    [
        (
            "オーストラリア向けに米菓の英語ラベルを作っています。アレルゲンは、日本の表示をそのまま"
            "英訳すればいいですか？",
            "translate",
        ),
        (
            "インボイスには品目を6桁のHSコードで書いています。日本で輸出申告するときも、"
            "その番号のままで足りますか？",
            "prepare_documents",
        ),
        (
            "We sell used tractors. A buyer in Vietnam has ordered four of them. Before they leave "
            "Japan, where do we find out what plant-health rules apply?",
            "shortlist_buyers",
        ),
        (
            "ドイツにステンレスのねじを年に30トン出す予定です。EUの炭素の国境の制度で、"
            "何か手続きはいりますか？",
            "find_programmes",
        ),
    ],
)
def test_a_question_goes_to_the_answer_engine_not_to_a_tool(
    client: TestClient, keys: Keys, message: str, wrong_tool: str
) -> None:
    done = ask(client, keys, message)
    assert wrong_tool not in _tools(done), done["answer"]
    assert "answer_question" in _tools(done)
    assert "segment(s)" not in done["answer"] and "品名: 桁" not in done["answer"]


@pytest.mark.slow
def test_a_translation_request_is_answered_in_japanese(client: TestClient, keys: Keys) -> None:
    """Whether or not a translation model is installed, a Japanese user reads Japanese."""
    done = ask(client, keys, "次の文を英訳してください：賞味期限は製造日から12か月です。")
    assert _tools(done) == ["translate"]
    answer = done["answer"]
    assert "segment(s)" not in answer and "could not be translated" not in answer
    data = done["payloads"][0]["data"]
    if data["not_translated"] == len(data["segments"]):  # no model here: said so, in Japanese
        assert "訳せませんでした" in answer and "英語" in answer
    else:
        assert "12" in answer
