"""Translation with an enforced term base: POST /v1/translate, GET /v1/translate/backends."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field

from export_assist.api.deps import ContainerDep
from export_assist.auth.deps import ExporterDep
from export_assist.languages import LANGUAGES
from export_assist.translation.models import TranslationResult


class TranslateRequest(BaseModel):
    """Text to translate and the constraints on it."""

    text: Annotated[str, Field(min_length=1, max_length=20000)]
    source: str = Field(
        default="ja", alias="from", description="Source language (ja, en, zh-Hans, ...)"
    )
    target: str = Field(default="en", alias="to", description="Target language")
    backend: str | None = Field(
        default=None, description="llm or argos; default: the first that can"
    )
    back_translate: bool = Field(default=False, description="Also translate the result back")
    protected: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=100, description="Names that must come back unchanged"
    )

    model_config = {"populate_by_name": True}


class BackendsResponse(BaseModel):
    """Languages, configured backends and installed argos packages."""

    languages: dict[str, str]
    backends: list[str]
    argos_packages: list[str]
    terms: int


router = APIRouter(prefix="/v1/translate", tags=["translation"])


@router.post("", response_model=TranslationResult)
def translate(
    request: TranslateRequest, container: ContainerDep, _caller: ExporterDep
) -> TranslationResult:
    """Translate; violations of the term base and protected spans are listed, never hidden."""
    return container.translation.translate(
        request.text,
        request.source,
        request.target,
        backend=request.backend,
        back_translate=request.back_translate,
        protected=request.protected,
    )


@router.get("/backends", response_model=BackendsResponse)
def backends(container: ContainerDep) -> BackendsResponse:
    """What this server can translate with."""
    return BackendsResponse(
        languages=LANGUAGES,
        backends=[b.name for b in container.translators],
        argos_packages=[f"{p.source}→{p.target} {p.version}" for p in container.argos.packages()],
        terms=len(container.termbase),
    )
