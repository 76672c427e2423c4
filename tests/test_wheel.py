"""The wheel, built from the repository and installed in a fresh virtual environment,
runs from another directory: it finds its prompts and migrations, ingests, serves and
answers. Third-party packages come from the test's own environment (the wheel is
installed without dependencies), so the test needs no network."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO_ROOT, TEST_DATA

pytestmark = pytest.mark.slow


def _build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(REPO_ROOT)],
        check=True,
    )  # fmt: skip
    return next(out.glob("export_assist-*.whl"))


def _venv_with(wheel: Path, root: Path) -> Path:
    """A bare venv; the wheel in its site-packages; our dependencies on a .pth line (a
    plain path, so the editable install's own .pth files are not run)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", purelib, wheel],
        check=True,
    )
    (Path(purelib) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_installed_wheel_serves_ingests_and_answers(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    assert "export_assist/prompts/system.md" in names
    assert "export_assist/migrations/versions/0004_assistant_tables.py" in names
    python = _venv_with(wheel, tmp_path / "venv")
    work = tmp_path / "elsewhere"
    shutil.copytree(TEST_DATA / "corpus", work / "corpus")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(EXPORT_ASSIST_DATA_DIR=str(work / "data"), EXPORT_ASSIST_AUTH__DEMO_KEYS="off")

    def cli(*args: str) -> str:
        done = subprocess.run(
            [python, "-m", "export_assist.cli.main", *args],
            cwd=work, env=env, check=True, capture_output=True, text=True,
        )  # fmt: skip
        return done.stdout

    where = subprocess.run(
        [python, "-c", "import export_assist, export_assist.prompt_library as p; "
         "print(export_assist.__file__); print(p.prompt_root()); "
         "print(p.render_prompt('system.md', language_name='English')[:21])"],
        cwd=work, env=env, check=True, capture_output=True, text=True,
    ).stdout.split("\n")  # fmt: skip
    assert where[0].startswith(str(tmp_path / "venv")) and where[1].startswith(
        str(tmp_path / "venv")
    )
    assert where[2] == "You are export-assist"
    cli("ingest", "corpus", "--no-progress")
    key = cli("keys", "create", "--role", "exporter", "--tenant", "acme", "--subject", "wheel")
    token = next(w for w in key.split() if w.startswith("ea_"))
    port = _free_port()
    server = subprocess.Popen(
        [python, "-m", "export_assist.cli.main", "serve", "--port", str(port)], cwd=work, env=env
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, "serve failed"
                time.sleep(0.3)
        answer = httpx.post(
            f"{base}/v1/chat?stream=false",
            json={"message": "Do I need to register my food facility with FDA?"},
            headers={"X-API-Key": token},
            timeout=120,
        )
        assert answer.status_code == 200, answer.text
        final = json.loads(answer.text)
        assert final["citations"][0]["doc_id"] == "test-us-fda-registration"
    finally:
        server.terminate()
        server.wait(timeout=30)
