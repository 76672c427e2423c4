"""DocumentService: check a shipment, build its documents per language, render the files."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from export_assist.cancellation import raise_if_cancelled
from export_assist.documents.builder import build
from export_assist.documents.checks import check_shipment
from export_assist.documents.crosscheck import cross_check
from export_assist.documents.fonts import FontBook
from export_assist.documents.models import Shipment
from export_assist.documents.pdfkit import DEFAULT_BUDGET_S
from export_assist.documents.problems import Problem, ValidationReport
from export_assist.documents.render_docx import render_docx
from export_assist.documents.render_pdf import PdfRenderer
from export_assist.documents.render_xlsx import render_xlsx
from export_assist.documents.texts import FreeText, Texts
from export_assist.documents.view import DocView
from export_assist.errors import InvalidInput, NotFound
from export_assist.languages import normalize_lang
from export_assist.translation.models import Violation
from export_assist.translation.service import TranslationService

Format = Literal["pdf", "docx", "xlsx"]


class RenderedFile(BaseModel):
    """One file of the set."""

    kind: str
    lang: str
    format: Format
    name: str
    bytes: int


class DocumentSetPublic(BaseModel):
    """The rendered set, its validation report and what translation could not do."""

    set_id: str
    files: list[RenderedFile]
    report: ValidationReport
    translation_violations: list[Violation] = Field(default_factory=list)
    not_translated: int = 0
    free_texts: list[FreeText] = Field(
        default_factory=list,
        description="The user's own free text per language: translation and back-translation, or kept and marked",
    )
    warnings: list[str] = Field(default_factory=list)
    took_ms: float = 0.0


class DocumentSet(DocumentSetPublic):
    """The set and the folder it was written to (for the CLI; never sent over HTTP)."""

    folder: str


class DocumentService:
    """Validate and render the documents of a shipment."""

    def __init__(
        self,
        translation: TranslationService,
        output_dir: Path,
        *,
        font_path: Path | None = None,
        font_cache_dir: Path | None = None,
        render_budget_s: float = DEFAULT_BUDGET_S,
    ) -> None:
        self.translation = translation
        self.output_dir = output_dir
        self.font_path = font_path
        self.font_cache_dir = font_cache_dir
        self.render_budget_s = render_budget_s

    def validate(self, shipment: Shipment, langs: Sequence[str] = ("en",)) -> ValidationReport:
        """Every problem in the shipment and across its built documents (no files written)."""
        problems = check_shipment(shipment)
        for lang in self._langs(langs):
            problems += self._cross(build(shipment, Texts(self.translation, lang)), problems)
        return ValidationReport(problems=problems)

    @staticmethod
    def _cross(views: list[DocView], known: list[Problem]) -> list[Problem]:
        fields = {p.field for p in known}
        return [p for p in cross_check(views) if p.field not in fields]

    @staticmethod
    def _langs(langs: Sequence[str]) -> list[str]:
        out = [normalize_lang(lang) for lang in langs]
        if not out or "ja" in out:
            raise InvalidInput(
                "give one or more buyer languages other than ja (ja is always printed)",
                message_ja="日本語以外のバイヤーの言語を1つ以上指定してください（日本語は常に印刷されます）。",
            )
        return list(dict.fromkeys(out))

    def render(
        self,
        shipment: Shipment,
        langs: Sequence[str],
        formats: Sequence[Format] = ("pdf", "docx", "xlsx"),
        *,
        tenant: str = "",
    ) -> DocumentSet:
        """Render the set; an inconsistent shipment raises InvalidInput listing every problem.

        The set id depends on the tenant, so two organisations rendering the same
        shipment never share (or overwrite) one folder.
        """
        started = time.perf_counter()
        langs = self._langs(langs)
        problems = check_shipment(shipment)
        built = {lang: (Texts(self.translation, lang), lang) for lang in langs}
        views = {lang: build(shipment, texts) for lang, (texts, _) in built.items()}
        for lang_views in views.values():
            problems += self._cross(lang_views, problems)
        report = ValidationReport(problems=problems)
        if not report.ok:
            errors = [p.model_dump() for p in report.problems if p.severity == "error"]
            summary = "; ".join(f"{p['field']}: {p['message']}" for p in errors)
            summary_ja = "；".join(
                f"{p['field']}: {p['message_ja'] or p['message']}" for p in errors
            )
            raise InvalidInput(
                f"the shipment is inconsistent, nothing was rendered — {summary}",
                details=errors,  # each with message_ja: the widget lists them in Japanese
                message_ja=f"出荷内容に矛盾があるため、書類は作成されていません（{summary_ja}）。",
            )
        set_id = _set_id(shipment, tenant)
        folder = self.output_dir / set_id
        folder.mkdir(parents=True, exist_ok=True)
        fonts = FontBook(self.font_path, self.font_cache_dir)
        files = [
            f
            for lang in langs
            for view in views[lang]
            for f in self._files(view, folder, formats, fonts)
        ]
        texts = [t for t, _ in built.values()]
        return DocumentSet(
            set_id=set_id, folder=str(folder), files=files, report=report,
            translation_violations=[v for t in texts for v in t.violations],
            not_translated=sum(t.not_translated for t in texts),
            free_texts=[f for t in texts for f in t.free_texts],
            warnings=list(dict.fromkeys([*fonts.warnings, *(w for t in texts for w in t.warnings)])),
            took_ms=round((time.perf_counter() - started) * 1000, 1),
        )  # fmt: skip

    def _files(
        self, view: DocView, folder: Path, formats: Sequence[Format], fonts: FontBook
    ) -> list[RenderedFile]:
        out = []
        for fmt in formats:
            raise_if_cancelled()  # the client left (or the server stops): render no more
            if fmt == "xlsx" and view.kind != "packing_list":
                continue  # the spreadsheet is for the packing list only
            path = folder / f"{view.kind}.{view.lang}.{fmt}"
            if fmt == "pdf":
                PdfRenderer(fonts, self.render_budget_s).render(view, path)
            elif fmt == "docx":
                render_docx(view, path)
            else:
                render_xlsx(view, path)
            out.append(
                RenderedFile(
                    kind=view.kind,
                    lang=view.lang,
                    format=fmt,
                    name=path.name,
                    bytes=path.stat().st_size,
                )
            )
        return out

    def file(self, set_id: str, name: str) -> Path:
        """A rendered file by set id and name (no path tricks)."""
        if not re.fullmatch(r"[\w.-]+", set_id) or not re.fullmatch(
            r"[\w.-]+\.(pdf|docx|xlsx)", name
        ):
            raise NotFound("no such document", message_ja="その書類は見つかりませんでした。")
        path = self.output_dir / set_id / name
        if not path.is_file():
            raise NotFound(f"no document {name} in set {set_id}")
        return path


def _set_id(shipment: Shipment, tenant: str) -> str:
    slug = re.sub(r"[^\w-]+", "-", shipment.reference).strip("-")[:40] or "shipment"
    content = f"{tenant}\n{shipment.model_dump_json()}".encode()
    digest = hashlib.sha256(content).hexdigest()[:16]
    return f"{slug}-{digest}"
