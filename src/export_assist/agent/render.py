"""Templated answers of the no-LLM orchestrator, in Japanese and English."""

from __future__ import annotations

import re

from export_assist.domain.citations import SearchHit

TEXT: dict[str, dict[str, str]] = {
    "ja": {
        "intro": "登録済みの規制資料から、関係する記述を見つけました。",
        "outro": "出典の原文と確認日をご確認ください。不明点はアドバイザーに相談できます。",
        "abstain": "申し訳ありません。登録済みの規制資料には、このご質問に答える根拠が見つかりませんでした。"
        "推測ではお答えせず、ご質問をアドバイザーに確認依頼しました(確認待ち)。",
        "greeting": "こんにちは。輸出先の規制、チェックリスト、HSコード、バイヤー候補、書類作成についてお尋ねください。",
        "rephrase": "ご質問の内容が読み取れませんでした。製品と輸出先、知りたいこと(例: 「ドイツに抹茶を輸出するときの表示ルールは？」)を書いてお尋ねください。",
        "thanks": "どういたしまして。ほかにも輸出先の規制、HSコード、バイヤー候補、書類作成などについて、いつでもお尋ねください。",
        "abilities": "輸出の準備をお手伝いするアシスタントです。次のことができます:\n"
        "・輸出先の規制・表示ルールを、出典(法令名と確認日)付きで答える\n"
        "・製品と輸出先に必要な手続きのチェックリストを作る\n"
        "・HSコードの候補を示し、関税の調べ方を案内する\n"
        "・輸出先のバイヤー候補を探す\n"
        "・インボイス・パッキングリストなどの書類を作る\n"
        "・使える補助金・支援策(展示会出展など)を探す\n"
        "資料にないことは推測せず、アドバイザーに確認を依頼します。"
        "例: 「ドイツに抹茶を輸出するときの表示ルールは？」",
        "draft": "この{kind}は下書きです。アドバイザーの確認後に「確認済み」と表示されます。",
        "tool_error": "{tool}を実行できませんでした: {error}",
        "missing": "{what}を教えてください(例: {example})。",
        "to_advisor": "アドバイザーにおつなぎします。このチャットの内容を添えて、アドバイザーに確認を依頼しました"
        "(確認待ち)。回答はこのチャットに届きます。製品・輸出先・知りたいことをここに書き足していただくと、"
        "アドバイザーが回答しやすくなります。",
        "ask_product": "{market}向けに輸出したい製品を教えてください(例: 緑茶、化粧水、電気ケトル)。"
        "製品が分かれば、必要な手続きのチェックリストを作ります。",
        "untranslated": "({n}か所は訳せなかったため、原文のまま残しています。)",
        "none_translated": "この文は訳せませんでした(この環境では{target}への翻訳モデルが使えません)。"
        "用語集にある語だけを訳せます。アドバイザーに相談することもできます。",
    },
    "en": {
        "intro": "Here is what the regulation sources say:",
        "outro": "Check the cited source and its verification date; an advisor can confirm details.",
        "abstain": "Sorry: the regulation sources I have do not answer this question. Rather than "
        "guess, I have passed it to a trade advisor for review (pending).",
        "greeting": "Hello. Ask me about a destination's import rules, a compliance checklist, "
        "HS codes, buyers, or trade documents.",
        "rephrase": "I could not tell what you are asking. Please name the product, the market and "
        'what you want to know (for example: "What labels does matcha need in Germany?").',
        "thanks": "You're welcome. Ask me any time about import rules, HS codes, buyers or "
        "trade documents.",
        "abilities": "I help Japanese companies prepare exports. I can:\n"
        "• answer a market's import and labelling rules, citing the law and the date checked\n"
        "• build a checklist of what a product needs for a market\n"
        "• suggest HS codes and point to the official duty lookup\n"
        "• shortlist buyers in a market\n"
        "• draft invoices, packing lists and other trade documents\n"
        "• find public support programmes (subsidies, trade fairs)\n"
        "What the sources do not cover I do not guess: an advisor checks it. Example: "
        '"What labels does matcha need in Germany?"',
        "draft": "This {kind} is a draft; it shows as reviewed once an advisor approves it.",
        "tool_error": "I could not run {tool}: {error}",
        "missing": "Please tell me the {what} (for example: {example}).",
        "to_advisor": "I have passed this conversation to a trade advisor (pending review); "
        "the reply will come to this chat. Adding the product, the market and what you want "
        "to know here helps the advisor answer.",
        "ask_product": "Which product do you want to export to {market} (for example green tea, "
        "a skin lotion, an electric kettle)? With the product I can list what it needs.",
        "untranslated": "({n} part(s) could not be translated and are left as written.)",
        "none_translated": "I could not translate this text: no translation model into "
        "{target} is available here. Only words of the term base can be translated; an advisor "
        "can help.",
    },
}
KIND_NAMES = {
    "ja": {
        "checklist": "チェックリスト",
        "shortlist": "バイヤー候補リスト",
        "documents": "書類一式",
        "hs": "HSコード候補",
        "translation": "翻訳",
    },
    "en": {
        "checklist": "checklist",
        "shortlist": "buyer shortlist",
        "documents": "document set",
        "hs": "HS code suggestion",
        "translation": "translation",
    },
}
_SENTENCE = re.compile(r"(?<=[。.!?！？])\s*")


def t(language: str, key: str, **kw: str) -> str:
    """A template string in the language (English when unknown)."""
    return TEXT.get(language, TEXT["en"])[key].format(**kw)


def _grams(text: str) -> set[str]:
    flat = re.sub(r"\s+", " ", text.casefold())
    return {flat[i : i + 2] for i in range(len(flat) - 1)}


def excerpt(text: str, query: str = "", limit: int = 360) -> str:
    """The sentences of a passage closest to the question (character bigrams, so Japanese
    works too), in their original order, up to about `limit` characters."""
    flat = re.sub(r"^#+\s*", "", " ".join(text.split()))
    sentences = [s for s in _SENTENCE.split(flat) if s.strip()]
    if not sentences:
        return flat[:limit]
    wanted = _grams(query)
    ranked = sorted(
        range(len(sentences)),
        key=lambda i: (-len(_grams(sentences[i]) & wanted), i),
    )
    chosen: list[int] = []
    size = 0
    for i in ranked:
        if chosen and size + len(sentences[i]) > limit:
            continue
        chosen.append(i)
        size += len(sentences[i])
    return " ".join(sentences[i] for i in sorted(chosen))[: limit + 120]


def search_answer(language: str, hits: list[SearchHit], query: str = "", limit: int = 3) -> str:
    """Intro, the relevant sentences of each passage with its [n] marker, and the outro."""
    lines = [t(language, "intro"), ""]
    for n, hit in enumerate(hits[:limit], start=1):
        lines.append(f"[{n}] {hit.citation.label(language)}: {excerpt(hit.text, query)}")
    lines += ["", t(language, "outro")]
    return "\n".join(lines)
