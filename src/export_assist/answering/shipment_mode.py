"""A transport mode said in an earlier message of the conversation does not fill the form of a
shipment whose Incoterm is for sea and inland waterway transport only. Incoterms 2020 reserve FAS,
FOB, CFR and CIF for those; an air mode carried over from another question (「マナマコを生きたまま
空輸します」, then 「インボイスを作って：有田焼の皿…FOB名古屋」) put 航空輸送 on a FOB invoice in the
session-58 user trial. A mode said in the same message as the Incoterm is the user's own and stays."""

from __future__ import annotations

from dataclasses import replace

from export_assist.answering.shipment_fields import ShipmentDraft

SEA_ONLY = ("FAS", "FOB", "CFR", "CIF")
_AIR = frozenset({"air", "航空輸送"})


def sea_terms_kept(drafts: list[ShipmentDraft]) -> list[ShipmentDraft]:
    """The drafts in order, less an air mode said before the last message that names a
    sea-only Incoterm."""
    named = [i for i, d in enumerate(drafts) if "incoterm" in d.fields]
    if not named or not drafts[named[-1]].fields["incoterm"].upper().startswith(SEA_ONLY):
        return drafts
    last = named[-1]
    return [
        replace(d, fields={k: v for k, v in d.fields.items() if k != "transport"})
        if i < last and d.fields.get("transport") in _AIR
        else d
        for i, d in enumerate(drafts)
    ]
