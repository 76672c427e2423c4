"""POST /v1/shortlists: exporter profile + product + markets -> ranked, explained,
screened buyers. Screened-out buyers are shown, with the reason, to advisors only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from export_assist.auth.deps import ExporterDep
from export_assist.errors import Forbidden
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.service import Shortlist, ShortlistService

router = APIRouter(prefix="/v1/shortlists", tags=["shortlists"])


def get_shortlists(request: Request) -> ShortlistService:
    """The shortlist service of the application's container."""
    service: ShortlistService = request.app.state.container.shortlists
    return service


ShortlistsDep = Annotated[ShortlistService, Depends(get_shortlists)]


@router.post("", response_model=Shortlist)
def create_shortlist(query: ShortlistQuery, who: ExporterDep, service: ShortlistsDep) -> Shortlist:
    """Rank your tenant's buyers and the public directory; each with reasons and screening."""
    if query.view == "advisor" and not who.is_staff:
        raise Forbidden(
            "The advisor view (screened-out buyers and why) needs the advisor role.",
            message_ja="アドバイザー向けの表示（照合で除外したバイヤーとその理由）はアドバイザーだけが使えます。",
        )
    shortlist = service.rank(query, tenant=who.tenant)
    if query.view == "sme":
        shortlist.screened_out_count = None
    return shortlist
