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
}  # fmt: skip


def operator_in(name: str, lang: str) -> str:
    """The operator's name in the reader's language (Japanese unless English is known)."""
    return OPERATOR_EN.get(name, name) if lang == "en" else name
