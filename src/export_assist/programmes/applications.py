"""Application drafts: pre-fill a programme's form and send it to the advisor review queue."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from export_assist.auth.principal import Principal
from export_assist.domain.citations import Citation
from export_assist.domain.programmes import Programme
from export_assist.errors import InvalidInput
from export_assist.programmes.corporate import CompanyDetails
from export_assist.programmes.einvoice import parse_invoice, summarise
from export_assist.programmes.forms import FormLibrary
from export_assist.programmes.prefill import PrefillInput, PrefillResult, prefill
from export_assist.programmes.profile import ExporterProfile
from export_assist.programmes.service import ProgrammeService
from export_assist.review.schemas import ClaimIn, DraftCreate, DraftPublic
from export_assist.review.service import ReviewService


class PrefillRequest(BaseModel):
    """What the applicant gives: profile, corporate-number details, e-invoice XML files."""

    # A misplaced field (corporate_number at the top instead of under company) must not be
    # dropped silently: the applicant would think it was used.
    model_config = ConfigDict(extra="forbid")

    profile: ExporterProfile = Field(default_factory=ExporterProfile)
    company: CompanyDetails = Field(default_factory=CompanyDetails)
    einvoices: list[str] = Field(
        default_factory=list, max_length=50, description="UBL 2.1 invoice XML (Peppol / JP PINT)"
    )
    lang: Literal["ja", "en"] = "ja"


def programme_citation(p: Programme) -> Citation:
    """The programme's official source as a citation."""
    src = p.sources[0]
    return Citation(
        doc_id=f"programme:{p.id}",
        title=p.official_name,
        source_url=src.url,
        source_title=src.title,
        publisher=src.publisher,
        verified_on=p.verified_on,
        review_status=p.review_status,
    )


class ApplicationService:
    """Pre-fill and submit application drafts; the review service checks who sees them."""

    def __init__(
        self, programmes: ProgrammeService, forms_dir: Path, reviews: ReviewService
    ) -> None:
        self._programmes = programmes
        self._forms_dir = forms_dir
        self._reviews = reviews

    def forms(self) -> FormLibrary:
        """The form library (read on each call: the files are small and may be edited)."""
        return FormLibrary(self._forms_dir)

    def prefill(self, programme_id: str, request: PrefillRequest) -> PrefillResult:
        """The programme's form filled from the request; open fields listed."""
        programme = self._programmes.get(programme_id)
        if programme.benefit.kind == "reference":
            raise InvalidInput(
                f"{programme.official_name} is a reference page: there is nothing to apply for.",
                message_ja=f"{programme.official_name}は参照用の公開情報で、申請するものではありません。",
            )
        invoices = [
            parse_invoice(x.encode("utf-8"), f"einvoices[{i}]")
            for i, x in enumerate(request.einvoices)
        ]
        data = PrefillInput(
            request.profile, request.company, summarise(invoices) if invoices else None
        )
        return prefill(programme, self.forms().form_for(programme), data, request.lang)

    def submit(self, who: Principal, programme_id: str, request: PrefillRequest) -> DraftPublic:
        """Pre-fill, then store the result as an 'application' draft for advisor review."""
        result = self.prefill(programme_id, request)
        if result.filled == 0:
            raise InvalidInput(
                "Nothing could be filled: give a profile, company details or e-invoices.",
                message_ja="記入できる項目がありませんでした。企業プロフィール、会社情報、電子インボイスのいずれかを指定してください。",
            )
        programme = self._programmes.get(programme_id)
        cite = programme_citation(programme)
        head = ClaimIn(
            text=f"申請先: {programme.official_name}（{programme.operator_name}）", citations=[cite]
        )
        claims = [head] + [ClaimIn(text=f"{f.label}: {f.value}") for f in result.fields if f.filled]
        title = f"申請書下書き: {programme.official_name}（{result.filled}/{result.total}項目）"
        draft = DraftCreate(
            kind="application",
            title=title[:300],
            claims=claims,
            payload=result.model_dump(mode="json"),
        )
        return self._reviews.create(who, draft)
