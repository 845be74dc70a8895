"""Issue 11, point 6: one build at a time, output/ always a whole site, cache robust.

These run the real Makefile on a site in temporary folders: two `make html`
started together, a build that finds the output locked (by a build, or by a
`make devserver`), and a build after Pelican's cache file was emptied.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import time
from pathlib import Path

import pytest
from helpers import DATED_STORY, REPO, make_command, make_env, tree

STORY = DATED_STORY
TITLES = ["Harbour bridge opens to traffic after four years of work",
          "City budget passes after a long night of debate",
          "School year starts with new teachers in every district",
          "River flood warning lifted as the water level falls"]
TEMPORARY = (".adopt", ".tmp", ".relink", ".partial")


def new_site(root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    for i, title in enumerate(TITLES):
        (root / "seeds" / f"{i}.txt").write_text(STORY.format(title=title), encoding="utf-8")
    return root


def make(site: Path, target: str = "html") -> subprocess.CompletedProcess[str]:
    return subprocess.run(make_command(target, site), capture_output=True, text=True,
                          env=make_env(), timeout=600)


def start(site: Path, target: str = "html") -> subprocess.Popen[str]:
    return subprocess.Popen(make_command(target, site), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=make_env())


def differing(got: dict[str, str], want: dict[str, str]) -> list[str]:
    return sorted(k for k in got.keys() | want.keys() if got.get(k) != want.get(k))


def temporary_files(folder: Path) -> list[str]:
    return [p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.name.endswith(TEMPORARY)]


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, str]:
    """The site one build alone makes of these seeds."""
    site = new_site(tmp_path_factory.mktemp("alone"))
    result = make(site)
    assert result.returncode == 0, result.stdout + result.stderr
    return tree(site / "output")


def test_two_builds_started_together_both_finish_and_leave_one_whole_site(tmp_path,
                                                                          reference):
    site = new_site(tmp_path)
    first, second = start(site), start(site)
    logs = [p.communicate(timeout=600)[0] for p in (first, second)]
    assert first.returncode == second.returncode == 0, logs
    # One of them found the other building, and said so.
    assert any("output.lock: waiting for make html (pid" in log for log in logs), logs
    assert differing(tree(site / "output"), reference) == []
    assert temporary_files(site / "output") == []
    assert not (tmp_path / "output.partial").exists()
    assert not (tmp_path / "output.previous").exists()
    # And the next build is the same site again, with no leftover from either.
    assert make(site).returncode == 0
    assert tree(site / "output") == reference
    assert temporary_files(tmp_path) == []


def hold_lock(path: Path, note: str) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.ftruncate(fd, 0)
    os.write(fd, note.encode())
    return fd


def test_a_build_waits_for_the_build_holding_the_output_and_says_for_whom(tmp_path,
                                                                         reference):
    site = new_site(tmp_path)
    fd = hold_lock(tmp_path / "output.lock", "make publish (pid 4242, since 10:00:00)\n")
    try:
        waiting = start(site)
        time.sleep(3)
        assert waiting.poll() is None, waiting.communicate()[0]  # still waiting
        assert not (tmp_path / "output.partial").exists()
        assert not (tmp_path / "content").exists()  # nothing converted while it waits
    finally:
        os.close(fd)  # the "other build" ends
    log = waiting.communicate(timeout=600)[0]
    assert waiting.returncode == 0, log
    assert ("output.lock: waiting for make publish (pid 4242, since 10:00:00) to finish"
            in log)
    assert tree(site / "output") == reference


def test_a_build_stops_at_once_when_a_devserver_serves_the_output(tmp_path):
    site = new_site(tmp_path)
    assert make(site).returncode == 0
    before = tree(site / "output")
    fd = hold_lock(tmp_path / "output.lock",
                   "make devserver (pid 4242, since 10:00:00)\nserving: yes\n")
    try:
        result = make(site)
    finally:
        os.close(fd)
    assert result.returncode != 0
    assert ("output.lock: make devserver (pid 4242, since 10:00:00) is serving this folder; "
            "stop it first" in result.stdout + result.stderr)
    assert tree(site / "output") == before


def test_an_emptied_cache_file_is_discarded_with_a_warning(tmp_path, reference):
    site = new_site(tmp_path)
    assert make(site).returncode == 0
    cache = tmp_path / ".pelican-cache" / "output" / "ArticlesGenerator-Readers"
    assert cache.stat().st_size > 0
    cache.write_bytes(b"")
    # A seed saved again with the same text: the build runs (one with nothing
    # changed at all stops before it reads the cache).
    seed = site / "seeds" / "0.txt"
    seed.write_bytes(seed.read_bytes())
    result = make(site)
    assert result.returncode == 0, result.stdout + result.stderr
    log = " ".join((result.stdout + result.stderr).split())
    assert "ArticlesGenerator-Readers was empty; discarded" in log
    assert tree(site / "output") == reference
    assert cache.stat().st_size > 0  # filled again
    # A strict build (warnings fatal) after a cut-short cache fails once, and
    # the file is gone: the next strict build passes without anyone deleting it.
    cache.write_bytes(cache.read_bytes()[:100])
    strict = subprocess.run(make_command("html", site, "STRICT=1"), capture_output=True,
                            text=True, env=make_env(), timeout=600)
    assert strict.returncode != 0
    assert tree(site / "output") == reference
    again = subprocess.run(make_command("html", site, "STRICT=1"), capture_output=True,
                           text=True, env=make_env(), timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr


def test_the_repo_ignores_the_lock_file():
    ignored = subprocess.run(["git", "-C", str(REPO), "check-ignore", "output.lock"],
                             capture_output=True, text=True)
    assert ignored.returncode == 0
