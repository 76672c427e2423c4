"""What a watch follows: the corpus documents a product's checklist cites in a market
(card evidence and citations), or, when it cites none, every document of that market."""

from __future__ import annotations

from export_assist.compliance.checklist import ChecklistService
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.geo import jurisdictions_for
from export_assist.watch.ledger import DocumentLedger
from export_assist.watch.service import SourcesOf


def checklist_sources(checklists: ChecklistService, ledger: DocumentLedger) -> SourcesOf:
    """A SourcesOf over the checklist engine, with the market's documents as fallback."""

    def sources(product: str, market: str, hs_code: str | None) -> list[str]:
        request = ChecklistRequest(product=product, hs_code=hs_code, destinations=[market])
        found: set[str] = set()
        for checklist in checklists.build(request):
            for item in [*checklist.items, *checklist.text_items]:
                found.update(item.evidence)
                found.update(c.doc_id for c in item.citations)
        if found:
            return sorted(found)
        places = set(jurisdictions_for(market))
        return sorted(d for d, country in ledger.countries().items() if country in places)

    return sources
