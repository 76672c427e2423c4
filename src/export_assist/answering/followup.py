"""Follow-ups: a message inherits product, markets and topic from the conversation, and a
message that only changes a slot ("フランスの場合は？") re-asks the previous question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from export_assist.answering import counterpart, vocab
from export_assist.answering.asks import asks_code_rule
from export_assist.answering.exporter_intro import new_exporter
from export_assist.answering.followup_goods import other_goods, same_goods
from export_assist.answering.followup_material import material_answer as material_answer
from export_assist.answering.followup_material import with_material
from export_assist.answering.frame import asks_rules
from export_assist.answering.goods_words import names_paper
from export_assist.answering.home_side import japan_only_asked
from export_assist.answering.japan_side import names_procedure
from export_assist.answering.places import find_places
from export_assist.answering.pointing import if_so, own_after_list, points_at_items, refers_back
from export_assist.answering.preference import claims_preference
from export_assist.answering.swaps import new_market, swap_market, swap_product
from export_assist.answering.understand import NOT_JAPAN, Question, understand
from export_assist.answering.words import has_any
from export_assist.domain.shipment import with_shipment
from export_assist.retrieval.normalize import nfkc

# A slot-only follow-up's grammar ("フランスの場合は？" less its places), no word that asks.
_FILLER = re.compile(
    r"(じゃあ|じゃ|それでは|それなら|では|だと|だったら|でしたら|なら|の場合は?|の場合|"
    r"はどう(です|でしょう)?か?|はどう|どう違う(の|んですか|のですか|でしょうか)?|どうなる(の)?|"
    r"(出す|売る|卸す|輸出する|販売する|送る|出荷する)(なら|場合|とき|時|には)?|"
    r"と(?:同じ|一緒|同様)(?:で(?:いい|良い|大丈夫))?(?:の|ですか|でしょうか)?|"
    r"にも|へも|でも|同じ|について|向け|は|も|を|の|へ|に|で|です|か|ね|よ|"
    r"[?？!！。、.,'\s])",
)
# English words of such a follow-up ("And if we sell the same miso in Hong Kong?").
_EN_FILLER = set(
    """and what about how for in into to the a an case of instead then if it is it's what's
    same we i our us you sell selling sold ship shipping export exporting send sending would
    will be there do does also too market country say so now ok okay one ones those these
    them they that this version one's as well""".split()
)
_EN_WORDS = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Kanji and katakana runs (a word the previous question may have said).
_JA_RUN = re.compile(r"[\u3005\u4e00-\u9fff\u30a0-\u30ffー]+")


def slot_only(text: str, previous: Question | None = None) -> bool:
    """True when the message only changes a slot ("フランスの場合は？"): nothing is left once
    places, follow-up grammar and the words of the previous question are taken out."""
    rest = nfkc(text)
    # 「日本酒」 names goods, not Japan: 「ブラジルに日本酒を輸出するには？」 changes more than the
    # market (a user trial, session 35, re-asked a payment-terms question for Brazil)
    for m in sorted(find_places(rest), key=lambda m: -m.start):
        if not NOT_JAPAN.match(rest, m.start):
            rest = rest[: m.start] + " " + rest[m.start + len(m.surface) :]
    if previous is not None:
        rest = _less_said(rest, previous)
    rest = _EN_WORDS.sub(lambda m: " " if m.group() in _EN_FILLER else m.group(), rest.lower())
    return len(_FILLER.sub("", rest)) <= 1


def _less_said(text: str, previous: Question) -> str:
    """The text less the product and the words the previous question already said (the same
    goods, the same topic), so only what the follow-up adds is left."""
    said = nfkc(previous.asked or previous.text).lower()
    out = text.lower()
    for word in sorted({previous.phrase, *previous.product.split()}, key=len, reverse=True):
        if word:
            out = out.replace(word.lower(), " ")
    english = _EN_WORDS.sub(lambda m: " " if _said_word(m.group(), said) else m.group(), out)
    return _JA_RUN.sub(
        lambda m: " " if len(m.group()) >= 2 and m.group() in said else m.group(), english
    )


def _said_word(word: str, said: str) -> bool:
    """An English word of three letters or more the previous question used (plural or not)."""
    return len(word) >= 3 and bool(re.search(rf"\b{re.escape(word.rstrip('s'))}s?\b", said))


