"""The questionnaire's texts in English and Japanese (a Japanese SME reads them in Japanese).

The Japanese says what the English says, no more: the facts (Article 48(3), 18 March 2022,
the divisions to ask) are the same in both; the English wording is the one searched for
citations."""

from __future__ import annotations

from typing import Literal

from export_assist.geo import country_name_ja

Language = Literal["ja", "en"]

EN = {
    "sanctions.what": "Japan bans exports to this destination under FEFTA sanctions (an export "
    "approval under Article 48(3) that is not granted) for the goods METI lists, beyond "
    "list control and catch-all; for Russia and Belarus the measures began on 18 March "
    "2022 and have been extended repeatedly (machine tools, dual-use goods, luxury goods "
    "and more). Check the item against METI's current notices before any offer, also for "
    "shipments through third countries.",
    "sanctions.with_whom": "METI Trade Licensing Division (貿易審査課)",
    "sanctions.why": "{dest} is under Japan's export sanctions (Russia, Belarus, North Korea, Iran)",
    "list_control.what": "Classify the goods against Export Trade Control Order Appended Table 1 "
    "(該非判定) and keep the classification sheet; a listed item needs a METI licence "
    "for every destination.",
    "list_control.with_whom": "The manufacturer (for its 該非判定書 / parameter sheet); METI "
    "Security Export Control Policy Division for licences",
    "list_control.why.listed": "you said the item is listed",
    "list_control.why.dual_use": "the product's category often contains listed items "
    "(machinery, electronics, chemicals)",
    "list_control.why.unconfirmed": "you have not yet confirmed the item is outside Appended "
    "Table 1",
    "catch_all.what": "Check the end user and end use (METI End User List, the buyer's business, "
    "the use stated in the contract); if there is WMD or military concern, apply "
    "for a licence before export.",
    "catch_all.with_whom": "METI Security Export Control Policy Division (事前相談)",
    "catch_all.why.informed": "METI informed you (inform requirement)",
    "catch_all.why.military": "you know of a military or WMD use",
    "catch_all.why.embargo": "{dest} is an arms-embargo destination (Appended Table 3-2)",
    "catch_all.why.not_group_a": "{dest} is not a Group A destination and the end user/use is "
    "not confirmed clear",
    "disclaimer": "This questionnaire says what to check; it is not a legal classification. "
    "The exporter is responsible for classification (該非判定) and licensing.",
}
JA = {
    "sanctions.what": "この仕向地への輸出は、外為法に基づく制裁措置により、経済産業省が指定する"
    "貨物について禁止されています（外為法第48条第3項の輸出承認が与えられません）。リスト規制・"
    "キャッチオール規制とは別の措置です。ロシア・ベラルーシ向けの措置は2022年3月18日に始まり、"
    "その後も繰り返し拡大されています（工作機械、汎用品、奢侈品など）。引合いに応じる前に、"
    "経済産業省の最新の告示・お知らせで品目を確認してください。第三国経由の出荷も同様です。",
    "sanctions.with_whom": "経済産業省 貿易審査課",
    "sanctions.why": "{dest}は日本の輸出制裁の対象です（ロシア、ベラルーシ、北朝鮮、イラン）",
    "list_control.what": "貨物が輸出貿易管理令別表第1に該当するかを判定し（該非判定）、判定の"
    "記録を保管してください。該当する貨物は、どの仕向地向けでも経済産業大臣の許可が必要です。",
    "list_control.with_whom": "メーカー（該非判定書・パラメータシートの入手）。許可については"
    "経済産業省 安全保障貿易管理政策課",
    "list_control.why.listed": "該当する貨物だと回答されたため",
    "list_control.why.dual_use": "この製品の種類（機械、電子機器、化学品など）には規制対象の"
    "品目が多く含まれるため",
    "list_control.why.unconfirmed": "別表第1に該当しないことがまだ確認されていないため",
    "catch_all.what": "需要者と用途を確認してください（経済産業省の外国ユーザーリスト、買い手の"
    "事業内容、契約に記載された用途）。大量破壊兵器等や軍事用途の懸念がある場合は、輸出前に"
    "許可を申請してください。",
    "catch_all.with_whom": "経済産業省 安全保障貿易管理政策課（事前相談）",
    "catch_all.why.informed": "経済産業省から通知を受けたため（インフォーム要件）",
    "catch_all.why.military": "軍事用途または大量破壊兵器等への使用を知っているため",
    "catch_all.why.embargo": "{dest}は国連武器禁輸国（輸出貿易管理令別表第3の2）であるため",
    "catch_all.why.not_group_a": "{dest}はグループA（別表第3）の国ではなく、需要者・用途に"
    "懸念がないことがまだ確認されていないため",
    "disclaimer": "この質問票は確認すべきことを示すもので、法的な該非判定ではありません。"
    "該非判定と許可の取得は輸出者の責任です。",
}


def text(key: str, language: Language = "en", dest: str = "") -> str:
    """One text in the language; {dest} becomes the destination (named in Japanese)."""
    if language == "ja":
        where = f"{country_name_ja(dest)}（{dest}）" if dest else ""
        return JA[key].format(dest=where)
    return EN[key].format(dest=dest)
