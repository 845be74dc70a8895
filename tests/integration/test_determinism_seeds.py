"""Issue 5, deterministic: the same seeds build the same site, byte for byte.

Stories that share a date are where order can wander: Pelican reads content files
from a set, whose order changes with each process's hash seed (it then sorts by
slug before sorting by date, which keeps ties stable), so the builds here run
under different PYTHONHASHSEED values (helpers.run_pelican pins it to 0).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from helpers import REPO

TOPICS = ["harbour bridge", "city budget", "school year", "river flood", "night trains",
          "market hall", "tram line", "library roof"]


def seed(topic: str) -> str:
    # All dated the same day: only a tie-break keeps their order from build to build.
    return (
        f"Council votes on the {topic} after a long debate\n\n"
        "17 May 2024\n\n"
        f"The city council voted on Thursday evening to go ahead with the {topic}, "
        "after a debate that lasted more than four hours and ended close to midnight.\n\n"
        f"Supporters of the {topic} said the plan would serve the city for decades, "
        "while opponents warned that the costs had not been checked by anyone outside.\n"
    )


def build(content: Path, output: Path, seeds: Path, hash_seed: str) -> None:
    cmd = [str(Path(sys.executable).with_name("pelican")), str(content), "-o", str(output),
           "-s", str(REPO / "pelicanconf.py"), "--fatal", "errors",
           "-e", f'SEED_DIR="{seeds}"']
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def differing(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def make_seeds(folder: Path) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for i, topic in enumerate(TOPICS):
        (seeds / f"{i:02d}.txt").write_text(seed(topic), encoding="utf-8")
    return seeds


def test_two_builds_from_the_same_seeds_are_identical(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for root, hash_seed in ((first, "1"), (second, "2")):
        seeds = make_seeds(root)
        (root / "content").mkdir()
        build(root / "content", root / "output", seeds, hash_seed)
    assert differing(tree(first / "content"), tree(second / "content")) == []
    assert differing(tree(first / "output"), tree(second / "output")) == []


def test_two_builds_from_the_same_content_are_identical(tmp_path):
    seeds = make_seeds(tmp_path)
    content = tmp_path / "content"
    content.mkdir()
    build(content, tmp_path / "output1", seeds, "3")
    articles = tree(content)
    mtimes = {p: p.stat().st_mtime_ns for p in content.rglob("*")}
    build(content, tmp_path / "output2", seeds, "4")
    # Converting unchanged seeds again changed no file, not even its mtime.
    assert tree(content) == articles
    assert {p: p.stat().st_mtime_ns for p in content.rglob("*")} == mtimes
    assert differing(tree(tmp_path / "output1"), tree(tmp_path / "output2")) == []
