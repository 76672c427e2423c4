"""Official tariff lookups per market, with the code filled in where the service takes it.
Only services whose address form we have seen in use are listed; a market without one
gets no link rather than a guessed one."""

from __future__ import annotations

from export_assist.domain.duties import OfficialLink
from export_assist.geo import EU_MEMBERS


def dotted(code: str) -> str:
    """HS digits as the US schedule writes them: 0902.10.10."""
    parts = [code[:4], code[4:6], code[6:8], code[8:10]]
    return ".".join(p for p in parts if p)


def _uk(code: str, origin: str) -> list[OfficialLink]:
    code10 = code.ljust(10, "0")
    return [
        OfficialLink(
            title=f"UK Integrated Online Tariff: commodity {code10}",
            title_ja=f"英国の統合オンライン関税表: 品目 {code10}",
            url=f"https://www.trade-tariff.service.gov.uk/commodities/{code10}?country={origin}",
            publisher="HM Revenue & Customs / Department for Business and Trade",
            code_filled=True,
        )
    ]


def _us(code: str, origin: str) -> list[OfficialLink]:
    return [
        OfficialLink(
            title=f"Harmonized Tariff Schedule of the United States: search {dotted(code)}",
            title_ja=f"米国関税率表(HTS): {dotted(code)} の検索",
            url=f"https://hts.usitc.gov/search?query={dotted(code)}",
            publisher="U.S. International Trade Commission",
            code_filled=True,
        )
    ]


def _eu(code: str, origin: str, market: str) -> list[OfficialLink]:
    code10 = code.ljust(10, "0")
    links = [
        OfficialLink(
            title=f"TARIC: measures for {code10} from {origin}",
            title_ja=f"EUのTARIC: {code10}({origin}原産)の措置",
            url=(
                "https://ec.europa.eu/taxation_customs/dds2/taric/measures.jsp"
                f"?Lang=en&Taric={code10}&Area={origin}"
            ),
            publisher="European Commission (DG TAXUD)",
            code_filled=True,
        )
    ]
    if market in EU_MEMBERS:
        links.append(
            OfficialLink(
                title=f"Access2Markets: {code[:6]} from {origin} to {market}",
                title_ja=f"EUのAccess2Markets: {code[:6]}({origin}から{market}へ)",
                url=(
                    "https://trade.ec.europa.eu/access-to-markets/en/results"
                    f"?product={code[:6]}&origin={origin}&destination={market}"
                ),
                publisher="European Commission (DG TRADE)",
                code_filled=True,
            )
        )
    return links


# JETRO's business library explains how to look duties up for any market (its
# WorldTariff database is free for residents of Japan); checked 2026-11-29.
JETRO_TARIFF_GUIDE = OfficialLink(
    title="JETRO Business Library: how to look up duty rates worldwide (Japanese)",
    title_ja="ジェトロ・ビジネスライブラリー「世界各国の関税率を調べるには」",
    url="https://www.jetro.go.jp/lib/tariff/",
    publisher="Japan External Trade Organization (JETRO)",
    code_filled=False,
)


def official_links(code: str, market: str, origin: str = "JP") -> list[OfficialLink]:
    """The official lookups for a code in a market; where none takes the code, JETRO's
    guide to looking duties up (never a guessed address)."""
    if market in ("GB", "UK"):
        return _uk(code, origin)
    if market == "US":
        return _us(code, origin)
    if market == "EU" or market in EU_MEMBERS:
        return _eu(code, origin, market)
    return [JETRO_TARIFF_GUIDE]
