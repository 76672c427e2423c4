"""One grounded generation: the answer engine has chosen the cards and passages; the model
rewrites its checked answer over them (a prompt of about 800 tokens, no tool schemas),
and each sentence is shown only after the grounding gate passed it. An ungrounded or
wrong-language answer falls back to the extractive answer, counted per model in the log."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

from export_assist.agent.answer_script import script_problem
from export_assist.agent.events import Event, Notice, Token, tokens
from export_assist.agent.grounding import check
from export_assist.agent.turn import Answer, ToolRun, TurnContext
from export_assist.answering.labels import t
from export_assist.domain.citations import Citation, SearchHit
from export_assist.languages import BY_CODE
from export_assist.prompt_library import render_prompt

log = logging.getLogger("export_assist.llm.grounding")

Messages = list[dict[str, str]]
StreamText = Callable[[Messages], Iterator[str]]
PROMPT_BUDGET = 800  # default tokens of the whole prompt: system, question, answer, sources
PASSAGE_TOKENS = 170  # at most per source passage
MIN_PASSAGE_TOKENS = 40  # a passage is sent with at least this much of its text, or not at all
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
# A sentence ends at 。！？ or a newline, or at . ! ? before a space (then checked whole).
_END = re.compile(r"[。！？!?]|\n|\.(?=\s)")
MIN_CHECK_CHARS = 30  # enough text to tell the language before anything is shown
GATE_NOTICE = {
    "ja": "言語モデルの回答に出典で確認できない記述があったため、出典からの回答を表示します。",
    "en": "The language model's answer held facts its sources do not, so the answer from "
    "the sources is shown instead.",
}


class Ungrounded(Exception):
    """The model wrote something its evidence does not hold (or in the wrong language)."""


def approx_tokens(text: str) -> int:
    """A tokenizer-free estimate: about one token per Japanese character, four per Latin."""
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk) // 4 + 1


def _trim(text: str, limit: int) -> str:
    """The text cut to about `limit` tokens, at a character boundary."""
    out: list[str] = []
    left = float(limit)
    for ch in " ".join(text.split()):
        left -= 1.0 if _CJK.match(ch) else 0.25
        if left < 0:
            return "".join(out).rstrip() + "…"
        out.append(ch)
    return "".join(out)


@dataclass
class Evidence:
    """What the model is given: the engine's checked answer and numbered passages."""

    draft: str
    sources: list[SearchHit]

    def text(self) -> str:
        """All evidence as one text, for the grounding gate."""
        return "\n".join([self.draft, *(h.text for h in self.sources)])


def select_evidence(
    run: ToolRun, system: str, question: str, budget: int = PROMPT_BUDGET
) -> Evidence:
    """The cited passages first, then the best others, as many as the budget holds."""
    draft = _trim(run.result.text, 260)
    cited = {(c.doc_id, c.section) for c in run.result.citations}
    hits = sorted(
        run.result.hits, key=lambda h: (h.citation.doc_id, h.citation.section) not in cited
    )
    left = budget - approx_tokens(system) - approx_tokens(question) - approx_tokens(draft)
    chosen: list[SearchHit] = []
    for hit in hits:
        room = min(PASSAGE_TOKENS, left - 10)
        if room < MIN_PASSAGE_TOKENS or len(chosen) == 3:
            break  # a passage cut to a few words would only mislead the model
        text = _trim(hit.text, room)
        left -= approx_tokens(text) + 10
        chosen.append(hit.model_copy(update={"text": text}))
    return Evidence(draft, chosen)


def messages(
    question: str, language: str, run: ToolRun, budget: int = PROMPT_BUDGET
) -> tuple[Messages, Evidence]:
    """The two messages of the generation and the evidence they carry."""
    system = render_prompt(
        "grounded/system.md", language=language, language_name=BY_CODE[language].for_prompt
    )
    evidence = select_evidence(run, system, question, budget)
    # the title in the answer's language, so a Japanese answer has no English title to copy
    sources = [
        (n, h.citation.title_in(language), h.text) for n, h in enumerate(evidence.sources, 1)
    ]
    user = render_prompt(
        "grounded/user.md", question=question, draft=evidence.draft, sources=sources
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}], evidence


