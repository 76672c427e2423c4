"""Regimes named by their own name imply their jurisdiction (answering/named.py)."""

from __future__ import annotations

from export_assist.answering.catalog import DocProfile
from export_assist.answering.named import NamedRegimes, terms


def _doc(doc_id: str, country: str, title: str, legal_basis: str = "") -> DocProfile:
    return DocProfile(doc_id, title, country, "en", [], [], legal_basis=legal_basis)


DOCS = {
    d.doc_id: d
    for d in [
        _doc("eu-cbam", "EU", "EU Carbon Border Adjustment Mechanism (CBAM)"),
        _doc("jp-carnet", "JP", "ATA carnet", legal_basis="ATAカルネに関する条約"),
        _doc("intl-incoterms", "INTL", "Incoterms 2020: FOB, CIF and DAP"),
        *[_doc(f"us-fda-{i}", "US", f"FDA rule {i}") for i in range(5)],
    ]
}
BODIES = {d: d for d in DOCS} | {"eu-cbam": "CBAM goods: steel, cement."}


def test_names_are_acronyms_of_three_or_more_and_katakana_words() -> None:
    assert terms("CBAMの対象は？ HSコードとUNは？ ATAカルネ") == {"CBAM", "ATA", "カルネ", "コード"}


def test_place_names_are_markets_not_regimes() -> None:
    assert terms("マレーシアとドバイでハラール認証は必要？") == {"ハラール"}


def test_a_named_regime_implies_its_jurisdiction() -> None:
    named = NamedRegimes(DOCS, BODIES)
    assert named.implied_country("CBAMの対象になる品目は？日本茶も入りますか？") == "EU"
    assert named.implied_country("ATAカルネは日本ではどこで申請しますか？") == "JP"
    assert named.named_docs("Which goods does CBAM cover?") == {"eu-cbam"}


def test_common_words_and_cross_cutting_names_imply_no_market() -> None:
    named = NamedRegimes(DOCS, BODIES)
    assert named.implied_country("Do I need FDA approval?") is None  # five documents carry it
    assert named.implied_country("FOBとCIFの違いは？") is None  # Incoterms are cross-cutting
    common = dict.fromkeys((f"doc{i}" for i in range(9)), "CBAM is everywhere")
    assert NamedRegimes(DOCS, common).implied_country("CBAM?") is None


def test_japans_agreements_named_in_full_name_the_partners_document() -> None:
    docs = {
        **DOCS,
        "us-trade-agreement": _doc(
            "us-trade-agreement", "US", "U.S. tariffs and the Japan-U.S. Trade Agreement"
        ),
        "jp-self-cert": _doc(
            "jp-self-cert", "JP", "EPA self-certification (Japan-U.S. Trade Agreement)"
        ),
    }
    named = NamedRegimes(docs, {d: d for d in docs})
    said = (
        "Our importer in Texas wants the Japan-US Trade Agreement rate. Do we need a certificate?"
    )
    assert named.named_docs(said) == {"us-trade-agreement"}
    assert named.named_docs("日米貿易協定の税率を使うには？") == {"us-trade-agreement"}
    assert named.named_docs("Which trade agreement gives a lower rate in Texas?") == set()
