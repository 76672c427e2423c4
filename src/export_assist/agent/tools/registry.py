"""The tool registry: each tool has a name, a description file in prompts/tools/, an
argument model and a function bound to its service. The no-LLM orchestrator and the
LangChain agent call the same registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from export_assist.agent.turn import ToolResult, ToolRun, TurnContext
from export_assist.errors import ExportAssistError
from export_assist.prompt_library import render_prompt

ToolFn = Callable[[TurnContext, Any], ToolResult]


@dataclass(frozen=True)
class Tool:
    """One tool: what the model sees (name, description, args) and what runs."""

    name: str
    args: type[BaseModel]
    fn: ToolFn

    @property
    def description(self) -> str:
        """The tool description from prompts/tools/<name>.md."""
        return render_prompt(f"tools/{self.name}.md")


class ToolRegistry:
    """The tools available in this deployment (those whose services are present)."""

    def __init__(self, tools: list[Tool]) -> None:
        self._tools = {t.name: t for t in tools}

    def names(self) -> list[str]:
        """Tool names in registration order."""
        return list(self._tools)

    def get(self, name: str) -> Tool:
        """A tool by name (KeyError when unknown)."""
        return self._tools[name]

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def call(self, name: str, arguments: dict[str, Any], ctx: TurnContext) -> ToolRun:
        """Validate the arguments and run the tool; errors become a readable result."""
        tool = self._tools.get(name)
        if tool is None:
            result = ToolResult.failure(f"there is no tool named {name!r}")
        else:
            result = _run(tool, arguments, ctx)
        return ctx.record(name, arguments, result)


def _run(tool: Tool, arguments: dict[str, Any], ctx: TurnContext) -> ToolResult:
    try:
        args = tool.args.model_validate(arguments)
        return tool.fn(ctx, args)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in exc.errors()
        )
        message = f"invalid arguments for {tool.name}: {problems}"
    except ExportAssistError as exc:  # the user reads it: in Japanese where the error has it
        message = exc.message_ja if ctx.language == "ja" and exc.message_ja else exc.message
    except Exception as exc:  # a broken service must not break the turn; say what failed
        message = f"{tool.name} failed: {type(exc).__name__}: {exc}"
    return ToolResult.failure(message)


class CountryArg(BaseModel):
    """Shared field: the destination."""

    country: str | None = Field(
        default=None, description="Destination: ISO alpha-2 code (US, DE, CN...) or EU"
    )
