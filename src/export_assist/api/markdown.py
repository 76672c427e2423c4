"""Answer text as safe HTML: markdown-it-py renders (raw HTML off), nh3 sanitises.

The widget inserts this HTML as is, so everything it may contain is decided here: a
short list of formatting tags, links over http(s)/mailto only, and no script or style.
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

TAGS = {
    "p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "blockquote",
    "a", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "del",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # commonmark with tables; raw HTML in the text is escaped, never passed through.
    return MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("table")


def _demote(html: str) -> str:
    """Headings inside a chat message start at h3 (the widget's h2 is its title)."""
    for level in (2, 1):
        html = html.replace(f"<h{level}>", f"<h{level + 2}>")
        html = html.replace(f"</h{level}>", f"</h{level + 2}>")
    return html


_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")


def _close_lists(text: str) -> str:
    """A line at the margin after a list item starts a new paragraph. The answers are plain
    lines, so 「- 最後の項目」 then 「絞り込むために教えてください:」 is a new sentence, not
    commonmark's lazy continuation of the item (which put it inside the last <li>, where
    the widget's card dedupe removed it with the item)."""
    out: list[str] = []
    in_item = fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        item = not fenced and bool(_ITEM.match(line))
        if in_item and line.strip() and not item and not line[:1].isspace():
            out.append("")
        out.append(line)
        in_item = item or (in_item and line[:1].isspace() and bool(line.strip()))
    return "\n".join(out)


def to_html(text: str) -> str:
    """Render markdown to sanitised HTML (empty text gives an empty string)."""
    if not text.strip():
        return ""
    html = _demote(_parser().render(_close_lists(text)))
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        set_tag_attribute_values={"a": {"target": "_blank"}},
    )
