"""`make devserver` (plugins/incremental/devserver.py): a new seed is put live from
the last build kept in memory, its page and the list pages that show it first,
and those pages are the very pages a clean build of the same seeds writes."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from helpers import REPO, ctrl_c_reaches_children, stop_group
from test_incremental import N_SEEDS, clean_build, write_seed

PATIENCE_S = 240


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Devserver:
    """The command `make devserver` runs, on a temporary site."""

    def __init__(self, root: Path) -> None:
        extra = {"SEED_DIR": str(root / "seeds"), "NEWS_PAGEFIND": False}
        cmd = [sys.executable, "-m", "incremental.devserver", str(root / "content"),
               "-o", str(root / "output"), "-s", str(REPO / "pelicanconf.py"), "-l",
               "-p", str(free_port()), "-e", *[f"{k}={json.dumps(v)}" for k, v in extra.items()]]
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(REPO / "plugins"))
        with ctrl_c_reaches_children():
            self.proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, text=True,
                                         start_new_session=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(x) for x in self.proc.stderr],
                         daemon=True).start()

    def wait_for(self, start: str) -> str:
        deadline = time.monotonic() + PATIENCE_S
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                assert self.proc.poll() is None, "the devserver stopped"
                continue
            assert "build failed" not in line, line
            if line.startswith(start):
                return line.strip()
        raise AssertionError(f"no {start!r} line")

    def stop(self) -> int:
        return stop_group(self.proc, timeout=60)


def test_a_new_seed_goes_live_with_the_pages_a_clean_build_writes(tmp_path):
    root = tmp_path / "site"
    for i in range(N_SEEDS):
        write_seed(root, i)
    (root / "content").mkdir()
    server = Devserver(root)
    try:
        server.wait_for("devserver: site built")
        write_seed(root, N_SEEDS)  # the newest story
        live = server.wait_for("devserver: live in")
        files = live.rsplit(": ", 1)[1].split()
        seen = {name: (root / "output" / name).read_bytes() for name in files}
        server.wait_for("devserver: site built")
    finally:
        assert server.stop() == 0
    story = files[0]
    assert story.endswith("/index.html") and story.count("/") > 1
    # The latest stories' newest page, the story's section's and author's.
    assert "index.html" in files
    assert any(f.startswith("section/") for f in files)
    assert any(f.startswith("author/") for f in files)
    want = clean_build(tmp_path, root / "seeds", NEWS_PAGEFIND=False)
    for name, data in seen.items():
        assert data == (want / name).read_bytes(), name
    assert story.removesuffix("index.html").encode() in seen["index.html"]



def test_the_devserver_first_finishes_a_commit_make_html_left_cut_short(tmp_path):
    """A `make html` stopped while it put its build in place left its journal
    (plugins/incremental/staging.py): the devserver, which builds in place from the
    site as it is, finishes that commit before anything else."""
    root = tmp_path / "site"
    for i in range(3):
        write_seed(root, i)
    (root / "content").mkdir()
    stage = root / "output.partial"
    (stage / "feeds").mkdir(parents=True)
    (stage / "feeds" / "late.xml").write_text("<rss/>", encoding="utf-8")
    (root / "output").mkdir()
    plan = {"format": 1, "site": str(root / "output"), "staged": str(stage),
            "moves": ["feeds/late.xml"], "deletes": [], "output": "", "stamp": None,
            "inputs": None, "holds_until": None}
    journal = root / "output.partial.commit"
    journal.write_text(json.dumps(plan), encoding="utf-8")
    server = Devserver(root)
    try:
        server.wait_for("devserver: site built")
    finally:
        assert server.stop() == 0
    assert not journal.exists() and not stage.exists()
    assert (root / "output" / "feeds" / "late.xml").read_text(encoding="utf-8") == "<rss/>"
