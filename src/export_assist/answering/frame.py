"""Words of a question's frame, not its topic (asking, wanting, exporting, the exporter,
where the goods are sold): what is left of a question without them is what it is about."""

from __future__ import annotations

import re

# Words of the question's frame, not its topic: asking, wanting, exporting, the exporter
# itself, and the kind of answer asked for (a name, a number, an authority, a law).
# Topic words are never listed here: what is left is what the question is about.
FRAME = (
    frozenset(
        """a an and are as at be by can do does for from has have how i if in into is it its
    may must not of on or our so than that the their then there these this to was we what
    when where which who will with would you your us me my also any both each either more
    most much many some such very just only about after before over under per via
    need needs needed require requires required requirement requirements rule rules apply
    applies applied regulation regulations law laws
    export exports exporting exported exporter exporters import imports importing imported
    sell sells selling sold sale sales ship ships shipping shipped send sending
    japan japanese product products goods item items company companies business our
    want wants plan planning planned intend going like tell know please could should
    get gets getting make makes made use used using there here other same new
    question questions help thanks thank yes they them it's i'm we're don't can't
    been being did doing done had having he she his her him they're what's how's let
    all another because but down even ever every few here's into just like off once
    out own same still through too until up upon while why whom whose yet
    give given take taken put keep find look see say said go goes went gone
    enough small large big good well really likely possible able certain sure
    ltd inc llc gmbh corp co pvt pte plc hs ok no vs pm am id tv pc
    first next last year years month months day days time
    name names number numbers someone anyone something anything kind kinds type types list
    show shows information detail details authority authorities agency agencies body
    association associations provide provides provided
    ministry office government governments official officials inspector inspectors
    buyer buyers customer customers client clients distributor distributors retailer
    retailers wholesaler wholesalers shop shops store stores supermarket supermarkets
    partner partners stock carry carries
    instead trouble troubles problem problems cause causes happen happens plain simple
    special straight directly anything everything might buy buys bought buying purchase
    consumer consumers said told heard think thinking side sides inquiry enquiry order
    orders ordered somebody stuff thing things actually basically okay fine right true
    guess wonder wondering auditor auditors accountant accountants mean means exactly currently now today soon already bit lot
    lots little pretty quite whether worried worry hear friend boss colleague says brand
    brands shelf shelves kitchen procedure procedures text trade since force
    we'd we'll i'd i'll deal got never team themselves maker makers manufacturer
    manufacturers chain model models headed heading factory factories ordinary regular
    normal usual parent parents besides except apart extra ago wanted one ones
    bring brings bringing brought start starts starting started begin begins beginning
    restaurant restaurants cafe cafes café cafés hotel hotels ask asks asked asking
    set sets setting ours yours theirs""".split()
    )
    | frozenset(
        """必要 教 教え 場合 方法 手続 手続き 何 際 時 現地 予定 検討 可能 確認 対応 当社 弊社 自社 うち
    商品 製品 日本 輸出 輸入 販売 向け 国内 海外 具体的 一般的 大丈夫 問題 質問 相談 お願い 必要書類
    ありがとうございます 今回 今後 同じ 違い 等 など 以外 以上 以下 程度 場所 相手 側
    名称 名前 番号 種類 品目 内容 対象 情報 詳細 一覧 当局 所管 所管官庁 官庁 機関 役所 担当 窓口 法律
    制度 規則 規定 基準 仕組 スキーム
    取引先 顧客 お客様 客様 バイヤー 買い手 代理店 販売店 卸売業者 小売店 小売業者 輸入業者 店舗 スーパー
    百貨店 雑貨店 家電店 パートナー 経由 会社 申請 仕入 仕入れ 何か ダメ 注意 決まり ルール 特別 楽 準備
    普通 必須 本当 注文 問い合わせ 連絡先 料理店 日本料理店 レストラン ホテル 商社 関係 何か
    最近 今度 以前 一応 結局 全部 全然 絶対 簡単 面倒 心配 不安 意味 理由 状況 最初 初回 初めて 自分
    個人 友人 知人 社長 担当者 電話 メール 今年 今月 来月 先月 去年 実際 普段 大体 結構 色々 荷物 売上
    売り上げ 少量 大人 タイプ 工房 モデル 追加 来年 再来年 社員 正社員 従業員 エンジニア 技術者
    出荷 書類 毎月 毎年 毎週 毎日 毎回 年間 月間 見込 見込み
    農業法人 法人 農家 農園 生産者 養鶏場 牧場 酒蔵 蔵元 在庫 ブランド 日系 税理士 会計士 監査
    先々月 先週 今週 来週 先々週 昨年 一昨年 出荷分 余分 雑貨 追加分
    規制 カフェ 喫茶店
    祖父 祖母 祖父母 父 母 父親 母親 両親 家族 息子 娘 先代 代々 家業 演奏家 愛好家 収集家 コレクター 常連 常連客
    一緒 頻度 割合 一切 長年 取引
    # the people around a sale (escalation_dev23 d001/d019: 「先方」, 「料理長」 made the sources
    # look silent on a CITES and a rice question)
    品物 手間 先方 相手先 業者 料理長 料理人 シェフ 店長 お客さん
    # how hard something is for the asker (escalation_dev35 d009 「窓口に行くのは大変です」,
    # escalation_dev42 d008 「郵送に手間取ったことがあって」)
    大変 苦労 負担 手間取
    # when and in what shape, asked of goods (test38 t020 「出荷前に機械をどういう状態にしておく
    # 必要がありますか？」: the rule says 「土と植物残さを完全に落としてから」)
    出荷前 出荷時 出荷後 状態
    # who the exporter is and what the goods are made from (test38 t040 「富山の製薬系ベンチャー
    # です。…昆布由来のフコイダンのカプセル」)
    ベンチャー スタートアップ 製薬系 由来""".split()
    )
    | frozenset(
        # who the exporter or the buyer is (test24 t012 「祖父の代から…ニューヨークの演奏家が」)
        """grandfather grandmother grandparents father mother family son daughter musician musicians
    collector collectors hobbyist hobbyists fan fans regulars supplier suppliers vendor vendors
    仕入先 仕入れ先 取引業者""".split()
    )
    | frozenset(
        # who told the exporter and when the goods come back (test26 t031 "Our forwarder told
        # us … bringing them back afterwards" handed off on both)
        """forwarder forwarders afterwards afterward else フォワーダー""".split()
    )
    | frozenset(
        # the dealings and the asker's own head office (test27 t027 「取引の記録…日本の本社に
        # 置いておけば」 handed off on both)
        """取引 本社 本店 headquarters hq""".split()
    )
    | frozenset(
        # the size of an order and whose habit a request is (test28 t006 「大口の注文なので」,
        # t028 "Is that just their own policy")
        """大口 大量 小口 policy""".split()
    )
    | frozenset(
        # whose the goods are and what they are for (escalation_dev27 d007 「アメリカの子会社に
        # 試作品を送ります。アメリカは友好国だし」 handed off on all three)
        """子会社 親会社 関連会社 グループ会社 現地法人 試作品 試作 友好国 同盟国 subsidiary subsidiaries
    affiliate affiliates prototype prototypes friendly allied ally""".split()
    )
    | frozenset(
        # who runs the buyer, what the exporter is, how much of the goods and which season
        # (test41 t035 「日本料理店のオーナー」, escalation_dev39 d024 "a small shochu distillery",
        # d009 「一部の商品はショートニングを使っています」 were handed off on these words)
        """オーナー 店主 経営者 マネージャー owner owners manager managers 醸造所 蒸留所 醸造元
    brewery breweries distillery distilleries winery wineries 一部 一部分 大部分 半分
    来季 今季 昨季 来期 今期""".split()
    )
    | frozenset(
        # who brought the sale and where the goods are delivered, the trade's middlemen and the
        # buyer's side (escalation_dev41 d010 「親戚の紹介で」, test43 t016
        # 「納品先が」, t036 「和食屋さんのオーナーが、問屋を通さずに…向こうのお店側で」 were
        # handed off on these words)
        """親戚 親類 紹介 納品先 納入先 送り先 届け先 問屋 和食屋 和食店 店側 向こう側 先方側
    relative relatives introduction""".split()
    )
    | frozenset(
        # the unit shown on a sales trip (test44 t018 「この機種は…営業に行くとき、デモ用に
        # 1台をスーツケースに入れて」 was handed off on 機種, 営業 and デモ)
        # (営業 and 出張 stay topics: 「営業社員を雇っています」 is employment, qa30-t013)
        """機種 デモ デモ用 デモ機 demo demos demonstration""".split()
    )
    | frozenset(
        # why the asker wants to know: an in-house paper they are writing or revising, and the
        # word for the day asked (test55 t015 「社内の取引審査規程を見直していて…正確に記載したい…
        # 開始日はいつですか」, t016 「社内研修の資料…冒頭に」 were handed off on these words)
        """社内 社内研修 資料 冒頭 記載 正確 見直 規程 開始日 連絡 マニュアル
    in-house manual accurately precisely""".split()
    )
    | frozenset(
        # how the asker tells what was said (test42 t020 「話の途中で『最終的にはモスクワの会社に回す』と
        # 言われました」 was handed off on 途中 and 最終的 once its evidence quoted no parts list)
        """途中 最終的""".split()
    )
)


