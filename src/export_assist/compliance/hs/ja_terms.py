"""Japanese product words -> the English words the HS nomenclature uses for them.

The map (compliance/data/product_terms_ja.yaml) is our own vocabulary. The HS suggester
appends the English words of a Japanese product name to its query, so 「有田焼の飯碗」
reaches "porcelain ... tableware" by words as well as by meaning.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from export_assist.compliance.hs import katakana
from export_assist.retrieval.normalize import nfkc

# "2g×20袋", "8袋入", "5ポンド袋", "2本パック": how many and how packed, not the goods
# (without this 「ティーバッグ 20袋」 read as bags and sacks)
_COUNTS = re.compile(
    r"[×x*]?\d[\d.,]*\s*(?:ポンド|kg|g|ml|l|リットル|キロ|グラム)?\s*"
    r"(?:袋|箱|本|缶|個|枚|瓶|パック|包|粒|錠|膳|組|客|食|ケース|ボトル|パウチ)(?:入り?|パック)?"
)
# "瓶入り", "ジッパー袋入り", "アルミ内袋", "個包装": how the goods are packed, not the goods
# (a sesame paste "瓶入り" read as bottles and jars)
_PACKED = re.compile(
    r"(?:ジッパー|アルミ|ガラス|ギフト|紙|ポリ)?(?:袋|瓶|ボトル|缶|箱|ケース|パック|パウチ)入り?"
    r"|アルミ内袋|内袋|個包装|ギフトボックス"
    # 箱詰め, 袋詰め: packed in, not the goods (a 箱詰め of apples read as boxes, 4415; s18);
    # 瓶詰 and 缶詰 stay: they say the goods are preserved
    r"|(?:箱|袋|パック|ケース|化粧箱)詰め?"
)
# a product term followed by one of these qualifies the goods (付き: comes with; 入り:
# contains; 風味/味: tastes of; 対応: fits), it does not name them
_QUALIFIED_BY = ("付", "入", "製", "用", "式", "風味", "味", "配合", "対応", "柄", "模様")
# a colour that is a whole katakana word (ブルー／ナチュラル, ライトブラウン, ワインレッド) says how
# the goods look, not what they are: the katakana table read ブルー as "brew", レッド as "led",
# ブラウン as "blown" and ライト as lamps (s15, cases9)
_COLOUR = re.compile(
    r"(?<![ァ-ヴー])(?:ライト|ダーク|ディープ|ペール|パステル|スモーキー|スモーク|ワイン|スカイ|"
    r"ロイヤル|オフ|ベビー|ミッド|ネオン)?"
    r"(?:ブルー|レッド|ピンク|グリーン|イエロー|パープル|ブラウン|ベージュ|ネイビー|グレー|グレイ|"
    r"カーキ|アイボリー|ホワイト|ブラック|ナチュラル|モノクロ|マルチカラー|カラー)(?:系)?(?![ァ-ヴー])"
)
# a pattern or motif (レモン＆スイカ柄, 魚柄, ホリデー柄, 花模様) is printed on the goods: its
# words name no goods (スイカ柄の駒 read as squid, 花柄 reaches cut flowers)
# (possessive ++: a katakana run is taken whole, or a long katakana name with no 柄 after it
# backtracks exponentially — 22 characters took 0.7 s, 30 minutes for a longer one; s16)
_MOTIF = re.compile(
    r"(?:(?:[ァ-ヴー]++|花|魚|猫|犬|鳥|星|動物|果物|水玉|迷彩|幾何学|格子|市松|唐草|桜|梅|葉)[&・/と]?)++"
    r"(?:柄|模様)"
)


# 「…のHSコードを教えて」: the code asked for is no goods (コード read as cords, 4007 first; s16)
_ASKED_CODE = re.compile(r"(?:hs|関税|統計品目|輸出統計)\s*(?:コード|番号|分類)|税番")


def _goods(text: str) -> str:
    """A lower-cased, NFKC text without its counts, packings, colours, motifs and a code asked for."""
    low = _ASKED_CODE.sub(" ", nfkc(text).lower())
    low = _PACKED.sub(" ", _COUNTS.sub(" ", low))
    return _MOTIF.sub(" ", _COLOUR.sub(" ", low))


_MODIFIER_ENDS = ("式", "製", "用")
# a form written after the goods (抹茶パウダー, 梅ペースト, 鰹節フレーク) says how they are
# sold, not what they are: the goods before it are the head (s16: the head "powder" put
# baking powders 2102.30 and nickel powders 7504 above green tea)
_FORMS = ("パウダー", "粉末", "ペースト", "フレーク")
# a dish named by how it is cooked (いか焼き, 唐揚げ, 天ぷら, 味噌煮) is a preparation, not the
# raw fish or meat it is made of (冷凍たこ焼き read as frozen octopus, 0307); 煮干し is dried
# fish (0305), 焼きのり toasted laver (1212), 焼き物, 素焼き and 有田焼 pottery, フライパン, フライヤー and たこ焼き器 cooking ware
_COOKED = re.compile(
    r"(?:(?<!素)焼き(?!物|締|入れ|のり|海苔)|揚げ|フライ(?!パン|ヤー)|天ぷら|煮(?!干)|蒲焼)"
    r"(?!器|機|用|鍋|網|プレート)"  # たこ焼き器 is an appliance
)


@cache
def _terms() -> tuple[re.Pattern[str], dict[str, str]]:
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/product_terms_ja.yaml")
        .read_text(encoding="utf-8")
    )
    terms = {nfkc(str(k)).lower(): str(v) for k, v in yaml.safe_load(text).items()}
    # longest first: an alternation takes the first that matches at a position; a Latin
    # key ("led") only as a whole word, never inside "untitled"
    words = sorted(terms, key=len, reverse=True)
    alts = [
        rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])" if w.isascii() else re.escape(w) for w in words
    ]
    return re.compile("|".join(alts)), terms


def _curated(low: str) -> list[tuple[int, int, str, bool]]:
    """The curated terms of a text, the longer first where two overlap: 「青森のりんご」 is
    apples, not the laver (のり) its particle and first kana spell (s18, qa15-t032)."""
    pattern, terms = _terms()
    found: list[tuple[int, int]] = []
    for start in range(len(low)):
        m = pattern.match(low, start)
        if m and m.end() > start:
            found.append((start, m.end()))
    kept: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if all(b <= x or a >= y for x, y in kept):
            kept.append((a, b))
    return [(a, b, terms[low[a:b]], True) for a, b in sorted(kept)]


def _spans(low: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, English words, may name the goods) of each product term of a
    normalised text, in order: the curated map's terms, and katakana loanwords it lacks
    read through the nomenclature's katakana table (a whole run the table knows as one
    word wins over a curated term inside it: フォークリフト is no フォーク)."""
    _, terms = _terms()
    curated = _curated(low)
    whole: list[tuple[int, int, str, bool]] = []
    for run in katakana.RUN.finditer(low):
        exact = katakana.goods_readings(run.group(0))
        a, b = run.span()
        # a curated term reaching past the run (テープのり, コーヒー豆) keeps its reading
        longer = any(c[0] < b and c[1] > a and (c[0] < a or c[1] > b) for c in curated)
        if exact and run.group(0) not in terms and not longer:
            whole.append((a, b, exact, True))
    spans = whole + [c for c in curated if not any(w[0] <= c[0] < w[1] for w in whole)]
    covered = [(a, b) for a, b, _, _ in spans]
    for run in katakana.RUN.finditer(low):
        # the parts of a run no term covers: ロングカーディガン's カーディガン; beside a
        # curated term (ミルク+カルシウム) they add words but do not say what the goods are
        pos = run.start()
        inside = sorted(x for x in covered if run.start() <= x[0] < run.end())
        for a, b in [*inside, (run.end(), run.end())]:
            if a - pos >= 2:
                spans += [(pos, a, w, not inside) for w in katakana.words_of(low[pos:a])]
            pos = max(pos, b)
    return sorted(spans, key=lambda s: s[0])


