"""The UK Trade Tariff API (HMRC/DBT, `GET /api/v2/commodities/{code}`, JSON:API): the one
adapter that reads it. Third-country duty (measure type 103, erga omnes) is the MFN rate;
a tariff preference (142) or preferential quota (143) whose area is the origin, or a group
that contains it, is a preferential rate. The rate text is the API's own `base`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from export_assist.domain.duties import DutyRate
from export_assist.errors import InvalidInput, NotFound, ServiceUnavailable

MFN_TYPES = {"103"}
PREFERENCE_TYPES = {"142", "143"}
ERGA_OMNES = "1011"
Included = dict[tuple[str, str], dict[str, Any]]


def _rel(item: dict[str, Any], name: str) -> Any:
    return ((item.get("relationships") or {}).get(name) or {}).get("data")


def _attrs(included: Included, ref: Any) -> dict[str, Any]:
    if not isinstance(ref, dict):
        return {}
    return dict(
        (included.get((ref.get("type", ""), ref.get("id", ""))) or {}).get("attributes") or {}
    )


def _covers(included: Included, area_id: str, origin: str) -> bool:
    if area_id == origin:
        return True
    group = included.get(("geographical_area", area_id)) or {}
    children = _rel(group, "children_geographical_areas") or []
    return any(c.get("id") == origin for c in children)


def _start(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _rate(included: Included, measure: dict[str, Any], kind: str) -> DutyRate:
    legal = [_attrs(included, ref) for ref in _rel(measure, "legal_acts") or []]
    first = legal[0] if legal else {}
    area = _rel(measure, "geographical_area") or {}
    order = _attrs(included, _rel(measure, "order_number"))
    return DutyRate(
        kind="mfn" if kind == "mfn" else "preferential",
        rate=str(_attrs(included, _rel(measure, "duty_expression")).get("base") or ""),
        measure_type=str(_attrs(included, _rel(measure, "measure_type")).get("description") or ""),
        area=str(area.get("id", "")),
        area_name=str(_attrs(included, area).get("description") or ""),
        legal_basis=" — ".join(
            x for x in (first.get("regulation_code"), first.get("description")) if x
        ),
        legal_url=str(first.get("regulation_url") or "")
        if str(first.get("regulation_url") or "").startswith("https://")
        else "",
        starts=_start((measure.get("attributes") or {}).get("effective_start_date")),
        quota_order_number=str(order.get("number")) if order.get("number") else None,
    )


def parse_commodity(body: dict[str, Any], origin: str = "JP") -> tuple[str, list[DutyRate]]:
    """(description, rates) from a commodity response: MFN first, then the origin's preferences."""
    data = body.get("data") or {}
    if data.get("type") != "commodity":
        raise InvalidInput("the response is not a commodity of the UK Trade Tariff API")
    included: Included = {
        (i.get("type", ""), str(i.get("id", ""))): i for i in body.get("included") or []
    }
    ids = {str(m.get("id")) for m in _rel(data, "import_measures") or []}
    measures = [included[("measure", i)] for i in sorted(ids) if ("measure", i) in included]
    rates: list[DutyRate] = []
    for measure in measures:
        kind = str((_rel(measure, "measure_type") or {}).get("id", ""))
        area = str((_rel(measure, "geographical_area") or {}).get("id", ""))
        excluded = {str(e.get("id")) for e in _rel(measure, "excluded_countries") or []}
        if kind in MFN_TYPES and area == ERGA_OMNES:
            rates.append(_rate(included, measure, "mfn"))
        elif (
            kind in PREFERENCE_TYPES and origin not in excluded and _covers(included, area, origin)
        ):
            rates.append(_rate(included, measure, "preferential"))
    rates.sort(key=lambda r: (r.kind != "mfn", r.area != origin, r.rate))
    attributes = data.get("attributes") or {}
    return str(attributes.get("description_plain") or attributes.get("description") or ""), rates


class UkTariffClient:
    """GET one commodity from the API (the transport is a seam: tests replay recordings)."""

    def __init__(
        self, base_url: str, timeout_s: float, transport: httpx.BaseTransport | None = None
    ):
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            timeout=timeout_s,
            transport=transport,
            headers={"Accept": "application/json"},
        )

    def commodity(self, code10: str) -> dict[str, Any]:
        """The commodity's JSON:API document; 404 and failures as our errors."""
        try:
            response = self._client.get(f"/commodities/{code10}")
        except httpx.HTTPError as exc:
            raise ServiceUnavailable(
                f"The UK Trade Tariff API could not be reached: {exc}"
            ) from exc
        if response.status_code == 404:
            raise NotFound(
                f"The UK Trade Tariff has no declarable commodity {code10}.",
                message_ja=f"英国の関税率表（UK Trade Tariff）に申告できる品目 {code10} はありません。",
            )
        if response.status_code >= 400:
            raise ServiceUnavailable(f"The UK Trade Tariff API answered {response.status_code}.")
        body: dict[str, Any] = response.json()
        return body

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()
