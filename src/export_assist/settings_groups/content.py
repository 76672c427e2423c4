"""Settings of translation and trade-document rendering."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class TranslationSettings(BaseModel):
    """Translators in order of preference, argos packages, term-base additions."""

    backends: list[Literal["llm", "argos"]] = Field(
        default=["llm", "argos"],
        description="Translators tried in this order; 'llm' only counts when llm.base_url is "
        "set, 'argos' when its language package is installed. None available: term base only",
    )
    argos_packages_dir: Path | None = Field(
        default=None,
        description="Folder of installed argostranslate packages; unset: <data_dir>/argos-packages",
    )
    argos_beam_size: int = Field(
        default=2, ge=1, le=8, description="Beam width of argos decoding (higher: slower)"
    )
    llm_model: str | None = Field(
        default=None, description="Model name for translation; unset: the chat model (llm.model)"
    )
    llm_concurrency: int = Field(
        default=4, ge=1, le=32, description="Segments sent to the LLM at once"
    )
    revise: bool = Field(
        default=True,
        description="Ask the LLM once more when a draft breaks a term-base or span rule "
        "(numbers, codes, units kept as written)",
    )
    termbase_files: list[Path] = Field(
        default_factory=list,
        description="Extra term-base files, added to the packaged trade terms",
    )
    max_chars: int = Field(
        default=20000, ge=1, description="Longest text one request may translate (else a 422)"
    )


class DocumentSettings(BaseModel):
    """Trade-document rendering: output folder, fonts and the render-time budget."""

    output_dir: Path | None = Field(
        default=None, description="Where rendered document sets go; unset: <data_dir>/documents"
    )
    font_path: Path | None = Field(
        default=None,
        description="TrueType font for Thai and Vietnamese text; unset: the packaged Sarabun",
    )
    font_cache_dir: Path | None = Field(
        default=None,
        description="Where converted Noto CJK fonts are kept (`docs fonts` fills it); unset: "
        "~/.cache/export-assist/fonts",
    )
    render_budget_s: float = Field(
        default=30.0,
        gt=0,
        le=600,
        description="Seconds one PDF may take to lay out; over it: a clear 422, not a hang",
    )
