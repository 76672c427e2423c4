"""The document form lets the user choose which documents to make (s8 trial: 「…インボイスと
パッキングリストを作って」 made a packing list only, the chat having read one kind, and the
form had no way to ask for the invoice too)."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]
REQUEST = (
    "アメリカのABC Trading Inc.に日本茶 200袋を単価30ドル、FCA Tokyoで出荷します。"
    "インボイスとパッキングリストを作ってください。"
)
REST = {
    "description_en": "Japanese green tea, 1 kg bags",
    "hs_code": "0902.10",
    "net_weight_kg": "200",
    "gross_weight_kg": "230",
    "packages": "20",
    "exporter": "Yamada Seicha Co., Ltd.",
    "exporter_address": "1-2-3 Aoi-ku, Shizuoka",
    "buyer_address": "100 Main St, Los Angeles, CA 90012",
    "port_of_loading": "Narita",
    "port_of_discharge": "Los Angeles",
}
TICKED = (
    "(docs) => { const f = window.ExportAssistWidget.cards.render('document_form', {fields: {},"
    " missing: [], documents: docs}); return [...f.querySelectorAll('[name=doc_kind]')]"
    ".filter((c) => c.checked).map((c) => c.value); }"
)

ADDRESS = (
    "(a) => window.ExportAssistWidget.cards.render('document_form', {fields: {buyer_address: a},"
    " missing: [], documents: []}).querySelector('[name=buyer_address]').value"
)

WEIGHTS = (
    "(w) => { const f = window.ExportAssistWidget.cards.render('document_form', {fields:"
    " {weights: w, product: '緑茶', quantity: '200 カートン'}, missing: [], documents: []});"
    " return ['net_weight_kg', 'gross_weight_kg'].map((n) => f.querySelector(`[name=${n}]`).value); }"
)

PACKED = (
    "(f) => { const c = window.ExportAssistWidget.cards.render('document_form', {fields:"
    " Object.assign({product: '緑茶'}, f), missing: [], documents: []});"
    " return ['packages', 'exporter_address'].map((n) => c.querySelector(`[name=${n}]`).value); }"
)


def test_the_user_picks_the_documents_and_gets_each(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    posts: list[Any] = []
    page.on(
        "request",
        lambda r: (
            posts.append(r.post_data_json)
            if r.method == "POST" and r.url.endswith("/v1/documents")
            else None
        ),
    )
    page.goto(url + "/")
    ready(page)
    form = ask(page, REQUEST).locator("form.eaw-docform")
    kinds = form.locator("fieldset.eaw-df-kinds")
    assert kinds.locator("legend").inner_text() == "作成する書類"
    assert form.get_by_label("パッキングリスト").is_checked()  # both asked for in the message
    assert form.get_by_label("コマーシャルインボイス").is_checked()
    for name, value in REST.items():
        form.locator(f"[name={name}]").fill(value)
    form.locator("[name=payment]").select_option("tt_advance")
    form.locator("[name=transport]").select_option("air")
    for label in ("プロフォーマインボイス", "コマーシャルインボイス", "パッキングリスト"):
        form.get_by_label(label).set_checked(False)
    form.get_by_role("button", name="書類を作成").click()
    assert form.get_by_role("alert").inner_text() == "作成する書類を1つ以上選んでください。"
    assert posts == []  # nothing was sent
    form.get_by_label("コマーシャルインボイス").check()
    form.get_by_label("パッキングリスト").check()
    form.get_by_role("button", name="書類を作成").click()
    form.get_by_role("link", name="ダウンロード PDF").first.wait_for(timeout=60000)
    made = form.locator(".eaw-docs .eaw-item-title").all_inner_texts()
    assert any("コマーシャルインボイス" in m for m in made), made
    assert any("パッキングリスト" in m for m in made), made
    assert posts[-1]["shipment"]["documents"] == ["commercial_invoice", "packing_list"]
    # what the chat read is ticked; nothing read: an invoice and a packing list
    assert page.evaluate(TICKED, ["proforma_invoice"]) == ["proforma_invoice"]
    assert page.evaluate(TICKED, []) == ["commercial_invoice", "packing_list"]
    # s10 trial: the address the chat read was said in the answer but left the field empty
    assert page.evaluate(ADDRESS, "Kaiserstr. 10, 20095 Hamburg") == "Kaiserstr. 10, 20095 Hamburg"
    # s10 trial: both weights of 「総重量2,400kg、正味2,000kg」 reach their fields
    assert page.evaluate(WEIGHTS, "総重量2,400kg、正味2,000kg") == ["2000", "2400"]
    assert page.evaluate(WEIGHTS, "net 2,000 kg; gross 2,400 kg") == ["2000", "2400"]
    # s11: 「正味重量は90kg、10カートンです」 after the form: weight, packages and our address
    assert page.evaluate(WEIGHTS, "正味重量は90kg、総重量は110kg") == ["90", "110"]
    assert page.evaluate(PACKED, {"packages": "10", "exporter_address": "静岡市葵区1-1"}) == [
        "10",
        "静岡市葵区1-1",
    ]
    page.close()


ORIGIN = (
    "(d) => { const f = window.ExportAssistWidget.cards.render('document_form', {fields:"
    " {agreement: 'rcep', port_of_loading: 'Osaka', port_of_discharge: 'Haiphong'}, missing: [],"
    " documents: d}); const row = f.querySelector('[data-field=agreement]');"
    " return [row.hidden, f.querySelector('[name=agreement]').value,"
    " f.querySelector('[name=port_of_loading]').value, f.querySelector('[name=port_of_discharge]').value,"
    " f.querySelectorAll('[name=doc_kind]').length]; }"
)


def test_an_origin_statement_shows_its_agreement_and_the_ports_are_filled(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    """s11 trial X24: the form offered no statement on origin (and no agreement to claim);
    X9: the ports the chat read stayed empty."""
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    assert page.evaluate(ORIGIN, ["origin_statement"]) == [False, "rcep", "Osaka", "Haiphong", 5]
    assert page.evaluate(ORIGIN, ["commercial_invoice"])[:2] == [True, "rcep"]
    page.close()


NOTES = (
    "([a, note]) => { const f = window.ExportAssistWidget.cards.render('document_form', {fields:"
    " {agreement: a}, missing: [], documents: ['origin_statement'], origin_note: note});"
    " const shown = () => [...f.querySelectorAll('.eaw-df-origin-notes p')].filter((p) => !p.hidden)"
    ".map((p) => p.className.includes('rcep') ? 'rcep' : p.textContent);"
    " const before = shown(); const s = f.querySelector('[name=agreement]'); s.value = 'rcep';"
    " s.dispatchEvent(new Event('change', {bubbles: true})); return [before, shown()]; }"
)


def test_the_origin_note_and_the_rcep_condition_show_under_the_agreement(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    """s13: the chat's word on the buyer's country (agreements that need a certificate from
    the Chamber, 日タイEPA) shows under the agreement; RCEP's condition shows when RCEP is
    chosen and the chat's note did not already say it."""
    url, _ = live
    page = context.new_page()
    page.goto(url + "/")
    ready(page)
    thai = "タイ向けには日タイEPAもありますが…RCEPの輸出者・生産者による申告は…"
    assert page.evaluate(NOTES, ["rcep", thai]) == [[thai], [thai]]
    assert page.evaluate(NOTES, ["cptpp", ""]) == [[], ["rcep"]]
    rcep = page.evaluate("() => window.ExportAssistWidget.strings.ja.dfRcepNote")
    assert "日本商工会議所" in rcep and "要確認" in rcep
    page.close()
