"""A party's country may be written as its name (s8 trial: the widget's document form is
filled in Japanese, and 「フランス」 in 「買い手の国」 was refused as longer than 2 letters)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from export_assist.documents.models import Party


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("フランス", "FR"),
        ("ドイツ", "DE"),
        ("Germany", "DE"),
        ("fr", "FR"),
        # read like every other country field (geo): these were refused here alone
        ("英国", "GB"),
        ("UK", "GB"),
        ("USA", "US"),
        ("米国", "US"),
        ("UAE", "AE"),
    ],
)
def test_a_country_name_is_its_code(written: str, code: str) -> None:
    party = Party(name="Le Thé SARL", address="12 rue de Rivoli, Paris", country=written)
    assert party.country == code


def test_what_is_no_country_is_still_refused() -> None:
    for written in ("FRA", "火星", "EU", "INTL", "XX"):
        with pytest.raises(ValidationError):
            Party(name="X", address="Y", country=written)
