"""Japanese words around a product phrase: the request nouns cut from its ends, runs that
never name goods (the company, a place word, the question), counters."""

from __future__ import annotations

import re

# Nouns of the request around the product: cut from a run's ends ("和牛輸出" -> "和牛").
JA_EDGE = (
    "輸入業者",
    "輸入者",
    "バイヤー",
    "HSコード",
    "コード",
    "関税率",
    "関税",
    "税率",
    "輸出",
    "輸入",
    "規制",
    "販売",
    "向け",
    "産",
    # a product line names no goods: 「豆皿や小鉢のシリーズ」 (qa36-d001's buyers were matched
    # on plastics once the series joined the goods)
    "シリーズ",
)
# Runs that are never the product (the company, the user, the question itself).
# Runs that name the request, not a product ("パッキングリストを作りたい").
JA_REQUEST = re.compile(
    r"(リスト|インボイス|書類|コード|手続き?|証明書?|ラベル|表示|規制|関税|税率|バイヤー|"
    r"業者|会社|要件|方法|場合|補助金|助成金|支援|支援策|制度|値段|価格|代金|契約書?|交渉|"
    r"番号|条件|登録|マーク|話|検査|届出|許可|申請|認証|審査|費用|手数料|^何.*|"
    # who is looked for, not what is sold (「バイヤー候補を探して」 took 候補 as the goods: s11 X8)
    r"候補|取引先|卸業者|卸売業者|問屋|小売業者|販売業者|販売店|代理店|条項|内容|申告書?|申告文|"
    # what the answer is to list (「ラベルに書く項目を教えて」 took 項目 as the goods, so the
    # conversation's 柚子こしょう was not inherited)
    r"項目|事項|注意点|留意点|ポイント|"
    # an order is never the goods: 「30万円分の注文が入ったら」 took 「分の注文」 as a product,
    # so the conversation's 有田焼 was not inherited and every market card applied (s18 trial)
    r"注文|発注|受注|オーダー)$"
)
JA_NOT = {
    "会社",
    "弊社",
    "当社",
    "私",
    "町工場",
    "工場",
    "HS",
    "FDA",
    "EU",
    "EPA",  # the agreements an origin statement claims are no goods
    "RCEP",
    "CPTPP",
    "TPP",
    "何",
    "一覧",
    "商品",
    "製品",
    "製",  # 「日本製の工作機械」: the place is blanked, 製 is no modifier
    "メーカー",
    "ブランド",
    "サンプル",
    # what a certificate or a test is about is no goods (「放射能の証明を付けずに」: test23 t029)
    "放射能",
    "放射性物質",
    "放射線",
    "現地",  # 「現地の輸入業者を探して」: where the buyer is, not the goods (s9 trial V9)
    "海外",
    "地元",
    # who buys, not what is sold (「イギリスの個人のお客さんからも注文を」 took 個人 as the goods,
    # so the conversation's 包丁 was not inherited: test30 t007)
    "個人",
    "お客",
    "お客さん",
    "お客様",
    "顧客",
    "消費者",
    "サイト",
    "気",  # 「気をつけること」
    # amounts and order sizes (「30万円の注文」 left 「万」 as the goods: s18 trial)
    "万",
    "千",
    "億",
    "円",
    "分",
    "大口",
    "小口",
    # a procedure's own steps are no goods (「更新の申請を」 took 更新 as goods, so the registered
    # green tea was not inherited: escalation_dev35 d005)
    "更新",
    "申請",
    "登録",
    "手続",
    "手続き",
    "届出",
}
# Counters and units are never the goods (「500個を」, 「20セットの」: s9 trial V6).
COUNTERS = {
    "個",
    "セット",
    "本",
    "枚",
    "箱",
    "袋",
    "缶",
    "瓶",
    "台",
    "点",
    "ケース",
    "カートン",
    "キロ",
    "トン",
}


def trim(run: str) -> str:
    """The run less the request nouns at its ends (「和牛輸出」 -> 「和牛」)."""
    changed = True
    while changed and run:
        changed = False
        for edge in JA_EDGE:
            if run.endswith(edge) and len(run) > len(edge):
                run, changed = run[: -len(edge)], True
            # 「産」 ends a run (「国産」), never starts one: 「産業用」 is industrial use
            elif run.startswith(edge) and len(run) > len(edge) and edge != "産":
                run, changed = run[len(edge) :], True
    return run.strip("・")  # 「日EU・EPA」 with the place blanked leaves 「・EPA」


def plain(run: str) -> bool:
    """A run that can name a product (not the company, a count or the question)."""
    unit = bool(_UNIT.match(run))  # 「正味2,000kgの緑茶」: a unit, not a modifier
    return (
        bool(run)
        and not unit
        and run not in JA_NOT
        and run not in COUNTERS
        and not JA_REQUEST.search(run)
    )


_UNIT = re.compile(r"(?i)^(?:kg|g|mg|t|ml|l|cm|mm|m|pcs|pc|lbs?|oz)$")
