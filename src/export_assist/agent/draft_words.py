"""The titles and claim texts of the drafts a chat turn creates, in the turn's language:
the exporter reads them in the review loop and the advisor in the console (which puts
either language's prefixes into its own, console-i18n.js)."""

from __future__ import annotations

from export_assist.documents.problems import document_name_ja
from export_assist.languages import BY_CODE

# The same words the console shows for these prefixes (console-i18n.js t_*, c_*).
_PREFIX: dict[str, dict[str, str]] = {
    "ja": {
        "escalated": "確認依頼された質問: ",
        "checklist": "チェックリスト: ",
        "shortlist": "バイヤー候補: ",
        "documents": "貿易書類: ",
        "question": "質問: ",
        "found": "見つかった資料（関連性は低め）: ",
    },
    "en": {
        "escalated": "Escalated question: ",
        "checklist": "Checklist: ",
        "shortlist": "Buyer shortlist: ",
        "documents": "Documents: ",
        "question": "Question: ",
        "found": "Found (weak match): ",
    },
}


def prefixed(lang: str, key: str, text: str) -> str:
    """`text` after the prefix `key` (a draft title or a claim) in the turn's language."""
    return _PREFIX["ja" if lang == "ja" else "en"][key] + text


def titled(lang: str, question: str, subject: list[str]) -> str:
    """The question with the goods and markets it is about that it does not say itself:
    「費用は？（緑茶・米国）」, so the advisor's queue tells a bare follow-up apart."""
    unsaid = [s for s in subject if s.lower() not in question.lower()]
    if not unsaid:
        return question
    if lang == "ja":
        return f"{question}（{'・'.join(unsaid)}）"
    return f"{question} ({', '.join(unsaid)})"


def document_claim(lang: str, kind: str, doc_lang: str, reference: str) -> str:
    """The claim for one rendered document: 'コマーシャルインボイス（英語）— 出荷 REF'."""
    if lang != "ja":
        return f"{kind} ({doc_lang}) for shipment {reference}"
    known = BY_CODE.get(doc_lang)
    return f"{document_name_ja(kind)}（{known.japanese if known else doc_lang}）— 出荷 {reference}"