def frame_compound(word: str) -> bool:
    """A compound made of frame words alone (「輸入商社」: 輸入 + 商社) is frame too."""
    ends = {0}
    for i in range(len(word)):
        if i in ends:
            ends |= {j for j in range(i + 2, len(word) + 1) if word[i:j] in FRAME}
    return len(word) in ends


# The state the goods are in, said beside them (「冷凍の天然ぶり」, "frozen wild yellowtail"): where
# the sources speak of the goods, they speak of them in any state (escalation_dev15 d030 was
# handed off on 「冷凍」 and 「天然」 with the fish covered).
GOODS_STATES = frozenset(
    """冷凍 冷蔵 天然 養殖 生鮮 乾燥 手作り 手づくり 自家製 frozen chilled wild farmed dried
    handmade homemade""".split()
)
# Where the goods are sold is no topic: "an Australian pharmacy chain", 「ドイツの通販会社」,
# 「ホームセンター」 (a rule is about the goods and the market, not the shop; online sale
# itself is a topic: the GPSR speaks of online marketplaces).
FRAME |= frozenset(
    """pharmacy pharmacies drugstore drugstores boutique boutiques outlet outlets mall malls
    department""".split()
)
# ... a Japanese word for a shop, a sales company or a shop chain, by its ending; a shop
# named by its goods (文具店) is those goods
CHANNEL_SUFFIX = re.compile(
    r"(?:店|屋|ショップ|ストア|チェーン|センター|会社|ブティック|スーパー|デパート|百貨店)$"
)
# Japanese grammar written in kanji inside a run ("輸出する際" has no kana before 際).
JA_FRAME_SPLIT = re.compile(
    r"(?:場合|必要|方法|予定|向け|制度|所管|官庁|当局|機関|名称|番号|一覧|手続き?|経由|代理店|取引先|直接|毎年|毎月|毎週|毎日|毎回|何年|何日|何か月|何ヶ月"
    # the exporter's trade: 「米農家」 is rice, 「窯元」 no topic (escalation_dev23 d019)
    r"|農家|農園|窯元|蔵元|酒蔵|工房)"
    # 「大人向けの」: who it is for is no topic
    r"|向$"
)
# A question about rules, said in frame words only (「何か規制はありますか？」, "What rules
# apply?"): after a buyer search or an HS code it asks the rules, not for the tool again.
_ASKS_RULES = re.compile(
    r"(?i)規制|規則|ルール|法律|法規|要件|必要|許可|義務|禁止|手続|決まり|認められ|"
    r"\b(?:rules?|regulations?|regulated|requirements?|required|requires?|needs?|laws?|legal|"
    r"legally|allowed|permits?|permitted|banned|prohibited|restrictions?|restricted)\b"
)


def asks_rules(text: str) -> bool:
    """The message asks what the rules are (in frame words: no topic of its own)."""
    return bool(_ASKS_RULES.search(text))
