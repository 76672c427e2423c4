"""Payment terms that contradict themselves, and what an advance payment needs.

The method is structured (`payment`), the note is the user's free text: a note that
defers payment ("30日後払い", "net 30", "60 days after B/L") under an advance method, or
asks for payment in advance under open account or D/A, is a contradiction the buyer's
bank or customs would query. A note that states a split ("30% 前払い") is not."""

from __future__ import annotations

import re
import unicodedata

from export_assist.documents.models import Shipment
from export_assist.documents.problems import Problem

ADVANCE_METHODS = {"tt_advance", "cad", "lc_sight"}
DEFERRED_METHODS = {"open_account", "da"}
_DEFERRED = re.compile(
    r"\d+\s*日\s*(後|以内に?)\s*(払|支払|送金)|後払|掛売|掛け売|着後\s*\d+\s*日|"
    r"\b(net|within)\s*\d+\s*days?\b|\b\d+\s*days?\s*(after|from|of)\b|\bdeferred\b|\bon\s+arrival\b|\bafter\s+delivery\b",
    re.IGNORECASE,
)
_ADVANCE = re.compile(
    r"前払|前金|事前送金|\bin\s+advance\b|\bprepay|\badvance\s+payment\b|\bcash\s+with\s+order\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\d+\s*(%|％|パーセント|percent)")


def _note(s: Shipment) -> str:
    return unicodedata.normalize("NFKC", s.payment_note or "")


def check_payment(s: Shipment) -> list[Problem]:
    """Method against note, split against method, bank details and the proforma's number."""
    out: list[Problem] = []
    note = _note(s)
    split = bool(_SPLIT.search(note)) or s.payment_split is not None
    if s.payment in ADVANCE_METHODS and _DEFERRED.search(note) and not split:
        out.append(Problem(field="payment_note", code="payment_contradiction",
            message=f"the payment method is {s.payment} (paid before the goods are released) but the note defers payment ({_DEFERRED.search(note).group(0)!r}); choose open_account or D/A, or state the split (e.g. 30% in advance)",  # type: ignore[union-attr]
            message_ja=f"支払方法は{s.payment}（貨物の引渡し前に支払う）ですが、備考では支払いを後にしています（「{_DEFERRED.search(note).group(0)}」）。open_account か D/A を選ぶか、分割の割合（例: 30%前払い）を書いてください"))  # type: ignore[union-attr]  # fmt: skip
    if s.payment in DEFERRED_METHODS and _ADVANCE.search(note) and not split:
        out.append(Problem(field="payment_note", code="payment_contradiction",
            message=f"the payment method is {s.payment} (paid after delivery) but the note asks for payment in advance; choose tt_advance, or state the split",
            message_ja=f"支払方法は{s.payment}（引渡し後に支払う）ですが、備考では前払いを求めています。tt_advance を選ぶか、分割の割合を書いてください"))  # fmt: skip
    if (
        s.payment_split
        and s.payment_split.advance_percent < 100
        and s.payment_split.balance_due is None
    ):
        out.append(Problem(field="payment_split.balance_due", code="balance_missing", severity="warning",
            message=f"{s.payment_split.advance_percent}% is paid in advance; say when the balance is due (before_shipment or against_documents)",
            message_ja=f"{s.payment_split.advance_percent}%が前払いです。残金の支払時期（before_shipment または against_documents）を指定してください"))  # fmt: skip
    advance = s.payment == "tt_advance" or s.payment_split is not None
    if advance and s.bank is None and "proforma_invoice" in s.documents:
        out.append(Problem(field="bank", code="bank_details_missing", severity="warning",
            message="an advance payment is paid against the proforma invoice: give the bank details (bank_name, swift, account_number, account_name)",
            message_ja="前払いはプロフォーマインボイスに対して支払われます。銀行情報（bank_name、swift、account_number、account_name）を指定してください"))  # fmt: skip
    if s.proforma.number and s.proforma.number == s.reference:
        out.append(Problem(field="proforma.number", code="proforma_number_reused",
            message="the proforma invoice needs its own number, not the commercial invoice's",
            message_ja="プロフォーマインボイスには、コマーシャルインボイスとは別の番号が必要です"))  # fmt: skip
    return out
