"""The build's progress: the converter says how far it is, the bar draws only on a
terminal and only for work that lasts."""

from __future__ import annotations

import io
from pathlib import Path

from news_site.console import Progress
from seed_converter.batch import convert_folder
from seed_converter.progress import seed_converted
from seed_converter.settings import ConverterSettings

STORY = ("Harbour bridge opens to traffic after four years of work\n\n"
         "The new harbour bridge opened to traffic on Saturday morning, four years after "
         "the city council approved its construction in a close vote.\n")


def test_the_converter_reports_each_seed_it_converts(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt"):
        (seeds / name).write_text(STORY.replace("Harbour", name[0].upper()), encoding="utf-8")
    heard = []

    def listen(sender, done, total):
        heard.append((done, total))

    seed_converted.connect(listen)
    try:
        convert_folder(seeds, tmp_path / "content", ConverterSettings(seed_dir=seeds), warn=False)
        convert_folder(seeds, tmp_path / "content", ConverterSettings(seed_dir=seeds), warn=False)
    finally:
        seed_converted.disconnect(listen)
    assert heard == [(0, 2), (1, 2), (2, 2), (0, 0)]  # the second run converts nothing


def test_no_bar_is_drawn_when_nobody_watches():
    out = io.StringIO()
    bar = Progress(out, enabled=False)
    bar.start("Writing stories", 10)
    for _ in range(10):
        bar.advance()
    assert out.getvalue() == ""


def test_a_bar_on_a_terminal_waits_until_the_work_lasts(monkeypatch):
    out = io.StringIO()
    now = [100.0]
    monkeypatch.setattr("news_site.console.time.monotonic", lambda: now[0])
    bar = Progress(out, enabled=True)
    bar.start("Writing stories", 4)
    bar.advance()
    assert out.getvalue() == ""  # under BAR_DELAY_S: nothing
    now[0] += 5
    bar.advance()
    assert "Writing stories" in out.getvalue() and "2/4" in out.getvalue()
    bar.clear()
    assert out.getvalue().endswith("\r\x1b[K")