class Gate:
    """Lets complete sentences through once they are grounded and in the right language."""

    def __init__(self, evidence: str, question: str, language: str) -> None:
        self._evidence, self._question, self._language = evidence, question, language
        self._buffer = ""
        self.shown = ""

    def feed(self, piece: str) -> str:
        """The text that may be shown now; raises Ungrounded."""
        self._buffer += piece
        cut = 0
        for m in _END.finditer(self._buffer):
            cut = m.end()
        if cut == 0 or len(self.shown) + cut < MIN_CHECK_CHARS:
            return ""
        ready, self._buffer = self._buffer[:cut], self._buffer[cut:]
        return self._pass(ready)

    def close(self) -> str:
        """The rest of the text, checked; raises Ungrounded (also for an empty answer)."""
        rest, self._buffer = self._buffer, ""
        text = self._pass(rest) if rest.strip() else ""
        if not self.shown.strip():
            raise Ungrounded("empty answer")
        return text

    def _pass(self, text: str) -> str:
        whole = self.shown + text
        if problem := script_problem(whole, self._language):
            raise Ungrounded(problem)
        found = check(text, self._evidence, self._question)
        if not found.ok:
            raise Ungrounded(found.reason())
        self.shown = whole
        return text


def generate(
    stream: StreamText,
    ctx: TurnContext,
    question: str,
    extractive: Answer,
    run: ToolRun,
    model: str,
    budget: int = PROMPT_BUDGET,
) -> Generator[Event, None, Answer]:
    """Stream the model's grounded sentences; on a failed check, the extractive answer."""
    lang = ctx.language
    prompt, evidence = messages(question, lang, run, budget)
    gate = Gate(evidence.text(), question, lang)
    try:
        for piece in stream(prompt):
            if ready := gate.feed(piece):
                yield Token(text=ready)
        if rest := gate.close():
            yield Token(text=rest)
    except Ungrounded as exc:
        log.warning("llm answer fell back to extractive: model=%s reason=%s", model, exc)
        if gate.shown:
            yield Notice(message=GATE_NOTICE[lang], reset=True)
        yield from tokens(extractive.text)
        return Answer(extractive.text, extractive.intent, extractive.abstained, fallback=str(exc))
    _number_citations(run, evidence)
    check_line = "\n" + t(lang, "check")
    yield Token(text=check_line)
    return Answer(gate.shown.strip() + check_line, extractive.intent)


def _number_citations(run: ToolRun, evidence: Evidence) -> None:
    """The answer cites [n] by prompt order: the sources lead the turn's citations."""
    ordered: list[Citation] = []
    for cit in [*(h.citation for h in evidence.sources), *run.result.citations]:
        if all((c.doc_id, c.section) != (cit.doc_id, cit.section) for c in ordered):
            ordered.append(cit)
    run.result.citations = ordered


def answer_run(ctx: TurnContext) -> ToolRun | None:
    """The engine's answer this turn, when there is one to ground a generation on (not a
    hand-off, not a tool turn with a payload such as a checklist or a shortlist)."""
    if ctx.with_payload():
        return None
    runs = [r for r in ctx.runs if r.name == "answer_question"]
    if not runs or runs[-1].result.weak or runs[-1].result.error or not runs[-1].result.hits:
        return None
    return runs[-1]


def without_tokens(turn: Generator[Event, None, Answer]) -> Generator[Event, None, Answer]:
    """A turn's tool events, its answer text held back (the model may rewrite it)."""
    while True:
        try:
            event = next(turn)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if not isinstance(event, Token):
            yield event
