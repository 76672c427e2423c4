"""The answer tool: the answer engine (answering/) over the regulation corpus and the
requirement cards — one cited extractive answer, or an honest hand-off."""

from __future__ import annotations

from pydantic import BaseModel, Field

from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.answering import counterpart
from export_assist.answering.engine import AnswerEngine


class AnswerArgs(BaseModel):
    """Arguments of answer_question."""

    question: str = Field(min_length=1, max_length=2000, description="The question, ja or en")
    earlier: list[str] = Field(
        default_factory=list, max_length=20, description="The user's earlier messages"
    )


class AnswerQuestion:
    """answer_question: a direct answer from the cards, quoted sentences, citations."""

    def __init__(self, engine: AnswerEngine) -> None:
        self._engine = engine

    def __call__(self, ctx: TurnContext, args: AnswerArgs) -> ToolResult:
        """Answer; `weak` means the engine handed the question to an advisor."""
        q = self._engine.understand(args.question, args.earlier)
        answer = self._engine.answer(q)
        # another market's authority named (「FDAの登録は？」 of Canada): say whose it is first
        said = counterpart.note(q.foreign_names, q.destinations, q.language)
        text = f"{said}\n\n{answer.text}" if said and not answer.escalate else answer.text
        return ToolResult(
            text=text, citations=answer.citations, hits=answer.hits, weak=answer.escalate
        )


def answer_tool(engine: AnswerEngine) -> Tool:
    """The answer_question tool over the answer engine."""
    return Tool("answer_question", AnswerArgs, AnswerQuestion(engine))
