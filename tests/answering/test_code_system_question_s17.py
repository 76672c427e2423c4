"""Session 17 (issue 9 item 5): a question about the code system itself (how many digits,
the national number a declaration takes) is a rule question for customs text, not a
product for the HS tool; asking a product's code with its digits is still an HS request."""

from __future__ import annotations

from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB KR JP".split())


def test_the_code_systems_digits_are_a_rule_question() -> None:
    for text in (
        "輸出申告書にはHSコードを何桁まで書けばいいですか？",
        "税関に出す書類、HSコードは6桁で足りる？それとも日本の番号がいる？",
        "How many digits of the HS code go on a Japanese export declaration?",
        "Is the 6-digit code enough for the export entry, or do we need a longer HS number?",
    ):
        assert understand(text, COVERED).intent != "hs", text


def test_a_products_code_is_still_an_hs_request() -> None:
    for text in ("緑茶のHSコードを教えて", "Which HS code fits a ceramic tea cup?"):
        assert understand(text, COVERED).intent == "hs", text