def resolve(current: Question, previous: Question | None, covered: frozenset[str]) -> Question:
    """The current question with what it leaves unsaid taken from the previous one."""
    if previous is None or new_exporter(current.text):  # 「神戸の樹脂部品メーカーです。…」
        return current
    word = material_answer(current.text) if current.material else ""
    if word and previous.product:  # 「このタオルのHSコードは？」「綿です」
        return with_material(previous, current, word)
    if previous.intent == "documents" and states_shipment(current):  # the form, filled in
        return _inherit(current.with_(intent="documents"), previous)
    if named := counterpart.of_another_market(current.text, previous):  # 「FDAの登録は？」
        here = counterpart.asked_here(
            current.text, named, previous.destinations[0], current.language
        )
        mapped = understand(here, covered)
        topics = counterpart.counterpart_topics(mapped.topics)
        return _inherit(mapped.with_(text=current.text, asked=here, topics=topics), previous)
    if (current.destinations or current.unsupported) and slot_only(current.text, previous):
        again = swap_market(previous.asked or previous.text, current)
        markets = {"destinations": current.destinations, "unsupported": current.unsupported}
        return _re_ask(again, current, previous, covered, markets, ["question"])
    if (swapped := swap_product(current, previous)) is not None:  # 「焼酎だったら？」
        markets = {"destinations": previous.destinations, "unsupported": previous.unsupported}
        return _re_ask(swapped, current, previous, covered, markets, ["question", "market"])
    return _inherit(current, previous)


# Fields a message states about a shipment (never read from the market or the goods alone).
_SHIPMENT = {"exporter", "weights", "payment", "buyer_address", "buyer", "transport", "incoterm"}


def states_shipment(q: Question) -> bool:
    """A message that fills in the document form and asks nothing (「弊社は…です。正味重量は
    90kg」): it stays a document request (s10 trial W3), never a regulation question."""
    from export_assist.answering.shipment_fields import extract  # reads with understand()

    if _asks(q) or q.intent not in ("regulation", "documents"):
        return False
    return bool(_SHIPMENT & set(extract(q.text, q).fields))


def _re_ask(
    asked: str,
    current: Question,
    previous: Question,
    covered: frozenset[str],
    markets: dict[str, list[str]],
    inherited: list[str],
) -> Question:
    """The previous question asked again with one slot changed (its intent, topics, type)."""
    again = understand(asked, covered)
    return again.with_(
        text=current.text,
        language=current.language,
        **markets,
        product=again.product or previous.product,
        phrase=again.phrase or previous.phrase,
        material=again.material or previous.material,
        categories=again.categories or previous.categories,
        conditions=with_shipment(again.conditions or previous.conditions, current.conditions),
        intent=previous.intent,
        topics=previous.topics,
        qtype=previous.qtype,
        asked=asked,
        inherited=inherited,
    )


