"""A checklist's 'from text, verify' items never quote a Sources section (s5 user trial):
緑茶 → DE listed 「福島原発事故後のEUの日本産食品輸入規制… — Sources」 whose requirement was a
list of URLs."""

from __future__ import annotations

from typing import Any

from export_assist.compliance.checklist import ChecklistService
from export_assist.domain.citations import Citation, SearchHit
from export_assist.domain.compliance import ProductProfile


class _Searcher:
    """Search answers with a Sources passage first, then a rule passage."""

    def search(self, query: str, filters: Any, top_k: int = 10) -> list[SearchHit]:
        def hit(doc: str, section: str, text: str, score: float) -> SearchHit:
            cite = Citation(doc_id=doc, title=f"{doc} title", section=section, country="EU")
            return SearchHit(chunk_id=f"{doc}:{section}", text=text, citation=cite, score=score)

        return [
            hit(
                "eu-status",
                "Sources",
                "Regulation (EU) 2023/1453: https://eur-lex.europa.eu/x",
                0.9,
            ),
            hit("eu-status", "出典", "欧州委員会: https://eur-lex.europa.eu/y", 0.8),
            hit("eu-rules", "Import controls", "Green tea imports need a pesticide check.", 0.7),
        ]


def test_text_items_skip_sources_sections() -> None:
    service = ChecklistService(None, None, _Searcher(), None)  # type: ignore[arg-type]
    items = service._text_items(ProductProfile(description="green tea"), "DE", set())
    assert [i.evidence[0] for i in items] == ["eu-rules"]
    assert "Sources" not in items[0].title and "https://" not in items[0].requirement
