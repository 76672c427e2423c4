"""Session-20 hand-off (issue 9 item 4) through POST /v1/chat (no LLM) over a slice of the
real corpus, with new sentences (not the eval's): what the corpus cannot answer although its
market is covered is handed to an advisor as a draft — a partner's usual share, setting up
one's own office there, a state's or territory's licence to sell alcohol, and a market the
corpus does not cover named by a city beside a covered one (test17's four missed hand-offs,
read by their general form). Rules the corpus does answer are not handed off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.business import kinds
from export_assist.answering.judged import judged
from export_assist.answering.national import state_rules
from export_assist.answering.understand import understand
from export_assist.container import Container
from tests.answering.conftest import app_client, drafted, slice_chat_container
from tests.answering.test_chat_api import ask
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]

COVERED = frozenset({"AU", "CA", "CN", "IN", "TH", "US", "JP", "INTL"})
SLICE = [
    "au/au-alcohol-sake-labelling-tax.md",
    "ca/ca-market-entry.md",
    "th/alcohol-excise.md",
    "in/in-market-entry.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("handoff20"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("タイの代理店に任せる場合、代理店のマージンは卸値の何割くらいが相場ですか？", "pricing"),
        ("What commission do distributors in Toronto usually take on imported sake?", "pricing"),
        # an official fee, a duty: rules with amounts, no business term
        ("タイで酒類の輸入許可を取るときの申請手数料はいくら？", None),
        ("What margin of preference does the EPA give over the MFN duty?", None),
    ],
)
def test_a_partners_usual_share_is_a_judgement(text: str, group: str | None) -> None:
    assert judged(text) == group


@pytest.mark.parametrize(
    ("text", "setup"),
    [
        ("バンコクに駐在員事務所を設立したいのですが、タイでどんな手続きが要りますか？", True),
        ("We plan to set up a sales office in Vancouver next spring. Which approvals apply?", True),
        # a local company named as the importer is the scene of a rule question
        ("現地法人が輸入者になる場合、タイの酒類の輸入許可は誰が取る？", False),
    ],
)
def test_setting_up_an_office_there_is_company_setup(text: str, setup: bool) -> None:
    q = understand(text, COVERED)
    assert ("company_setup" in kinds(q)) is setup


@pytest.mark.parametrize(
    ("text", "markets", "states"),
    [
        (
            "カナダの個人のお客さんに梅酒をネットで直接売りたい。どの州の販売免許が要る？",
            ["CA"],
            ["CA"],
        ),
        (
            "Which state liquor licence do we need to sell shochu to consumers in Texas?",
            ["US"],
            ["US"],
        ),
        # the Commonwealth's rules (「豪州」 is the country) or Japan's own licence
        ("豪州に日本酒を輸出するとき、輸入の許可は必要ですか？", ["AU"], []),
        ("日本の酒類販売免許があれば、カナダの州でも売れますか？", ["CA"], []),
    ],
)
def test_a_states_own_licence_is_its_rule(text: str, markets: list[str], states: list[str]) -> None:
    assert state_rules(markets, text) == states


def test_a_city_of_an_uncovered_market_beside_a_covered_one() -> None:
    q = understand(
        "上海の卸売業者から、テヘランのレストラン向けに醤油を買いたいと連絡がありました。"
        "上海の会社に売るだけなら大丈夫ですか？",
        COVERED,
    )
    assert q.destinations == ["CN"]
    assert q.unsupported == ["IR"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "message",
    [
        "タイの代理店に日本酒の販売を任せます。代理店のマージンは卸値の何割くらいが相場ですか？",
        "We want to open a liaison office in Bengaluru to support our buyers. What approvals "
        "do we need in India?",
        "オーストラリアの個人客に焼酎をネットで直接売りたい。どの州の酒類の販売免許を取ればいい？",
        "上海の卸売業者から、テヘランのレストラン向けに醤油を買いたいと連絡がありました。"
        "上海の会社に売るだけなら大丈夫ですか？",
    ],
)
def test_what_the_corpus_cannot_answer_is_drafted_for_an_advisor(
    client: TestClient, keys: Keys, message: str
) -> None:
    done = ask(client, keys, message)
    assert drafted(done), done["answer"]


@pytest.mark.slow
def test_a_rule_the_corpus_holds_is_answered(client: TestClient, keys: Keys) -> None:
    done = ask(
        client, keys, "オーストラリアに日本酒を輸出するとき、ラベルに何を表示する必要がありますか？"
    )
    assert not done["escalated"], done["answer"]


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # next year's plan is the scene; the question asks how long a carnet lasts
        (
            "再来月から来年にかけて、サンプルをバンコクの展示会に回します。カルネの有効期間は？",
            False,
        ),
        (
            "Next year we will tour our prototype through trade fairs in Thailand. How long is a carnet valid?",
            False,
        ),
        # the year is asked about: a forecast
        ("Will Thailand raise the excise on sake next year? Should we ship before then?", True),
        ("来年の春から価格表を作り直します。バーツで出すのと円で出すの、どっちが得？", True),
    ],
)
def test_a_plan_for_next_year_is_the_scene(text: str, advice: bool) -> None:
    q = understand(text, COVERED)
    assert (q.advice or bool(kinds(q))) is advice


@pytest.mark.slow
def test_a_carnet_asked_with_next_years_plan_is_answered(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "来年の秋にバンコクの見本市へ試作品を持ち込み、終わったら日本に戻します。"
        "ATAカルネは発給から何か月使えますか？",
    )
    assert not (done["escalated"] and "将来" in done["answer"]), done["answer"]
