"""The code passes the project's lint rules (pyproject.toml), as CI checks them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import REPO


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).with_name("ruff")
    got = subprocess.run([str(ruff), "check", "--no-cache", "."], cwd=REPO,
                         capture_output=True, text=True)
    assert got.returncode == 0, got.stdout + got.stderr