def english_terms(text: str) -> str:
    """The English words for the Japanese product words in a text ("" when none)."""
    low = _goods(text)
    if low.isascii():
        return ""
    out: list[str] = []
    for _, _, english, _ in _spans(low):
        for word in english.split():
            if word not in out:
                out.append(word)
    if _COOKED.search(low):
        out += [w for w in ("prepared", "cooked") if w not in out]
    return " ".join(out)


def head_candidates(text: str) -> list[str]:
    """The English words of each Japanese product term that may name the goods, the one
    nearest the end first: in a Japanese name the last term is what the goods are
    (信楽焼の花瓶 is a vase); a term qualified by what follows it (トースター付き, 革製,
    わさび風味) is not, nor is one written onto a qualified term (布ハンドル付き: the handle
    is of cloth), nor one that names nothing (デザイン)."""
    low = _goods(text)
    out: list[str] = []
    qualified_from = -1  # where the qualified compound after the current term starts
    forms: list[bool] = []  # whether each head candidate is a form (パウダー)
    for start, end, english, names_goods in reversed(_spans(low)):
        qualified = low[end:].lstrip().startswith(_QUALIFIED_BY) or end == qualified_from
        if qualified:
            qualified_from = start
        if not english or not names_goods or low[start:end].endswith(_MODIFIER_ENDS):
            continue  # 電池式, 木製: how, not what
        if not qualified:
            out.append(english)
            forms.append(low[start:end].endswith(_FORMS))
    if len(out) > 1 and forms[0]:
        out.append(out.pop(0))  # the form last: the goods before it name them
    return out


def head_terms(text: str) -> str:
    """The English words of the term that names the goods ("" when none)."""
    found = head_candidates(text)
    return found[0] if found else ""
