"""The one sentence splitter (export_assist.sentences), one table for every use: chunking,
the answer's quoted sentences and translation segments."""

from __future__ import annotations

import pytest

from export_assist.sentences import split_line, split_sentences

CASES = [
    pytest.param(  # issue 9: "S. distribution must register with FDA. S. agent"
        "Facilities that make food for U.S. distribution must register with FDA. "
        "They must name a U.S. agent, e.g. a consultant.",
        [
            "Facilities that make food for U.S. distribution must register with FDA.",
            "They must name a U.S. agent, e.g. a consultant.",
        ],
        id="U.S. and e.g.",
    ),
    pytest.param(  # trial A19: a chunk cut after "No." lost the number it names
        "Customs clears food with 60% shelf life left (DGFT Notification No. 49/2015-20 of "
        "5 February 2018). See Art. 16 of Reg. (EU) 1169/2011. The U.S. FDA registers it.",
        [
            "Customs clears food with 60% shelf life left (DGFT Notification No. 49/2015-20 of "
            "5 February 2018).",
            "See Art. 16 of Reg. (EU) 1169/2011.",
            "The U.S. FDA registers it.",
        ],
        id="No. Art. Reg.",
    ),
    pytest.param(
        "Sec. 5 and para. 3 apply (cf. Art. 2). See pp. 4-5 of Vol. 2 and Fig. 3. Done.",
        ["Sec. 5 and para. 3 apply (cf. Art. 2).", "See pp. 4-5 of Vol. 2 and Fig. 3.", "Done."],
        id="legal abbreviations pysbd does not know",
    ),
    pytest.param(  # issue 9: 「1. 225〜1. 235条」
        "See 21 CFR 1.225-1.235 and Art. 5 of Regulation No. 1169/2011. Fees are 1,234.50 yen.",
        [
            "See 21 CFR 1.225-1.235 and Art. 5 of Regulation No. 1169/2011.",
            "Fees are 1,234.50 yen.",
        ],
        id="section numbers and decimals",
    ),
    pytest.param(  # issue 9: `https://www. legifrance. gouv. fr/`, `customs. go. jp`
        "Apply at https://www.legifrance.gouv.fr/loda/id/X. Ask customs.go.jp. Done.",
        ["Apply at https://www.legifrance.gouv.fr/loda/id/X.", "Ask customs.go.jp.", "Done."],
        id="URLs and host names",
    ),
    pytest.param(  # a CFIA link was cut at its "?" into two chunks
        "See https://inspection.canada.ca/eng/1392909133296?chap=5 now. 詳細はhttps://a.jp/x?y=1を参照。",
        [
            "See https://inspection.canada.ca/eng/1392909133296?chap=5 now.",
            "詳細はhttps://a.jp/x?y=1を参照。",
        ],
        id="a query string in a URL",
    ),
    pytest.param(
        "Act, s. 3 applies (SFCR ss. 5(2) and 11(2)). Next.",
        ["Act, s. 3 applies (SFCR ss. 5(2) and 11(2)).", "Next."],
        id="s. and ss. (sections of Canadian acts)",
    ),
    pytest.param(
        "Invoice No. 5 totals USD 1,234.50. Smith Co., Ltd. ships it! J. Smith signs? Yes.",
        [
            "Invoice No. 5 totals USD 1,234.50.",
            "Smith Co., Ltd. ships it!",
            "J. Smith signs?",
            "Yes.",
        ],
        id="company forms, initials, ! and ?",
    ),
    pytest.param(
        "輸出者は該非判定を行います。結果は記録します！必要ですか？はい",
        ["輸出者は該非判定を行います。", "結果は記録します！", "必要ですか？", "はい"],
        id="Japanese 。！？",
    ),
    pytest.param(
        "「はい。」と言った。登録は21 CFR 1.225〜1.235条に基づきます。詳細はhttps://www.customs.go.jp/を参照。",
        [
            "「はい。」と言った。",
            "登録は21 CFR 1.225〜1.235条に基づきます。",
            "詳細はhttps://www.customs.go.jp/を参照。",
        ],
        id="Japanese brackets, section numbers, URL",
    ),
    pytest.param(
        "輸入者は登録\n番号を示します。\nThe importer\nregisters.",
        ["輸入者は登録番号を示します。", "The importer registers."],
        id="wrapped lines joined (no space between CJK)",
    ),
    pytest.param(
        "Documents:\n- Invoice\n- Packing list\n\n| a | b |\n| 1 | 2 |",
        ["Documents:", "- Invoice", "- Packing list", "| a | b |", "| 1 | 2 |"],
        id="list items and table rows stand alone",
    ),
    pytest.param(  # s11: 「Cap.」「132W」 were quoted as two sentences (Hong Kong ordinances)
        "Spirits fall under the Dutiable Commodities Ordinance, Cap. 109, Pt. 2. "
        "Labels follow Cap. 132W and Sch. 3 (see Div. 4; cl. 2, subs. 1). Apply early.",
        [
            "Spirits fall under the Dutiable Commodities Ordinance, Cap. 109, Pt. 2.",
            "Labels follow Cap. 132W and Sch. 3 (see Div. 4; cl. 2, subs. 1).",
            "Apply early.",
        ],
        id="Cap. Pt. Sch. Div. cl. subs.",
    ),
    pytest.param(  # s15: after Japanese punctuation too (「、Cap.」 cut a HK duty sentence in two)
        "根拠は物品税条例(Dutiable Commodities Ordinance、Cap. 109)です。申告は輸入者です。",
        ["根拠は物品税条例(Dutiable Commodities Ordinance、Cap. 109)です。", "申告は輸入者です。"],
        id="Cap. after 、",
    ),
    pytest.param(  # "U.S." ends a sentence when a new one starts after it (pysbd's rule)
        "Ship the pallets to the U.S. The importer files the entry. It cites U.K. law, e.g. "
        "the Food Safety Act, i.e. one statute. He said no. Then he left.",
        [
            "Ship the pallets to the U.S.",
            "The importer files the entry.",
            "It cites U.K. law, e.g. the Food Safety Act, i.e. one statute.",
            "He said no.",
            "Then he left.",
        ],
        id="U.S. at a sentence end, U.K. e.g. i.e. inside one",
    ),
    pytest.param("   \n\n ", [], id="blank"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_line_keeps_its_text_and_order() -> None:
    line = "Under Art. 16 the U.S. agent files. 輸出者は登録します。 Then it is done!"
    assert " ".join(split_line(line)).replace(" ", "") == line.replace(" ", "")


def test_a_subdivision_written_onto_its_number_starts_no_sentence() -> None:
    line = (
        "Under paragraph 3(a) of the Act a dealer must label, and paragraph 6(b) adds the dealer."
    )
    assert split_line(line) == (line,)
    assert len(split_line("Section 141A(2)(b) is a defence. The seller checks ages.")) == 2
    # a list written inline still splits at its items
    assert split_line("The Act lists: (a) food; (b) drink.") == (
        "The Act lists:",
        "(a) food;",
        "(b) drink.",
    )
