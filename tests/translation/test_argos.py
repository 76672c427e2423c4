"""The real argos path with a generated package: install_from_path, load, translate, offline."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from export_assist.errors import InvalidInput
from export_assist.translation.argos import ArgosTranslator
from export_assist.translation.base import Hints
from export_assist.translation.segment import RuleSentencizer
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase


def test_install_list_and_translate(
    tmp_path: Path, argos_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import minisbd

    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("MiniSBD would download a model")

    monkeypatch.setattr(minisbd, "SBDetect", no_download)
    monkeypatch.setattr("argostranslate.sbd.SBDetect", no_download)
    translator = ArgosTranslator(tmp_path / "packages")
    assert translator.packages() == [] and not translator.supports("ja", "en")
    pkg = translator.install(argos_package)
    assert (pkg.source, pkg.target) == ("ja", "en")
    assert (tmp_path / "packages" / "translate-ja_en-tiny" / "model" / "model.bin").is_file()
    assert translator.supports("ja", "en") and not translator.supports("en", "ja")
    out = translator.translate(
        ["商業送り状です。", "数量は100個です。"], "ja", "en", [Hints(), Hints()]
    )
    assert len(out) == 2 and all(isinstance(o, str) and o for o in out)
    assert out[0] != "商業送り状です。", "random weights still go through the real decoder"
    assert isinstance(translator._translation("ja", "en").sentencizer, RuleSentencizer)


def test_garbled_output_is_reported_not_hidden(
    tmp_path: Path, argos_package: Path, termbase: TermBase
) -> None:
    translator = ArgosTranslator(tmp_path / "packages")
    translator.install(argos_package)
    service = TranslationService(termbase, [translator])
    result = service.translate("経済産業省の該非判定を確認する。数量は12345個。", "ja", "en")
    assert result.backends == ["argos"]
    kinds = {(v.kind, v.expected) for v in result.violations}
    assert ("protected_span", "12345") in kinds
    assert ("term", "export control classification") in kinds
    assert not result.ok


def test_bad_package_file_is_refused(tmp_path: Path) -> None:
    translator = ArgosTranslator(tmp_path / "packages")
    not_zip = tmp_path / "x.argosmodel"
    not_zip.write_text("nope")
    with pytest.raises(InvalidInput, match=r"not an \.argosmodel"):
        translator.install(not_zip)
    empty = tmp_path / "empty.argosmodel"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "x")
    with pytest.raises(InvalidInput, match=r"metadata\.json"):
        translator.install(empty)
