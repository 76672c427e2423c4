"""A prefecture written in Latin letters is read (s9 trial: "Is there any subsidy for a
small company in Niigata that wants to exhibit at a trade fair in the US?" was asked
「the prefecture of your head office」, and `POST /v1/programmes/match` with
`"prefecture": "Niigata"` was refused as an unknown prefecture)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.geo import normalize_prefecture
from export_assist.programmes.text_profile import profile_from_text

from .conftest import CATALOGUE


@pytest.mark.parametrize(
    ("written", "prefecture"),
    [("Niigata", "新潟県"), ("osaka", "大阪府"), ("Osaka Prefecture", "大阪府"), ("Kyoto", "京都府"),
     ("Kyoto-fu", "京都府"), ("Tokyo", "東京都"), ("Hokkaido", "北海道"), ("Aichi-ken", "愛知県"),
     ("Ōita", "大分県"), ("Kōchi", "高知県"), ("静岡", "静岡県"), ("沖縄県", "沖縄県")],
)  # fmt: skip
def test_a_prefecture_in_latin_letters_is_its_japanese_name(written: str, prefecture: str) -> None:
    assert normalize_prefecture(written) == prefecture


def test_what_is_no_prefecture_is_still_refused() -> None:
    for written in ("Atlantis", "Kyo", "Niigata City Hall", ""):
        with pytest.raises(ValueError, match="unknown prefecture"):
            normalize_prefecture(written)


def test_an_english_message_names_its_prefecture_and_size() -> None:
    p = profile_from_text(
        "Is there any subsidy for a small company in Niigata that wants to exhibit at a "
        "trade fair in the US?",
        ["US"],
    )
    assert (p.prefecture, p.company_size, p.planned_activities) == (
        "新潟県",
        "small",
        ["trade_fair"],
    )
    assert profile_from_text("We export sake from Akita.").prefecture == "秋田県"
    assert profile_from_text("Grants for a tea farm?").prefecture is None


def test_the_match_endpoint_takes_a_prefecture_in_latin_letters(
    catalogue_client: TestClient,
) -> None:
    body = {"profile": {"prefecture": "Shizuoka", "company_size": "small"}, "lang": "en"}
    r = catalogue_client.post("/v1/programmes/match", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["matches"]


def test_operators_are_named_in_english_in_english_mode(catalogue_client: TestClient) -> None:
    """s9 trial: an English answer listed 「（日本貿易振興機構（ジェトロ））」 beside each
    programme; national operators now read in English, a prefecture's body as it names itself."""
    body = {"profile": {"prefecture": "Niigata", "target_markets": ["US"]}, "limit": 50}
    english = catalogue_client.post("/v1/programmes/match", json={**body, "lang": "en"}).json()[
        "matches"
    ]
    japanese = catalogue_client.post("/v1/programmes/match", json={**body, "lang": "ja"}).json()[
        "matches"
    ]
    by_id = {m["id"]: m["operator"] for m in japanese}
    jetro = [m for m in english if by_id[m["id"]] == "日本貿易振興機構（ジェトロ）"]
    assert jetro and {m["operator"] for m in jetro} == {"Japan External Trade Organization (JETRO)"}
    assert "日本貿易振興機構（ジェトロ）" in by_id.values()


def test_every_english_operator_name_belongs_to_a_catalogue_record() -> None:
    import yaml

    from export_assist.programmes.operator_names import OPERATOR_EN

    used = {
        r["operator_name"]
        for f in CATALOGUE.glob("*.yaml")
        for r in yaml.safe_load(f.read_text(encoding="utf-8")) or []
    }
    assert set(OPERATOR_EN) <= used, set(OPERATOR_EN) - used
