"""Session 18 (issue 9 items 1 and 5): the turn goes to the right tool and keeps the right
subject. Getting or relying on a code (a binding ruling, an oral answer) is a rule question,
not an HS lookup; the product before 「関税番号」 is the goods, not the clause; Northern
Ireland is the UK's, Riga Latvia's; goods coming back to Japan are asked about Japan's side
whatever country they come from. All sentences are new (not the test15 cases these classes
were seen in)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.agent.intent import IntentDetector
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.places import find_places
from export_assist.answering.understand import understand
from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

COVERED = frozenset("US EU DE FR GB KR JP VN SG".split())


@pytest.mark.parametrize(
    "text",
    [
        "タイの輸入者と税関で関税番号がもめないように、出荷前に決めてもらう手続きはありますか？",
        "税関の窓口で口頭で教わったHSコード、申告のときに当てにできる？",
        "新しいドローンのHSコードについて、事前教示を受けるにはどうすればいい？",
        "Can our US buyer get a binding ruling on the tariff code of our new drone?",
        "Customs told us an HS code by phone. Can we rely on it at import?",
    ],
)
def test_getting_or_relying_on_a_code_is_a_rule_question(text: str) -> None:
    assert understand(text, COVERED).intent == "regulation", text
    # the LLM path's detector reads the turn the same way
    assert IntentDetector(embedder=None).detect(text) != "hs", text


@pytest.mark.parametrize(
    "text", ["弊社の新しいコーヒーミルの関税番号は何番？", "Which HS code fits a bamboo whisk?"]
)
def test_a_products_code_is_still_an_hs_lookup(text: str) -> None:
    assert understand(text, COVERED).intent == "hs", text


def test_the_goods_before_kanzei_bangou_are_the_product_not_the_clause() -> None:
    text = "アメリカの取引先が、うちの木製スプーンの関税番号を知りたいそうです。何番ですか？"
    assert hs_product(text) == "木製スプーン"
    assert hs_product("ステンレス製の水筒の関税分類番号を教えて") == "ステンレス製の水筒"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("北アイルランドの小売店に陶器を卸したい", "GB"),
        ("We also sell to a shop in Northern Ireland", "GB"),
        ("ベルファストの店に出す", "GB"),
        ("リガの輸入者に緑茶を送ります", "LV"),
        ("アイルランドの店に出す", "IE"),
    ],
)
def test_places_of_the_same_family(text: str, code: str) -> None:
    assert [m.code for m in find_places(text)] == [code]


def test_northern_ireland_is_the_uk_not_the_eu() -> None:
    q = understand("北アイルランドの店にも同じ電気ポットを出すと、表示はどうなる？", COVERED)
    assert q.destinations == ["GB"]


@pytest.mark.parametrize(
    "text",
    [
        "パリの見本市に出した漆器が売れ残り、日本に送り返されます。そのとき消費税はかかる？",
        "アメリカで修理してもらった測定器が日本に戻ってくる。関税は？",
        "Our samples from a fair in Germany are coming back to Japan. Is duty charged?",
    ],
)
def test_goods_coming_back_to_japan_ask_japans_side(text: str) -> None:
    q = understand(text, COVERED)
    assert q.japan_side, text
    assert q.destinations == [], text


def test_what_is_done_abroad_keeps_the_market() -> None:
    q = understand("ドイツの展示会に見本を持って行き日本に持ち帰る。向こうで関税は？", COVERED)
    assert q.destinations == ["DE"]


SLICE = [
    "intl/intl-hs-classification.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "eu/eu-japan-epa-origin.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("routing18"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


@pytest.mark.slow
def test_a_ruling_question_is_answered_from_customs_text(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "税関に電話で聞いたHSコードは、輸入申告のときに当てにしていいの？")
    names = [c["name"] for c in done["tool_calls"]]
    assert "suggest_hs_codes" not in names, names
    assert "事前教示" in done["answer"], done["answer"]


@pytest.mark.slow
def test_goods_back_from_a_fair_in_the_eu_get_re_import_relief(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client, keys, "フランスの展示会に出した漆器が日本に戻ってきます。関税や消費税はかかる？"
    )
    # Japan's side (the carnet, re-import relief), not the EU's preference card
    assert "ATAカルネ" in done["answer"] or "再輸入" in done["answer"], done["answer"]
    assert "日EU" not in done["answer"] and not done["answer"].startswith("EU"), done["answer"]
