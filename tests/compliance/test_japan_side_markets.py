"""Japan-side cards that hold only for some markets reach only those markets (issue 9, right
market): an SME must not be told to get an origin or Fukushima-related certificate its
destination does not use. Judged on the shipped cards with the checklist's own rule."""

from __future__ import annotations

import pytest

from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from tests.compliance.shipped_cards import applicable

JCCI = "jp-epa-origin-jcci"
SELF_CERT = "jp-epa-origin-self-certification"
NUCLEAR = "jp-food-nuclear-certificates"
RICE = ("精米 コシヒカリ 5kg", "100630")
SAKE = ("純米吟醸 日本酒 720ml", "220610")
TEA = ("抹茶パウダー 100g缶", "090210")


@pytest.mark.parametrize("product", [RICE, SAKE], ids=["rice", "sake"])
def test_us_checklists_have_no_certificate_the_us_does_not_use(
    builder: ProfileBuilder, library: CardLibrary, product: tuple[str, str]
) -> None:
    ids = applicable(builder, library, product[0], "US", product[1])
    # the Japan-side items that do hold everywhere are still there
    assert {"jp-export-declaration", "jp-liquor-tax-export-exemption"} & ids
    assert not {JCCI, SELF_CERT, NUCLEAR} & ids


@pytest.mark.parametrize("market", ["VN", "TH"])
def test_sake_to_asean_gets_the_jcci_certificate(
    builder: ProfileBuilder, library: CardLibrary, market: str
) -> None:
    assert JCCI in applicable(builder, library, SAKE[0], market, SAKE[1])


@pytest.mark.parametrize("market", ["DE", "GB"])
def test_tea_to_europe_gets_self_certification_not_the_jcci_certificate(
    builder: ProfileBuilder, library: CardLibrary, market: str
) -> None:
    ids = applicable(builder, library, TEA[0], market, TEA[1])
    assert SELF_CERT in ids
    assert JCCI not in ids and NUCLEAR not in ids


@pytest.mark.parametrize("market", ["CN", "HK", "KR"])
def test_the_fukushima_certificates_reach_the_markets_that_still_restrict(
    builder: ProfileBuilder, library: CardLibrary, market: str
) -> None:
    assert NUCLEAR in applicable(builder, library, SAKE[0], market, SAKE[1])


def test_taiwan_lifted_its_measures(builder: ProfileBuilder, library: CardLibrary) -> None:
    assert NUCLEAR not in applicable(builder, library, TEA[0], "TW", TEA[1])


def test_the_self_certification_card_no_longer_speaks_of_the_us(library: CardLibrary) -> None:
    card = next(c for c in library.for_markets(["GB"]) if c.id == SELF_CERT)
    for text in (card.title, card.requirement, card.legal_basis, card.requirement_ja):
        assert "US" not in text and "米国" not in text and "日米" not in text
