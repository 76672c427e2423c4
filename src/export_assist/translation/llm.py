"""LLM translator over any OpenAI-compatible chat endpoint; prompts from the prompt library."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from export_assist.errors import ConfigurationError, ServiceUnavailable
from export_assist.languages import LANGUAGES
from export_assist.prompt_library import template
from export_assist.settings import LLMSettings
from export_assist.translation.base import Hints

MAX_TOKENS = 4096  # one segment's translation, at most


def answer_cap(source: str) -> int:
    """Tokens a translation of `source` may take: generous for any language pair, but a
    small model that starts repeating itself is stopped instead of holding the server."""
    return min(MAX_TOKENS, 64 + 4 * len(source))


class LLMTranslator:
    """Translate each segment with one chat completion (glossary and spans in the prompt)."""

    name = "llm"

    def __init__(self, settings: LLMSettings, *, model: str | None = None, concurrency: int = 4):
        if not settings.base_url:
            raise ConfigurationError("the LLM translator needs llm.base_url")
        import openai

        self._client = openai.OpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key.get_secret_value(),
            timeout=settings.timeout_s,
            max_retries=settings.max_retries,
        )
        self._errors: tuple[type[Exception], ...] = (openai.APIError,)
        self.model = model or settings.model
        self.temperature = settings.temperature
        self.concurrency = concurrency
        self._system = template("translate.md")
        self._revise = template("translate_revise.md")

    def supports(self, source: str, target: str) -> bool:
        """Any pair of our languages (quality depends on the model behind the endpoint)."""
        return source in LANGUAGES and target in LANGUAGES and source != target

    def _chat(self, messages: list[dict[str, str]]) -> str:
        try:
            out = self._client.chat.completions.create(
                model=self.model,
                messages=messages,  # type: ignore[arg-type]
                temperature=self.temperature,
                max_tokens=answer_cap(messages[1]["content"]),
            )
        except self._errors as exc:
            raise ServiceUnavailable(f"the LLM endpoint failed: {exc}") from exc
        content = out.choices[0].message.content if out.choices else None
        if not content or not content.strip():
            raise ServiceUnavailable("the LLM endpoint returned an empty translation")
        return _clean(content)

    def _messages(self, text: str, source: str, target: str, hints: Hints) -> list[dict[str, str]]:
        system = self._system.render(
            source_name=LANGUAGES[source],
            target_name=LANGUAGES[target],
            glossary=list(hints.glossary),
            protected=list(hints.protected),
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": text}]

    def translate(
        self, segments: Sequence[str], source: str, target: str, hints: Sequence[Hints]
    ) -> list[str]:
        """Translate segments concurrently (order kept)."""
        jobs = [self._messages(s, source, target, h) for s, h in zip(segments, hints, strict=True)]
        if len(jobs) <= 1 or self.concurrency <= 1:
            return [self._chat(m) for m in jobs]
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(self._chat, jobs))

    def revise(self, source: str, draft: str, src: str, tgt: str, hints: Hints) -> str:
        """Ask again with the draft and the problems found in it."""
        messages = self._messages(source, src, tgt, hints)
        messages.append({"role": "assistant", "content": draft})
        note = self._revise.render(problems=list(hints.problems), target_name=LANGUAGES[tgt])
        messages.append({"role": "user", "content": note})
        return self._chat(messages)


def _clean(content: str) -> str:
    """Strip the wrappers small models add (code fences, surrounding quotes)."""
    text = content.strip()
    if text.startswith("```") and text.endswith("```"):
        text = text.strip("`").split("\n", 1)[-1].strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'「":
        text = text[1:-1].strip()
    return text
