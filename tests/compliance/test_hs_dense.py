"""HS ranker inputs beyond words: the ja→en product-term map, the shipped HS vectors, the
words-only model when there is no embedder or it fails, and the kind of goods the top
suggested codes agree on (product profile)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.ranker import RankedHsSuggester, packaged_model
from export_assist.compliance.hs.table import HsEntry, HsTable
from export_assist.compliance.hs.vectors import embed_texts, write_vectors
from export_assist.compliance.profile import ProfileBuilder
from export_assist.container import Container
from export_assist.domain.hs import HsSuggestion
from export_assist.errors import ServiceUnavailable

from .conftest import make_settings


class RecordingEmbedder:
    """A deterministic embedder that records what it was asked (a fake, not a mock)."""

    model_id = "fake/hash-8"

    def __init__(self, fail: bool = False) -> None:
        self.passages: list[str] = []
        self.queries: list[str] = []
        self.fail = fail

    def _vec(self, text: str) -> np.ndarray:
        v = np.frombuffer(text.encode("utf-8").ljust(8, b"\0")[:8], dtype=np.uint8)
        v = v.astype(np.float32) + 1.0
        return np.asarray(v / np.linalg.norm(v), dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += list(texts)
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, 8))

    def embed_query(self, text: str) -> np.ndarray:
        if self.fail:
            raise ServiceUnavailable("embedding endpoint down")
        self.queries.append(text)
        return self._vec(text)


def _table() -> HsTable:
    rows = [
        ("69", "Ceramic products"),
        ("6911", "Tableware, kitchenware of porcelain or china"),
        ("691110", "Ceramic tableware; of porcelain or china, tableware and kitchenware"),
        ("12", "Oil seeds; miscellaneous grains, seeds, fruit, plants"),
        ("1212", "Seaweeds and other algae"),
        ("121221", "Seaweeds and other algae; fit for human consumption"),
        ("87", "Vehicles"),
        ("8702", "Motor vehicles for the transport of ten or more persons"),
        ("870210", "Vehicles; public transport type, for ten or more persons"),
    ]
    return HsTable([HsEntry(code, text) for code, text in rows])


def test_japanese_product_words_get_their_nomenclature_words() -> None:
    assert english_terms("有田焼の飯碗") == "porcelain china rice bowls tableware"
    assert english_terms("焼きのり（全形10枚）") == "seaweed laver edible"
    assert english_terms("Cotton towel") == ""  # English stays as it is
    # longest first: 日本酒 is sake, not 日本 + 酒
    assert english_terms("純米吟醸 日本酒").startswith("sake")
    # families: vacuum ware, ornamental ceramics, small kitchen appliances (issue 15)
    assert "vacuum flasks vessels" in english_terms("ステンレス製の真空断熱タンブラー")
    assert "vases ornamental articles" in english_terms("信楽焼の花瓶")
    # a coffee mill is a food grinder; 電動 makes it electric, 手挽き hand-operated (s38: the
    # electro-mechanical words moved from the mill to how it is worked, hs/power.py)
    grinder = english_terms("電動コーヒーミル").split()
    assert {"electric", "coffee", "grinders"} <= set(grinder)
    assert "hand-operated" in english_terms("手挽きのコーヒーミル").split()
    q = from_text("有田焼の飯碗")
    assert q.name == "有田焼の飯碗" and "porcelain" in q.attributes and "porcelain" in q.text


def test_a_japanese_name_reaches_english_subheadings_by_words() -> None:
    ranker = RankedHsSuggester(_table(), None)  # no embedder: the words-only model
    assert ranker.evidence.vectors() is None and not ranker.meta["dense"]
    assert ranker.suggest("有田焼の飯碗", 1)[0].code == "691110"
    assert ranker.suggest("焼きのり（全形10枚）", 1)[0].code == "121221"


def test_shipped_vectors_are_used_and_only_missing_texts_embedded(tmp_path: Path) -> None:
    fake = RecordingEmbedder()
    path = tmp_path / "hs_vectors.npz"
    known = ["Tea, green", "Seaweeds"]
    assert write_vectors(path, fake.model_id, known, fake.embed_passages(known)) == 2
    fake.passages.clear()
    got = embed_texts(fake, ["Seaweeds", "Beer made from malt", "Tea, green"], path)
    assert fake.passages == ["Beer made from malt"]  # the two shipped ones were not embedded
    assert got.shape == (3, 8)
    assert np.allclose(got[0], fake._vec("Seaweeds"), atol=1e-3)  # float16 in the file
    other = RecordingEmbedder()
    other.model_id = "fake/another-model"
    embed_texts(other, known, path)
    assert other.passages == known  # a file of another model is not used


def test_when_the_embedder_fails_the_words_only_model_ranks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text, meta = packaged_model(dense=False)
    as_dense = (text, {**meta, "dense": True})  # the same trees, read as a dense model
    ranker = RankedHsSuggester(_table(), RecordingEmbedder(fail=True), model=as_dense)
    assert ranker.meta["dense"]
    found = ranker.suggest("porcelain rice bowl", 2)
    assert found[0].code == "691110" and found[0].confidence is not None
    assert "ranking by words only" in caplog.text


def test_without_embeddings_the_container_ranks_by_words(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "d")
    settings.compliance.hs_dense = False
    container = Container(settings)
    suggester = container.hs_suggester
    assert isinstance(suggester, RankedHsSuggester) and not suggester.meta["dense"]
    assert suggester.evidence.vectors() is None
    container.close()


class FixedGuesser:
    """Suggests the same codes for any description."""

    def __init__(self, codes: list[str], coverage: float = 0.1) -> None:
        self.codes, self.coverage = codes, coverage

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        return [
            HsSuggestion(
                code=c, description=f"code {c}", score=0.1, reason="t", coverage=self.coverage
            )
            for c in self.codes[:k]
        ]


def test_the_kind_of_goods_most_suggested_codes_agree_on() -> None:
    # no keyword, no embedder: the suggested codes decide; three of five agree on food
    agreed = FixedGuesser(["160529", "071040", "071090", "722219", "850811"])
    profile = ProfileBuilder(hs_guesser=agreed).build("zzq daifuku", None)
    assert profile.categories == ["food"]
    # codes that each share a word but none most of them are a guess: listed, and asked
    assert profile.uncertain == ["category"] and profile.question is not None
    assert "「食品」と推定" in profile.question.ja
    hs = [i for i in profile.inferred if i.source == "hs_suggestion"]
    assert hs and hs[0].reason.startswith("HS 160529")
    # codes that share no word with the description are no evidence
    wordless = FixedGuesser(agreed.codes, coverage=0.0)
    assert ProfileBuilder(hs_guesser=wordless).build("zzq daifuku", None).categories == []
    # two of five is no agreement: the profile asks instead of guessing
    split = FixedGuesser(["160529", "071040", "722219", "722220", "850811"])
    unsure = ProfileBuilder(hs_guesser=split).build("zzq thing", None)
    assert unsure.categories == [] and unsure.question is not None
    # kinds of goods by heading: glue is a chemical, a vacuum flask a food-contact article
    glue = ProfileBuilder(hs_guesser=FixedGuesser(["350610"], coverage=0.9))
    assert glue.build("zzq instant glue", None).categories == ["chemicals"]
    flask = ProfileBuilder().build("", "961700")
    assert {"household", "food_contact"} <= set(flask.categories)
