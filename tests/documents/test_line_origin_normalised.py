"""A line's country of origin is read like a party's country (s8 trial: 「jp」 stayed
lower-case and 「日本」 or 「ベトナム」 was refused as longer than 2 letters)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from export_assist.documents.models import Line

_LINE: dict[str, Any] = {
    "description_ja": "緑茶", "hs_code": "0902.10", "quantity": 10, "unit_price": 5,
    "net_weight_kg": 10, "gross_weight_kg": 11, "packages": 1,
}  # fmt: skip


@pytest.mark.parametrize(
    ("written", "code"),
    [("jp", "JP"), (" JP ", "JP"), ("日本", "JP"), ("Japan", "JP"), ("ベトナム", "VN"),
     ("中国", "CN"), ("vn", "VN"), ("United States", "US"), ("米国", "US")],
)  # fmt: skip
def test_a_lines_origin_is_read_as_a_country_code(written: str, code: str) -> None:
    assert Line(**_LINE, origin=written).origin == code


def test_an_unknown_two_letter_origin_is_kept_for_the_shipment_checks() -> None:
    # the checks then name it with the line number (origin_unknown), with every other problem
    assert Line(**_LINE, origin="zz").origin == "ZZ"


def test_an_origin_that_is_no_country_is_refused_with_a_reason() -> None:
    for written in ("火星", "European Union", "JPN1"):
        with pytest.raises(ValidationError, match="Unknown country code"):
            Line(**_LINE, origin=written)
