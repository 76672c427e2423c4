"""jGrants (Digital Agency's subsidy portal) responses: read a saved body, never the network.

The public API (https://api.jgrants-portal.go.jp/exp/v1/public/subsidies and
/subsidies/id/{id}) answers {"metadata": {...}, "result": [...]}; fields follow the
official documentation (https://developers.digital.go.jp/documents/jgrants/api). The
catalogue works offline: a response is fetched by a person and handed over as a file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from export_assist.errors import InvalidInput

JST = dt.timezone(dt.timedelta(hours=9))
# 北海道 and names ending in 都・府・県; other areas (a city, 海外) become questions instead.
_PREFECTURE = re.compile(r"^(北海道|.{1,3}[都府県])$")
PORTAL_PAGE = "https://www.jgrants-portal.go.jp/subsidy/{id}"
API_DOCS = "https://developers.digital.go.jp/documents/jgrants/api"


class JGrantsSubsidy(BaseModel):
    """One subsidy as the list or detail endpoint gives it (unknown fields ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1, max_length=18, pattern=r"^[A-Za-z0-9]+$")
    name: str | None = None
    title: str = Field(min_length=1)
    target_area_search: str | None = None
    target_area_detail: str | None = None
    subsidy_max_limit: int | None = None
    subsidy_rate: str | None = None
    acceptance_start_datetime: dt.datetime | None = None
    acceptance_end_datetime: dt.datetime | None = None
    target_number_of_employees: str | None = None
    subsidy_catch_phrase: str | None = None
    detail: str | None = None
    use_purpose: str | None = None
    industry: str | None = None
    institution_name: str | None = None
    front_subsidy_detail_page_url: str | None = None

    @property
    def closes(self) -> dt.date | None:
        """The last day applications are taken, in Japan time."""
        return _jst_date(self.acceptance_end_datetime)

    @property
    def opens(self) -> dt.date | None:
        """The first day applications are taken, in Japan time."""
        return _jst_date(self.acceptance_start_datetime)

    @property
    def area_names(self) -> list[str]:
        """The target areas as jGrants lists them, without 全国."""
        parts = [a.strip() for a in (self.target_area_search or "").split("/")]
        return [a for a in parts if a and a != "全国"]

    @property
    def areas(self) -> list[str]:
        """Prefectures it is limited to ([] when national or not stated)."""
        return [a for a in self.area_names if _PREFECTURE.match(a)]

    @property
    def employee_limit(self) -> str | None:
        """The employee condition as jGrants words it, or None when there is none."""
        text = (self.target_number_of_employees or "").strip()
        return None if not text or "制約なし" in text else text

    @property
    def purposes(self) -> list[str]:
        """The use purposes jGrants lists (its own wording)."""
        return [p.strip() for p in (self.use_purpose or "").split("/") if p.strip()]

    @property
    def page(self) -> str:
        """The public portal page of this subsidy."""
        url = self.front_subsidy_detail_page_url or ""
        return url if url.startswith("https://") else PORTAL_PAGE.format(id=self.id)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")

    metadata: dict[str, Any] = Field(default_factory=dict)
    result: list[dict[str, Any]]


def _jst_date(value: dt.datetime | None) -> dt.date | None:
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(JST).date()


def parse_response(text: str, source: str = "response") -> list[JGrantsSubsidy]:
    """The subsidies of a saved list or detail response; a clear error for anything else."""
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{source}: not JSON ({exc.msg}, line {exc.lineno})") from exc
    if isinstance(body, dict) and isinstance(body.get("result"), dict):
        body = {**body, "result": [body["result"]]}  # some detail answers hold one object
    try:
        response = _Response.model_validate(body)
    except ValidationError as exc:
        raise InvalidInput(
            f"{source}: not a jGrants response (expected an object with a 'result' list)"
        ) from exc
    out: list[JGrantsSubsidy] = []
    for i, raw in enumerate(response.result):
        try:
            out.append(JGrantsSubsidy.model_validate(raw))
        except ValidationError as exc:
            where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise InvalidInput(f"{source}: result[{i}]: {where}") from exc
    return out


def merge(subsidies: list[JGrantsSubsidy]) -> list[JGrantsSubsidy]:
    """One entry per id; a later (detail) entry fills fields an earlier one lacked."""
    by_id: dict[str, dict[str, Any]] = {}
    for s in subsidies:
        known = by_id.setdefault(s.id, {})
        known.update({k: v for k, v in s.model_dump().items() if v not in (None, "")})
    return [JGrantsSubsidy.model_validate(v) for v in by_id.values()]
