"""The assistant's tools: a registry plus one module per tool family."""

from __future__ import annotations

from export_assist.agent.tools.catalog import ToolServices, build_registry
from export_assist.agent.tools.registry import Tool, ToolRegistry

__all__ = ["Tool", "ToolRegistry", "ToolServices", "build_registry"]
