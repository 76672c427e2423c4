"""What the widget's document form relies on: GET /v1/documents/options (buyer languages
with their translation backends, the buyer language per country, Incoterms names from the
term base) and POST /v1/documents with the form's request for two lines of goods in
German and English: the totals agree across invoice and packing list, and a line's
English description stands in for the German one (marked), never the Japanese twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.documents.form_options import buyer_languages
from export_assist.settings import Settings
from tests.support.openai_server import ScriptedOpenAIServer


def _client(settings: Settings) -> Iterator[TestClient]:
    container = Container(settings)
    key = container.keys.create("exporter", "acme", "alice").key
    with TestClient(create_app(container=container), headers={"X-API-Key": key}) as c:
        yield c
    container.close()


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """The app with no translation backend (no LLM, no argos package)."""
    settings.llm.base_url = None
    yield from _client(settings)


# Two lines as the form sends them (strings from inputs; no stated totals).
FORM_REQUEST: dict[str, Any] = {
    "shipment": {
        "reference": "INV-20261130",
        "date": "2026-11-30",
        "lines": [
            {"description_ja": "緑茶", "description": {"en": "Green tea, 100 g bags"},
             "hs_code": "0902.10", "quantity": "100", "unit": "bag", "unit_price": "5",
             "net_weight_kg": "10", "gross_weight_kg": "12", "packages": 2},
            {"description_ja": "抹茶", "description": {"en": "Matcha, 30 g tins"},
             "hs_code": "0902.10", "quantity": "50", "unit": "can", "unit_price": "12",
             "net_weight_kg": "1.5", "gross_weight_kg": "3", "packages": 1},
        ],
        "parties": {
            "exporter": {"name": "Yamada Tea Co., Ltd.", "address": "1-2-3 Aoi-ku, Shizuoka", "country": "JP"},
            "consignee": {"name": "Tee Haus GmbH", "address": "Am Sandtorkai 12, 20457 Hamburg", "country": "DE"},
        },
        "incoterm": "FCA",
        "named_place": "Tokyo",
        "currency": "USD",
        "payment": "tt_advance",
        "transport": {"mode": "air", "port_of_loading": "Narita", "port_of_discharge": "Frankfurt"},
        "documents": ["commercial_invoice", "packing_list"],
    },
    "languages": ["de", "en"],
    "formats": ["pdf"],
}  # fmt: skip


def test_buyer_language_follows_the_country() -> None:
    assert buyer_languages("DE") == ["de", "en"] and buyer_languages("th") == ["th", "en"]
    assert buyer_languages("CN") == ["zh-Hans", "en"] and buyer_languages("MX") == ["es", "en"]
    assert buyer_languages("US") == ["en"] and buyer_languages("TW") == ["en"]  # no zh-Hant
    assert buyer_languages("BE") == ["fr", "en"]  # Dutch is not printed; French is


def test_options_name_languages_backends_and_incoterms(client: TestClient) -> None:
    body = client.get("/v1/documents/options").json()
    codes = [lang["code"] for lang in body["languages"]]
    assert codes == ["en", "zh-Hans", "ko", "vi", "th", "de", "fr", "es"]  # ja is always printed
    assert all(lang["backends"] == [] for lang in body["languages"])
    german = next(lang for lang in body["languages"] if lang["code"] == "de")
    assert (german["japanese"], german["english"]) == ("ドイツ語", "German")
    assert body["by_country"]["DE"] == ["de", "en"] and "US" not in body["by_country"]
    fca = next(i for i in body["incoterms"] if i["code"] == "FCA")
    assert (fca["ja"], fca["en"]) == ("運送人渡し", "Free Carrier")
    assert len(body["incoterms"]) == 11
    assert client.get("/v1/documents/options", headers={"X-API-Key": ""}).status_code == 401


def test_options_list_the_llm_where_one_is_configured(settings: Settings) -> None:
    with ScriptedOpenAIServer(responder=lambda r: "unused") as server:
        settings.llm.base_url = server.base_url
        for c in _client(settings):
            languages = c.get("/v1/documents/options").json()["languages"]
    assert all(lang["backends"] == ["llm"] for lang in languages)


def _text(client: TestClient, body: dict[str, Any], name: str, tmp_path: Path) -> str:
    path = tmp_path / name
    path.write_bytes(client.get(body["urls"][name]).content)
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_two_lines_in_german_and_english_agree_across_invoice_and_packing_list(
    client: TestClient, tmp_path: Path
) -> None:
    resp = client.post("/v1/documents", json=FORM_REQUEST)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert sorted(f["name"] for f in body["files"]) == [
        "commercial_invoice.de.pdf", "commercial_invoice.en.pdf",
        "packing_list.de.pdf", "packing_list.en.pdf",
    ]  # fmt: skip
    invoice_en = _text(client, body, "commercial_invoice.en.pdf", tmp_path)
    invoice_de = _text(client, body, "commercial_invoice.de.pdf", tmp_path)
    packing_en = _text(client, body, "packing_list.en.pdf", tmp_path)
    packing_de = _text(client, body, "packing_list.de.pdf", tmp_path)
    assert "500.00" in invoice_en and "600.00" in invoice_en and "1,100.00" in invoice_en
    assert "1.100,00" in invoice_de  # 100 × 5 + 50 × 12, German figures
    for text in (invoice_en, invoice_de, packing_en, packing_de):
        assert "緑茶" in text and "抹茶" in text
    # net 10 + 1.5, gross 12 + 3, packages 2 + 1: the same totals on every document
    for text in (packing_en, invoice_en):
        assert "Net Weight\n11.5 kg" in text and "Gross Weight\n15 kg" in text, text
    assert "Packages\n3\n" in packing_en
    # packages in the language's grammatical number: 2 cartons, 1 carton (never "1 cartons")
    assert (
        "2 cartons" in packing_en and "1 carton\n" in packing_en and "1 cartons" not in packing_en
    )
    # and in Japanese beside them, as the unit column is (the s28 trial saw "24 cartons" alone)
    for text in (packing_en, packing_de):
        assert "2カートン" in text and "1カートン" in text, text
    assert (
        "2 Kartons" in packing_de and "1 Karton\n" in packing_de and "1 Kartons" not in packing_de
    )
    for text in (packing_de, invoice_de):
        assert "11,5 kg" in text and "15 kg" in text
    # the user's English stands in for German, marked; never the Japanese twice
    flat = " ".join(invoice_de.split())  # table cells wrap
    # marked in Japanese for the exporter and in German for the buyer
    assert "Green tea, 100 g bags [英語のまま・未翻訳] [Englisch, nicht übersetzt]" in flat
    assert "Matcha, 30 g tins [英語のまま・未翻訳] [Englisch, nicht übersetzt]" in flat
    assert flat.count("緑茶") == 1 and "[not translated]" not in flat
    assert "[not translated]" not in invoice_en and "[English" not in invoice_en
    # bags and tins are counted as such, in each language (not as pieces)
    assert "100 袋 Beutel" in flat and "50 缶 Dosen" in flat and "Stk." not in flat
    flat_en = " ".join(invoice_en.split())
    assert "100 袋 bags" in flat_en and "50 缶 cans" in flat_en and "pcs" not in flat_en
    assert body["not_translated"] == 2  # each German description, counted once
