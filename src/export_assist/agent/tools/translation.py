"""Translation tool: term-base-enforced translation, and reading a request from chat."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from export_assist.agent.render import t
from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.languages import BY_CODE, detect_language, named_language
from export_assist.translation.service import TranslationService


class TranslateArgs(BaseModel):
    """Arguments of translate."""

    text: str = Field(min_length=1, max_length=4000, description="The text to translate")
    target: str | None = Field(default=None, description="Target language code, e.g. en, ja, de")
    source: str | None = Field(default=None, description="Source language (default: detected)")


_QUOTED = re.compile(r"[「『\"](.+?)[」』\"]", re.S)


def translation_args(message: str) -> dict[str, Any]:
    """From a chat message: the text to translate (quoted or after a colon) and the target."""
    quoted = _QUOTED.search(message)
    text = quoted.group(1) if quoted else re.split(r"[:：]", message, maxsplit=1)[-1]
    return {"text": text.strip() or message, "target": named_language(message)}


class Translate:
    """translate: the term base and the configured translators; untranslated parts said."""

    def __init__(self, translation: TranslationService) -> None:
        self._translation = translation

    def __call__(self, ctx: TurnContext, args: TranslateArgs) -> ToolResult:
        """Translate; the source language is detected when not given."""
        source = args.source or detect_language(args.text)
        target = args.target or ("en" if source == "ja" else "ja")
        result = self._translation.translate(args.text, source, target)
        # said in the user's language; a backend's own error stays in the payload's warnings
        lang = ctx.language
        segments = len(result.segments)
        if segments and result.not_translated == segments:
            known = BY_CODE.get(result.target_lang) or BY_CODE.get(target)
            name = (known.japanese if lang == "ja" else known.english) if known else target
            text = t(lang, "none_translated", target=name)
        elif result.not_translated:
            text = f"{result.text}\n\n{t(lang, 'untranslated', n=str(result.not_translated))}"
        else:
            text = result.text
        data = result.model_dump(mode="json")
        return ToolResult(text=text, payload=StructuredPayload(kind="translation", data=data))


def translate_tool(translation: TranslationService) -> Tool:
    """The translate tool over the translation service."""
    return Tool("translate", TranslateArgs, Translate(translation))
