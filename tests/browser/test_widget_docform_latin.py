"""The document form asks for Latin letters where a field prints as typed on the buyer's
side (s7 user trial): a German invoice made from the chat printed 「FOB 横浜」,
「Verladehafen 横浜」, 「Löschhafen ハンブルク」 and the exporter's address 「静岡県静岡市葵区1-2-3」
for a buyer who reads none of it. The form now names those fields in Japanese, marks them
and sends nothing until they are in Latin letters; then the PDF is made."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.auth.demo import DemoKeys
from tests.browser.helpers import ask, ready, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]
REQUEST = (
    "ドイツのBio Tee GmbHから抹茶50kgの注文。単価は80ユーロ、FOB七尾、海上輸送。インボイスを作って"
)
FILLED = {
    "description_en": "Matcha green tea powder",
    "hs_code": "0902.10",
    "net_weight_kg": "50",
    "gross_weight_kg": "58",
    "packages": "5",
    "exporter": "山田製茶株式会社",
    "exporter_address": "静岡県静岡市葵区1-2-3",
    "buyer_address": "Hauptstr. 5, 10115 Berlin",
    "port_of_loading": "七尾",
    "port_of_discharge": "ハンブルク",
}
LATIN = {
    "exporter": "Yamada Seicha Co., Ltd.",
    "exporter_address": "1-2-3 Aoi-ku, Shizuoka",
    "named_place": "Nanao",
    "port_of_loading": "Nanao",
    "port_of_discharge": "Hamburg",
}


def test_japanese_script_for_the_buyer_is_asked_again_in_latin_letters(
    live: tuple[str, DemoKeys], context: Any
) -> None:
    url, _ = live
    page = context.new_page()
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and "/v1/documents" in r.url else None)  # fmt: skip
    page.goto(url + "/")
    ready(page)
    form = ask(page, REQUEST).locator("form.eaw-docform")
    # a place the city tables do not know stays as written (横浜 is filled as Yokohama)
    assert form.locator("[name=named_place]").input_value() == "七尾"
    for name, value in FILLED.items():
        form.locator(f"[name={name}]").fill(value)
    form.locator("[name=payment]").select_option("tt_advance")
    form.get_by_role("button", name="書類を作成").click()
    alert = form.get_by_role("alert").inner_text()
    assert "ローマ字か英語で入力してください" in alert, alert
    for label in ("輸出者名", "輸出者の住所", "指定地", "積地(港・空港)", "揚地(港・空港)"):
        assert label in alert, (label, alert)
    assert "買主の住所" not in alert  # already in Latin letters
    assert form.locator("[aria-invalid=true]").count() == 5
    assert posts == []  # nothing was sent
    shot(page, "docform-latin")
    for name, value in LATIN.items():
        form.locator(f"[name={name}]").fill(value)
    form.get_by_role("button", name="書類を作成").click()
    pdf = form.get_by_role("link", name="ダウンロード PDF")
    pdf.first.wait_for(timeout=60000)
    assert context.request.get(pdf.first.get_attribute("href")).body()[:4] == b"%PDF"
    assert len(posts) == 1
    page.close()
