"""What a message asks for: language, destination and intent (rules, then embeddings)."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from export_assist.agent.asked_for import asks_translation, rule_text
from export_assist.agent.public_help import asks_programme
from export_assist.answering.asks import asks_code_rule
from export_assist.retrieval.embeddings import Embedder

Intent = Literal[
    "search", "checklist", "hs", "shortlist", "translate", "documents", "programmes", "greeting"
]

# Rules first: cheap, predictable, easy to explain. Order matters (most specific first).
# An intent fires when one of its words AND (if listed) one of its action words appear:
# "What must a commercial invoice contain?" is a regulation question, not a request to
# draft an invoice; "Does the importer need a licence?" is not a buyer search.
_MAKE = ("draft", "prepare", "make", "create", "generate", "作成", "作って", "作りたい", "用意")
_FIND = ("find", "search for", "look for", "shortlist", "recommend", "探", "紹介", "候補", "リスト")
RULES: list[tuple[Intent, tuple[str, ...], tuple[str, ...]]] = [
    (
        "translate",
        ("translate", "translation", "翻訳", "訳して", "英訳", "和訳", "訳を", "訳お願い"),
        (),
    ),
    (
        "programmes",
        (
            "補助金",
            "助成金",
            "支援策",
            "支援制度",
            "使える制度",
            "subsidy",
            "subsidies",
            "a grant",
            "support program",
            # NEXI's insurance, public loans and JETRO's business meetings are programmes
            "貿易保険",
            "輸出保険",
            "融資",
            "商談会",
            "trade insurance",
            "export credit insurance",
            # public help with a trade fair is a programme, whatever year it is for
            "公的な制度",
            "公的な支援",
            "公的支援",
            "出展を手伝",
            "出展支援",
            "出展の支援",
            # help asked for in plain words (trial T37/U16: 「ジェトロの支援はありますか」,
            # 「出展したいのですが、使える支援はありますか」 went to the regulation engine)
            "使える支援",
            # help with a cost in plain words (「商標を出願…費用の補助ってある？」, escalation_dev6
            # d010); 「補助」 alone is also the VN 補助ラベル, so only these forms
            "費用の補助",
            "補助って",
            "補助はあ",
            "補助を受け",
            "助成って",
            "ジェトロの支援",
            "jetroの支援",
            "jetro support",
            "support from jetro",
            # a public service asked for: JETRO's market-research service
            "調べてもらえる",
            # market research someone does for the exporter, not research the exporter plans
            # to do itself (「駐在員事務所を作って市場調査をしたい。ライセンスは？」, qa25-t014)
            *("市場調査の支援", "市場調査を依頼", "市場調査をお願い", "市場調査を頼"),
            *("市場調査してもら", "市場調査をしてもら", "市場調査サービス", "市場調査の補助"),
            "ミニ調査",
            "market research service",
            # MAFF's GFP export community is a programme of the catalogue (trial U45)
            "gfp",
            # a named public scheme (「JAPANブランド育成支援事業の申請書」, s10 trial W3)
            "支援事業",
            "補助事業",
            "助成事業",
            "育成支援",
        ),
        (),
    ),
    (
        "documents",
        (
            "invoice",
            "packing list",
            "インボイス",
            "パッキングリスト",
            "書類",
            "cover letter",
            "送り状",
            "請求書",
            "梱包明細",
            # the statement on origin the document service makes (not a certificate)
            "原産地申告",
            "申告文",
            "statement on origin",
            "origin statement",
        ),
        _MAKE,
    ),
    (
        "shortlist",
        (
            "buyer",
            "importer",
            "distributor",
            "バイヤー",
            "買い手",
            "取引相手",
            "輸入業者",
            "取引先",
            "販売先",
            "代理店",
        ),
        _FIND,
    ),
    (
        "hs",
        ("hs code", "hs コード", "hsコード", "tariff code", "関税分類", "品目分類", "税番"),
        ("which", "what", "suggest", "find", "教えて", "何", "どれ", "調べ", "候補"),
    ),
    (
        "checklist",
        (
            "checklist",
            "チェックリスト",
            "all requirements",
            "list every",
            "手続きの一覧",
            "必要な手続きをすべて",
            "規制を全部",
        ),
        (),
    ),
    (
        "greeting",
        (
            "hello",
            "hi there",
            "こんにちは",
            "はじめまして",
            "thank you",
            "thanks",
            "ありがとう",
            "有難う",
            "助かりました",
        ),
        (),
    ),
]

# Intents the embedding fallback may choose; the others must be asked for in words.
EMBEDDING_INTENTS: frozenset[str] = frozenset({"search", "checklist"})

EXEMPLARS: dict[Intent, tuple[str, ...]] = {
    "search": (
        "Do I need to register my facility before exporting to the US?",
        "FDAへの施設登録は必要ですか",
        "Is an export licence required for this machine?",
        "Do I need a licence to export this?",
        "この製品の表示ルールは?",
        "What does the regulation say about labelling?",
    ),
    "checklist": (
        "List every requirement to export green tea to the US",
        "ドイツへ日本酒を輸出するのに必要な手続きの一覧",
    ),
    "hs": ("Which HS code fits matcha powder?", "この商品のHSコードは何ですか"),
    "shortlist": ("Find importers of Japanese sake in Germany", "台湾で抹茶を扱う輸入業者を探して"),
    "translate": (
        "Translate this product description into English",
        "この文章を英語に訳してください",
    ),
    "documents": (
        "Prepare a commercial invoice and packing list",
        "インボイスとパッキングリストを作成して",
    ),
}


# A regulation question beside a tool request ("find importers ... and do I need ...?").
_ASKS = ("do i need", "must i", "required", "requirement", "rules", "regulation", "必要", "規制")
# Joined requests: a second step needs one of these between the two.
_JOINS = (" and ", " then ", " also ", "それと", "あと", "また", "して、", "、それから")


def steps(text: str) -> list[str]:
    """The actions a message asks for in words (several mean a multi-step request)."""
    lowered = text.lower()
    found: list[str] = []
    for intent, words, actions in RULES:
        if intent == "greeting" or intent in found:
            continue
        # 「候補リストに載っている物質」 is REACH's list: no buyers asked for
        said = rule_text(intent, lowered)
        hit = any(w in said for w in words) or (intent == "programmes" and asks_programme(said))
        hit = hit and not (intent == "hs" and asks_code_rule(said))  # a ruling is a rule
        hit = hit and not (intent == "translate" and not asks_translation(said))
        if hit and (not actions or any(a in said for a in actions)):
            found.append(intent)
    if found and any(j in lowered for j in _JOINS) and any(a in lowered for a in _ASKS):
        found.append("search")
    return found


def _only_greeting(lowered: str) -> bool:
    """A greeting or thanks alone: short and asking nothing."""
    return len(lowered.strip()) <= 30 and not any(m in lowered for m in ("?", "？"))


def find_hs_code(text: str) -> str | None:
    """An HS code written in the text (4 to 10 digits, dots allowed)."""
    match = re.search(r"(?<!\d)(\d{4}(?:\.?\d{2}){0,3})(?!\d)", text)
    return match.group(1).replace(".", "") if match else None


@dataclass(frozen=True)
class _Exemplars:
    """The exemplar matrix and its labels, built together so they always line up."""

    matrix: np.ndarray
    labels: tuple[Intent, ...]


class IntentDetector:
    """Rules first; when none fires, the nearest exemplar by embedding (if close enough).

    The exemplars are embedded once, on first need, behind a lock: concurrent first
    calls wait for one build, and a failed build leaves nothing half-set (the next call
    tries again)."""

    def __init__(
        self, embedder: Embedder | None, threshold: float = 0.86, margin: float = 0.015
    ) -> None:
        self._embedder = embedder
        self._threshold = threshold
        self._margin = margin
        self._built: _Exemplars | None = None
        self._lock = threading.Lock()

    def _exemplars(self, embedder: Embedder) -> _Exemplars:
        built = self._built
        if built is not None:
            return built
        with self._lock:
            if self._built is None:
                labels = tuple(i for i, examples in EXEMPLARS.items() for _ in examples)
                texts = [t for examples in EXEMPLARS.values() for t in examples]
                self._built = _Exemplars(np.asarray(_queries(embedder, texts)), labels)
            return self._built

    def detect(self, text: str, allowed: Sequence[str] | None = None) -> Intent:
        """The intent of a message; 'search' when nothing else is clear."""
        lowered = text.lower()
        for intent, words, actions in RULES:
            lowered = rule_text(intent, text.lower())
            hit = any(w in lowered for w in words)
            hit = hit or (intent == "programmes" and asks_programme(lowered))
            acted = not actions or any(a in lowered for a in actions)
            hit = hit and not (intent == "hs" and asks_code_rule(lowered))  # 事前教示: a rule
            hit = hit and not (intent == "translate" and not asks_translation(lowered))
            if intent == "greeting" and not _only_greeting(lowered):
                continue  # "ありがとう。ではニュージーランドは？" asks a question
            if hit and acted and (allowed is None or intent in allowed):
                return intent
        if self._embedder is None:
            return "search"
        exemplars = self._exemplars(self._embedder)
        scores = exemplars.matrix @ np.asarray(self._embedder.embed_query(text)).reshape(-1)
        best = int(np.argmax(scores))
        label = exemplars.labels[best]
        searchy = max(
            float(s) for s, lab in zip(scores, exemplars.labels, strict=True) if lab == "search"
        )
        # a specific intent must beat the question-like exemplars clearly, else it is a question
        clear = scores[best] >= self._threshold and scores[best] - searchy >= self._margin
        # Similarity alone never picks a tool the user did not name (buyers, documents, HS):
        # "抹茶をドイツに輸出するときに必要な表示は?" is close to "台湾で抹茶を扱う輸入業者を探して"
        # by topic, yet it is a regulation question. Actions need their words (RULES).
        if clear and label in EMBEDDING_INTENTS and (allowed is None or label in allowed):
            return label
        return "search"


def _queries(embedder: Embedder, texts: Sequence[str]) -> list[np.ndarray]:
    return [np.asarray(embedder.embed_query(t)).reshape(-1) for t in texts]
