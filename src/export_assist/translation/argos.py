"""argostranslate adapter: the only module that imports argostranslate.

Packages are `.argosmodel` files installed with argos' own ``install_from_path`` into
our data dir. Argos' default sentence splitter (MiniSBD) downloads a model on first
use, so every translation object gets our offline RuleSentencizer instead.
"""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from export_assist.errors import InvalidInput, ServiceUnavailable
from export_assist.translation.base import Hints
from export_assist.translation.segment import RuleSentencizer

# Our codes -> argos codes (argos uses "zh" for Simplified Chinese).
_TO_ARGOS = {"zh-Hans": "zh"}
_FROM_ARGOS = {v: k for k, v in _TO_ARGOS.items()}
_LOCK = threading.RLock()  # argos keeps its package dir in module globals


@dataclass(frozen=True)
class ArgosPackage:
    """An installed package: language pair, version and where it lives."""

    source: str
    target: str
    version: str
    path: Path


class ArgosTranslator:
    """Translate with installed argos packages (CTranslate2 + sentencepiece, no torch)."""

    name = "argos"

    def __init__(self, packages_dir: Path, *, beam_size: int = 2) -> None:
        self.packages_dir = packages_dir
        self.beam_size = beam_size
        self._translations: dict[tuple[str, str], Any] = {}

    def _use_dir(self) -> Any:
        from argostranslate import settings as argos_settings

        self.packages_dir.mkdir(parents=True, exist_ok=True)
        argos_settings.package_data_dir = self.packages_dir
        argos_settings.package_dirs = [self.packages_dir]
        argos_settings.beam_size = self.beam_size
        return argos_settings

    def install(self, archive: Path) -> ArgosPackage:
        """Install a local `.argosmodel` file (offline) and return what it provides."""
        if not archive.is_file() or not zipfile.is_zipfile(archive):
            raise InvalidInput(f"{archive} is not an .argosmodel file (a zip archive)")
        with zipfile.ZipFile(archive) as zf:
            if not any(n.endswith("metadata.json") for n in zf.namelist()):
                raise InvalidInput(f"{archive} has no metadata.json: not an argos package")
        from argostranslate import package

        with _LOCK:
            before = {p.path for p in self.packages()}
            self._use_dir()
            package.install_from_path(archive)
            self._translations.clear()
            after = self.packages()
        new = [p for p in after if p.path not in before] or after
        return new[-1]

    def packages(self) -> list[ArgosPackage]:
        """Installed packages in our packages dir."""
        from argostranslate import package

        with _LOCK:
            self._use_dir()
            found = package.get_installed_packages(path=[self.packages_dir])
        return [
            ArgosPackage(
                _FROM_ARGOS.get(p.from_code, p.from_code),
                _FROM_ARGOS.get(p.to_code, p.to_code),
                str(p.package_version),
                Path(p.package_path),
            )
            for p in found
            if p.type == "translate"
        ]

    def supports(self, source: str, target: str) -> bool:
        """True when a package for exactly this pair is installed."""
        return any(p.source == source and p.target == target for p in self.packages())

    def _translation(self, source: str, target: str) -> Any:
        key = (source, target)
        if key in self._translations:
            return self._translations[key]
        from argostranslate import package, translate

        with _LOCK:
            self._use_dir()
            src, tgt = _TO_ARGOS.get(source, source), _TO_ARGOS.get(target, target)
            for pkg in package.get_installed_packages(path=[self.packages_dir]):
                if pkg.type == "translate" and (pkg.from_code, pkg.to_code) == (src, tgt):
                    langs = {lang.code: lang for lang in pkg_languages(pkg)}
                    built = translate.PackageTranslation(langs[src], langs[tgt], pkg)
                    built.sentencizer = RuleSentencizer(source)  # never MiniSBD (downloads)
                    self._translations[key] = built
                    return built
        raise ServiceUnavailable(f"no argos package installed for {source}→{target}")

    def translate(
        self, segments: Sequence[str], source: str, target: str, hints: Sequence[Hints]
    ) -> list[str]:
        """Translate each segment with argos' packaged-translation path (hints unused)."""
        translation = self._translation(source, target)
        try:
            return [translation.hypotheses(s, num_hypotheses=1)[0].value for s in segments]
        except (RuntimeError, ValueError, OSError) as exc:
            raise ServiceUnavailable(f"argos translation {source}→{target} failed: {exc}") from exc


def pkg_languages(pkg: Any) -> list[Any]:
    """argos Language objects for a package's two codes."""
    from argostranslate.translate import Language

    return [Language(pkg.from_code, pkg.from_name), Language(pkg.to_code, pkg.to_name)]
