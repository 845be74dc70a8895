"""Issue 5, all or nothing: a failed or interrupted `make html` leaves output/ as it was.

These run the real Makefile recipe on a site in temporary folders. A build is made
to fail with a broken template in a copy of the theme, and to be interrupted by a
plugin that stalls after Pelican has written the new site into OUTPUT.partial.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from helpers import REPO, ctrl_c_reaches_children

STORY = (
    "Harbour bridge opens to traffic after four years of work\n\n"
    "The new harbour bridge opened to traffic on Saturday morning, four years after "
    "the city council approved its construction in a close vote.\n\n"
    "Thousands of people walked across the bridge before the first cars were allowed "
    "on it, and the mayor thanked the engineers who had worked through two winters.\n"
)
SLEEPER = '''
import time
from pelican import signals

def stall(pelican):
    time.sleep(120)

def register():
    signals.finalized.connect(stall)
'''


def make_env() -> dict[str, str]:
    # Run as `make test STRICT=1`, make passes its variables down in MAKEFLAGS:
    # each build here says what it wants instead.
    return {k: v for k, v in os.environ.items()
            if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")}


def make_html(site: Path, conf: Path | None = None, strict: str = "0") -> list[str]:
    cmd = ["make", "--no-print-directory", "-C", str(REPO), "html", f"STRICT={strict}",
           f"SEEDDIR={site / 'seeds'}", f"INPUTDIR={site / 'content'}",
           f"OUTPUTDIR={site / 'output'}"]
    if conf is not None:
        cmd.append(f"CONFFILE={conf}")
    return cmd


def run_make(site: Path, conf: Path | None = None, strict: str = "0"):
    return subprocess.run(make_html(site, conf, strict), capture_output=True, text=True,
                          env=make_env(), timeout=300)


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder and the digest of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def settings_with(site: Path, body: str) -> Path:
    conf = site / "conf.py"
    conf.write_text(f"import sys\nsys.path.insert(0, {str(REPO)!r})\n"
                    f"from pelicanconf import *  # noqa\n{body}\n", encoding="utf-8")
    return conf


@pytest.fixture
def site(tmp_path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bridge.txt").write_text(STORY, encoding="utf-8")
    result = run_make(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "output" / "index.html").exists()
    return tmp_path


def test_a_failed_build_leaves_the_previous_site_as_it_was(site):
    before = tree(site / "output")
    theme = site / "theme"
    shutil.copytree(REPO / "theme", theme)
    article = theme / "templates" / "article.html"
    broken = article.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}{{ no_such_function() }}")
    assert "no_such_function" in broken
    article.write_text(broken, encoding="utf-8")
    (site / "seeds" / "second.txt").write_text(
        STORY.replace("Harbour bridge opens", "Second bridge opens"), encoding="utf-8")
    result = run_make(site, settings_with(site, f"THEME = {str(theme)!r}"))
    assert result.returncode != 0
    assert tree(site / "output") == before


def test_a_build_interrupted_after_writing_leaves_the_previous_site(site):
    before = tree(site / "output")
    plugins = site / "plugins" / "sleeper"
    plugins.mkdir(parents=True)
    (plugins / "__init__.py").write_text(SLEEPER, encoding="utf-8")
    conf = settings_with(site, f"PLUGIN_PATHS = [*PLUGIN_PATHS, {str(plugins.parent)!r}]\n"
                               "PLUGINS = [*PLUGINS, 'sleeper']")
    (site / "seeds" / "second.txt").write_text(
        STORY.replace("Harbour bridge opens", "Second bridge opens"), encoding="utf-8")
    with ctrl_c_reaches_children():
        proc = subprocess.Popen(make_html(site, conf), env=make_env(), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        partial = site / "output.partial" / "index.html"
        deadline = time.monotonic() + 120
        while not partial.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert partial.exists(), "the build never wrote its site into output.partial"
        time.sleep(1)
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C, to make and pelican alike
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode != 0
    assert tree(site / "output") == before


def test_a_swap_cut_short_is_put_back_by_the_next_build(site):
    before = tree(site / "output")
    # As if a build stopped between its two renames: the site is in output.previous.
    (site / "output").rename(site / "output.previous")
    result = run_make(site, settings_with(site, "raise SystemExit('settings broken')"))
    assert result.returncode != 0
    assert tree(site / "output") == before


def test_strict_make_html_fails_on_a_skipped_seed_and_keeps_the_site(site):
    assert run_make(site, strict="1").returncode == 0  # a clean site passes STRICT=1
    before = tree(site / "output")
    (site / "seeds" / "empty.txt").write_bytes(b"")
    result = run_make(site, strict="1")
    assert result.returncode != 0
    assert "empty.txt skipped: empty file" in " ".join((result.stdout + result.stderr).split())
    assert tree(site / "output") == before
    # Without STRICT the same seeds build, and the report page names the skipped seed.
    assert run_make(site).returncode == 0
    assert "empty.txt" in (site / "output" / "report" / "index.html").read_text(encoding="utf-8")
