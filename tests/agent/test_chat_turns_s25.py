"""Session-25 turns (issue 9 items 1, 3 and 4) through POST /v1/chat (no LLM) over a slice of
the real corpus, in new words (not test21's): a parcel sent by post makes the FDA's deadline
the prior notice's "before it is sent"; goods not yet in the port's warehouse may be
declared first; the export declaration states the FOB price; export papers are kept five
years (asked in English); reptile leather leaving Japan needs CITES papers; a checklist for
canned fish leads with seafood rules, not radio equipment; and a rule the corpus has no text
for, asked after the scene, is handed to an advisor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.answering.conftest import app_client, slice_chat_container
from tests.answering.test_chat_api import ask, cited_docs
from tests.auth.fixtures import Keys, keys

__all__ = ["keys"]
pytestmark = pytest.mark.slow

SLICE = [
    "us/us-fda-prior-notice.pdf",
    "us/us-fda-food-facility-registration.md",
    "us/us-seafood-haccp.md",
    "us/us-fsvp-importer.md",
    "us/us-fcc-equipment-authorization.md",
    "us/us-cbp-entry-isf-bond.md",
    "jp/jp-export-declaration-customs.pdf",
    "jp/jp-export-procedure-overview.md",
    "jp/jp-cites-export.md",
    "intl/intl-trade-documents.md",
    "th/food-import-registration-labelling.md",
    "kr/imported-food-registration-inspection.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container over the slice with a fresh database (the keys live there)."""
    yield from slice_chat_container(tmp_path_factory.mktemp("turns25"), SLICE)


@pytest.fixture(scope="module")
def client(container: Container) -> Iterator[TestClient]:
    """The app over that container."""
    yield from app_client(container)


def test_food_sent_by_post_is_notified_to_the_fda_before_it_is_sent(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "大阪の煎餅屋です。シカゴのお客さんに、あられを国際郵便で毎月送ることになりました。",
        "FDAへの届けはいつまでに出せばいいですか？",
    )
    first = done["answer"].split("\n")[0]
    assert "事前通知" in first and "発送前" in done["answer"], done["answer"]
    assert "us-fda-prior-notice" in cited_docs(done)


def test_goods_not_yet_at_the_port_may_be_declared_first(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "ソウルの取引先に鉄瓶を送ります。荷物はまだ港の倉庫に入れていないのですが、"
        "先に輸出の申告だけしておくことはできますか？",
    )
    assert "保税地域" in done["answer"] and "搬入する前" in done["answer"], done["answer"]
    assert "jp-export-declaration-customs" in cited_docs(done)
    assert "とともに、" not in done["answer"]  # no sentence begun in the middle


def test_the_export_declaration_states_the_fob_price(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "韓国の問屋に急須をCFR釜山で売っています。輸出申告に書く価格は、インボイスのCFRの金額で"
        "いいですか？",
    )
    assert "FOB" in done["answer"], done["answer"]


def test_export_papers_are_kept_five_years_asked_in_english(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "Our auditor wants to know for how long we must keep the export invoices and packing "
        "lists of our tea shipments under Japanese law.",
    )
    first = done["answer"].split("\n")[0]
    assert "5 years" in first and "Article 94" in first, done["answer"]
    assert "To draft the documents" not in done["answer"]  # no document form


def test_reptile_leather_leaving_japan_needs_cites_papers(client: TestClient, keys: Keys) -> None:
    done = ask(
        client,
        keys,
        "十年前にイタリアから仕入れたクロコダイルのベルトが在庫にあります。シンガポールの古着屋が"
        "まとめて買ってくれるそうです。日本から送るのに書類は要りますか？",
    )
    assert not done["escalated"], done["answer"]
    assert "jp-cites-export" in cited_docs(done)
    assert "再輸出証明書" in done["answer"], done["answer"]


def test_a_checklist_for_canned_fish_leads_with_seafood_rules(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "石巻の水産加工会社です。ロサンゼルスの日系スーパーに、サバの缶詰を初めて輸出します。"
        "出荷までにやることをチェックリストにしてください。",
    )
    summary = done["answer"].split("\n")[0]
    assert "サバ" in summary and "水産加工会社" not in summary, summary
    assert "us-seafood-haccp" in cited_docs(done)
    assert "us-fcc-equipment-authorization" not in cited_docs(done)


def test_a_rule_the_corpus_has_no_text_for_is_handed_off_after_the_scene(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "チェンマイのカフェに、ショートニングを使ったクッキーを卸したいです。"
        "タイには硬化油やトランス脂肪酸の規制がありますか？",
    )
    assert done["escalated"], done["answer"]
    assert "アドバイザー" in done["answer"]
