"""Operators' names in English, for a reader in English mode (the catalogue keeps the
Japanese name each operator uses; these are the names the bodies give themselves in
English). An operator not listed keeps its Japanese name: a prefecture's own body is
best searched for under the name it uses."""

from __future__ import annotations

OPERATOR_EN: dict[str, str] = {
    "日本貿易振興機構（ジェトロ）": "Japan External Trade Organization (JETRO)",
    "日本貿易振興機構（ジェトロ）／経済産業省": "JETRO / Ministry of Economy, Trade and Industry (METI)",
    "独立行政法人中小企業基盤整備機構（中小機構）":
        "Organization for Small & Medium Enterprises and Regional Innovation, JAPAN (SMRJ)",
    "株式会社日本政策金融公庫": "Japan Finance Corporation (JFC)",
    "株式会社日本政策金融公庫（農林水産事業）":
        "Japan Finance Corporation (JFC), Agriculture, Forestry, Fisheries and Food Business Unit",
    "株式会社日本貿易保険（NEXI）": "Nippon Export and Investment Insurance (NEXI)",
    "農林水産省": "Ministry of Agriculture, Forestry and Fisheries (MAFF)",
    "国税庁": "National Tax Agency (NTA)",
    "株式会社国際協力銀行（JBIC）": "Japan Bank for International Cooperation (JBIC)",
    "独立行政法人国際協力機構（JICA）": "Japan International Cooperation Agency (JICA)",
    "中小企業庁（全国中小企業団体中央会が事務局）":
        "Small and Medium Enterprise Agency (secretariat: National Federation of Small Business Associations)",
    "経済産業省 中小企業庁（各経済産業局が公募）":
        "METI, Small and Medium Enterprise Agency (called by each Regional Bureau of Economy, Trade and Industry)",
    "特許庁（都道府県の中小企業支援センター・ジェトロが窓口）":
        "Japan Patent Office (apply through a prefecture's SME support centre or JETRO)",
    "農林水産省（認定品目団体が実施）": "MAFF (run by the certified export promotion organisations)",
    "農林水産省（申請窓口は施設所在地の都道府県）": "MAFF (apply to the prefecture where the facility is)",
    "農林水産省（在外公館・ジェトロ海外事務所と連携）": "MAFF (with Japan's embassies and JETRO's offices abroad)",
    "農林水産省 東海農政局": "MAFF, Tokai Regional Agricultural Administration Office",
    "農林水産省 東北農政局": "MAFF, Tohoku Regional Agricultural Administration Office",
}  # fmt: skip


def operator_in(name: str, lang: str) -> str:
    """The operator's name in the reader's language (Japanese unless English is known)."""
    return OPERATOR_EN.get(name, name) if lang == "en" else name