def _inherit(current: Question, previous: Question) -> Question:
    inherited: list[str] = []
    changes: dict[str, object] = {}
    # 「特別な書類がいる？」, 「どんな証明書？」 after goods were named ask for their own rule's
    # papers, not invoices (test14 t006/t041 got the trade-documents card): no paper named,
    # no documents topic; the message's other words (登録) still choose one
    papers = has_any(nfkc(current.text).lower(), vocab.NAMED_PAPERS)
    asked = current.intent == "regulation" and bool(previous.product or previous.phrase)
    if "trade_documents" in current.topics and asked and not papers:
        current = current.with_(topics=[t for t in current.topics if t != "trade_documents"])
        changes["topics"] = current.topics
    # a preferential origin proof is the partner's agreement's (「自分でインボイスに申告しても
    # いい？」 after RCEP to China asks China's RCEP rule: test33 t007), though done in Japan
    partner = "origin" in current.topics and bool(previous.destinations)
    if (
        not current.destinations
        and not current.unsupported
        and (partner or not japan_only_asked(current))
    ):
        changes |= {"destinations": previous.destinations, "unsupported": previous.unsupported}
        inherited.append("market")
        said = previous.asked or previous.text
        if partner and claims_preference(said):  # ... and the agreement said before (test33
            changes["context"] = said  # t007: RCEP, not the chamber's general certificate)
    # a product the vocabulary lacks is still the conversation's (「冷凍たこ焼き」, s9 trial V9);
    # a product the message names (チーズ, even outside the vocabulary) wins (s10 trial W2); an
    # English phrase without a product word is only the longest run of words: no goods
    # (one character is no goods name: 「鉢に植わっている木」 is the bonsai, test40 t010; unless the
    # goods are of a new kind: 「…撥水加工剤…化学品として」 after obi, escalation_dev38 d005)
    new_kind = bool(set(current.categories) - set(previous.categories))
    ja = current.language == "ja" and not names_paper(current.phrase)  # 「紙の原本」: a paper
    said = current.phrase if ja and (len(current.phrase) > 1 or new_kind) else ""
    # goods of a family the earlier ones were not (「高麗人参エキスのカプセルも『健康機能食品』として」
    # after pickles, test27 t005) are new goods, though the vocabulary has no word for them
    new_family = bool(set(current.families) - set(previous.families))
    named = current.product or said or current.hs_code or new_family
    named = named and not same_goods(current, previous)  # 「同じスープ」: pork stays (esc28 d017)
    if not named and (previous.product or previous.phrase):
        changes |= {
            "product": previous.product,
            "categories": previous.categories,
            "conditions": with_shipment(previous.conditions, current.conditions),
            "phrase": previous.phrase,
            "material": current.material or previous.material,  # the same product's
            # and family (eyeglass frames' FDA question got food rules: escalation_dev32 d007)
            "families": list(dict.fromkeys([*previous.families, *current.families])),
        }
        inherited.append("product")
        if previous.hs_code:
            changes["hs_code"] = previous.hs_code
    # a rule asked after a buyer search or an HS code is a rule, not the tool or its topic
    # again (「何か規制はありますか？」 after importers got importers again); 「その中で…」 stays
    rules = previous.intent in ("buyers", "hs") and asks_rules(current.text)
    # goods that name Japan's own procedure (「クロコダイル革の長財布も…同じように送れますか」,
    # escalation_dev23 d001) ask that procedure, not the invoices the scene was about
    own_procedure = current.japan_side and names_procedure(current.text)
    if (
        not current.topics
        and refers_back(current.text)
        and not (rules and not points_at_items(current))
        and not own_procedure
        and not (named and current.qtype == "documents")  # new goods' papers (test36 t008)
        and not (named and previous.intent == "hs" and new_market(current, previous))
    ):
        # a follow-up that asks Japan's side itself stays so (「この証明書は、どこで出してもらう？」)
        changes |= {
            "topics": previous.topics,
            "japan_side": current.japan_side or previous.japan_side,
        }
        own = previous.intent == "checklist" and own_after_list(current)
        # a question after the document form is a question, not the form again; advice
        # (「販売店契約書の条項を確認して」) is its own question, never the pending one (s11 X12)
        fresh = own or current.advice or previous.intent == "documents"
        # a ruling on the code disputed before is customs text, not the HS tool again
        # (test29 t028 「EUの税関に分類を正式に決めてもらう方法は？」 after a disputed code)
        fresh = fresh or (previous.intent == "hs" and asks_code_rule(nfkc(current.text).lower()))
        # a scene stated («ロンドンの店に包丁を卸しています。») asked no checklist: the first
        # question after it is its own (test30 t007 「届け方で気をつけることは？」)
        fresh = fresh or (
            _scene_stated(previous) and _asks(current) and not points_at_items(current)
        )
        if current.intent == "regulation" and not fresh:
            changes["intent"] = previous.intent
        inherited.append("topic")
    if not current.material and previous.material and current.intent == previous.intent:
        changes["material"] = previous.material
    # other goods' requirements asked of the same market (「同じ相手に電気ケトルも売りたい。何が
    # 必要？」 after sake): the earlier question's goods would pull its rules into the answer
    elsewhere_goods = current.intent == "checklist" and other_goods(current, previous)
    leans = not current.topics or if_so(current.text)
    if leans and (inherited or not current.product) and not (elsewhere_goods or rules):
        # a follow-up leans on the previous question ("And what is the UK equivalent?")
        changes["context"] = previous.asked or previous.text
    elif current.japan_side and names_procedure(previous.asked or previous.text):
        # 「ワニ革の財布を…」「日本の役所からどんな書類？」: the goods name Japan's procedure
        # (CITES export approval), which the Japan-side follow-up asks about; 「どんな書類」
        # asks that procedure's papers, not invoices (no document named: no documents topic)
        changes["context"] = previous.asked or previous.text
        if current.topics == ["trade_documents"] and not papers:
            changes["topics"] = []
    if _scene_only(previous) and changes.get("context") == previous.text:
        # 「羊羹を国際郵便で毎月送ることになりました。」 then 「FDAの届けはいつまでに？」: the
        # statement the question leans on sets its scene (test21 t029: by post), whose
        # everyday words the search reads too (retrieve.search_query)
        inherited.append("scene")
    return current.with_(**changes, inherited=inherited) if changes else current


def _scene_only(previous: Question) -> bool:
    """A message that states the exporter's situation and asks nothing."""
    return not _asks(previous) and previous.intent == "regulation" and not previous.inherited


def _scene_stated(q: Question) -> bool:
    """A checklist read only from what the exporter already does (「…を卸しています。」): no
    question, no wish (「輸出したい」 asks what it takes)."""
    return q.intent == "checklist" and not _asks(q) and not _WISH.search(nfkc(q.text).lower())


_WISH = re.compile(r"たい|\bwant|\bwould like|\bplan(?:s|ning)?\b|予定|つもり")  # not "plants"


def _asks(q: Question) -> bool:
    """The message asks something: a question mark or a question type of its own."""
    return "?" in q.text or "？" in q.text or q.qtype != "what"


def resolve_history(messages: Sequence[str], current: str, covered: frozenset[str]) -> Question:
    """Understand the current message in the light of the user's earlier messages."""
    previous: Question | None = None
    for text in messages:
        previous = resolve(understand(text, covered), previous, covered)
    q = resolve(understand(current, covered), previous, covered)
    foreign = counterpart.elsewhere(current, q.destinations)
    return q.with_(foreign_names=foreign) if foreign else q
