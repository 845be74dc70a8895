"""The devserver row: `make devserver` on a built site, one new seed written into
its seeds folder, and the time until the story's page and the list pages that
show it are on disk (their files' modification times), then until the whole
site is built again."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import corpus

# The devserver's own lines (plugins/incremental/devserver.py).
BUILT = "devserver: site built"
LIVE = "devserver: live in"
# Longest wait for one of them: a 20,000-story build in place on a loaded machine.
PATIENCE_S = 1800


@dataclass(frozen=True)
class DevserverRun:
    live_s: float  # seed written -> the last of the live files written
    line: str  # what the devserver said it did
    files: tuple[str, ...]  # the live files, story page first
    rebuilt_s: float  # seed written -> the whole site built again
    linked: bool  # the newest page of the latest stories links the story


def new_seed_live(repo: Path, site: Path, seed: int, port: int) -> DevserverRun:
    """Run `make devserver` on `site`, add seed number `seed`, measure, stop it."""
    cmd = ["make", "-s", "-C", str(repo), "devserver", f"SEEDDIR={site / 'seeds'}",
           f"INPUTDIR={site / 'content'}", f"OUTPUTDIR={site / 'output'}", f"PORT={port}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stderr], daemon=True).start()
    try:
        _wait_for(lines, BUILT, proc)
        path = site / "seeds" / corpus.seed_name(seed)
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.time()
        path.write_text(corpus.seed_text(seed), encoding="utf-8")
        live = _wait_for(lines, LIVE, proc)
        files = tuple(live.rsplit(": ", 1)[1].split())
        output = site / "output"
        # Read now, before the whole site is built again.
        written = max(os.stat(output / f).st_mtime for f in files)
        story_url = files[0].removesuffix("index.html")
        linked = story_url in (output / "index.html").read_text(encoding="utf-8")
        _wait_for(lines, BUILT, proc)
        rebuilt = time.time() - started
        return DevserverRun(written - started, live, files, rebuilt, linked)
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _wait_for(lines: queue.Queue, start: str, proc: subprocess.Popen) -> str:
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            if proc.poll() is not None:
                raise SystemExit(f"make devserver ended ({proc.returncode})") from None
            continue
        if line.startswith(start):
            return line.strip()
    raise SystemExit(f"make devserver: no {start!r} line in {PATIENCE_S} s")
