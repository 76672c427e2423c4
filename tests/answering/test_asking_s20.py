"""Session 20 (issue 9 item 4): one reader of the sentence that asks, for the business
judgements and for the fact a question asks (no_fact). An English scene before the question
("… the EPA rate for our knives. How is origin proven?") was one sentence to the old
confidence splitter, so the rate in the scene made the question ask an amount."""

from __future__ import annotations

import pytest

from export_assist.answering import confidence, judged
from export_assist.answering.asking import asking_sentence
from export_assist.answering.select import FACTS
from export_assist.answering.understand import question_type


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Our importer in Lyon will claim the EU-Japan EPA rate for our kitchen knives. "
            "How is the origin of the knives proven?",
            "How is the origin of the knives proven?",
        ),
        (
            "Our buyer, Harbour Deli Co. Ltd., pays 5% on arrival. Which documents go with the tea?",
            "Which documents go with the tea?",
        ),
        (
            "見本市に試作機を持って行きます。関税は20%と聞きました。カルネはどう申請する？",
            "カルネはどう申請する?",  # NFKC
        ),
    ],
)
def test_the_scene_is_not_the_question(text: str, asked: str) -> None:
    assert asking_sentence(text) == asked
    # the fact asked is the asking sentence's: no amount, so no_fact's gate stays shut
    assert FACTS.get(question_type(asking_sentence(text))) is None


def test_one_reader_and_one_rate_table() -> None:
    # the old copies are gone: no_fact and the judgements read the same sentence and rates
    assert not hasattr(confidence, "asking")
    assert judged.judgement("Which forwarder is cheapest for sake to Lyon?") == "costs"
    assert (
        judged.judgement("どっちの酒税が安い？") is None
    )  # a rate compared (酒税 joined the table)
    assert judged.judged("どっちが売れる？", ruled=True) is None
