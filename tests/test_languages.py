"""The one language table and detector: codes, names people type, script-based guesses."""

from __future__ import annotations

import pytest

from export_assist.errors import InvalidInput
from export_assist.languages import (
    BY_CODE,
    LANGUAGES,
    detect_language,
    named_language,
    normalize_lang,
)


def test_detector_tells_scripts_apart() -> None:
    assert detect_language("食品の輸入手続きについて説明します。") == "ja"
    assert detect_language("进口食品需要注册吗") == "zh"
    assert detect_language("수입 식품 등록") == "ko"
    assert detect_language("Food facility registration") == "en"


@pytest.mark.parametrize(
    ("request_text", "code"),
    [
        ("この文章を英語に訳してください", "en"),
        ("Translate into Japanese: commercial invoice", "ja"),
        ("日本語の文章を英語に訳して", "en"),
        ("ドイツ語に翻訳して", "de"),
        ("translate to Chinese", "zh-Hans"),
        ("翻訳して", None),
    ],
)
def test_named_language(request_text: str, code: str | None) -> None:
    assert named_language(request_text) == code


def test_codes_aliases_and_prompt_names() -> None:
    assert normalize_lang("zh_CN") == "zh-Hans" and normalize_lang("JP") == "ja"
    with pytest.raises(InvalidInput, match="unsupported language 'xx'"):
        normalize_lang("xx")
    assert BY_CODE["ja"].for_prompt == "Japanese (日本語)" and BY_CODE["en"].for_prompt == "English"
    assert list(LANGUAGES)[:2] == ["ja", "en"]
