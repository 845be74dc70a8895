"""`make html` talks like a tool: a few whole lines, no shell echo, no progress bar
in a pipe, each warning once, and the seeds summary last; `make serve` answers a
missing path with the site's 404 page."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from helpers import REPO, ctrl_c_reaches_children, stop_group
from test_atomic_build import STORY, make_env, make_html


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, env=make_env(), timeout=300,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("talking")
    (root / "seeds").mkdir()
    (root / "seeds" / "bridge.txt").write_text(STORY, encoding="utf-8")
    return root


def lines_of(result) -> list[str]:
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


def test_make_html_says_a_few_whole_lines_and_ends_with_the_seeds_summary(site):
    result = run(make_html(site))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = lines_of(result)
    assert len(lines) <= 5, lines
    assert lines[-1] == ("seeds: 1 converted, 0 unchanged, 0 skipped, 0 kept edit; "
                         "stories: 1 live (1 from seeds, 0 written by hand)")
    assert any(line.startswith("Built 1 story into ") for line in lines)
    text = result.stdout + result.stderr
    assert "\r" not in text and "\x1b" not in text, "a progress bar in a pipe"
    for shell in ("mkdir -p", "rm -rf", "mv ", "if [", "python -m"):
        assert shell not in text, f"shell echo: {shell}"


def test_a_warning_is_printed_once_whole_and_the_summary_still_ends_the_build(site):
    article = next((site / "content" / "articles").glob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA hand edit.\n",
                       encoding="utf-8")
    seed = site / "seeds" / "bridge.txt"
    seed.write_text(STORY + "\nA later paragraph from the newsroom, added to the seed.\n",
                    encoding="utf-8")
    result = run(make_html(site))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = lines_of(result)
    warnings = [line for line in lines if line.startswith("WARNING:")]
    assert len(warnings) == 1, lines
    assert f"{article.name}.new for review" in warnings[0]  # the whole name, one line
    assert lines[-1].startswith("seeds: ") and "1 kept edit" in lines[-1]
    # The report says which edit was kept and how to review the new conversion.
    report = (site / "output" / "report" / "index.html").read_text(encoding="utf-8")
    assert "Edits kept over a newer conversion" in report and "diff -u" in report
    assert f"{article.name}.new" in report


def test_v1_brings_the_commands_back(site):
    result = run([*make_html(site), "V=1"])
    assert result.returncode == 0
    assert "python -m news_site build" in result.stdout + result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_serve_answers_a_missing_path_with_the_404_page(site):
    assert (site / "output" / "404.html").is_file() or run(make_html(site)).returncode == 0
    port = free_port()
    with ctrl_c_reaches_children():
        server = subprocess.Popen(
            ["make", "--no-print-directory", "-C", str(REPO), "serve", f"PORT={port}",
             f"OUTPUTDIR={site / 'output'}"],
            env=make_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base, timeout=2) as found:
                    assert found.status == 200
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, "make serve never answered"
                time.sleep(0.2)
        for path in ("no/such/story/", "theme/"):  # a missing page; a folder with no index
            with pytest.raises(urllib.error.HTTPError) as missing:
                urllib.request.urlopen(base + path, timeout=5)
            assert missing.value.code == 404
            assert "Page not found" in missing.value.read().decode("utf-8")
    finally:
        stop_group(server, timeout=10)
    shutil.rmtree(site / "output.partial", ignore_errors=True)
