"""Issue 13: a pass that finds nothing changed reads nothing again.

What the converter learnt from a seed or an article is remembered with the
file's stat (file_memory.py) and reused only while the stat is the same and
the file had settled before it was read; a hand edit is still never
overwritten, whatever the memory says, because the write checks the real bytes.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from helpers import STORY
from seed_converter import batch, store
from seed_converter.batch import Status, convert_folder
from seed_converter.file_memory import SETTLE_NS, FileMemory, kept_in
from seed_converter.settings import ConverterSettings


def later() -> int:
    """A clock for reads made well after the files were written: they have settled."""
    return time.time_ns() + 2 * SETTLE_NS


@pytest.fixture
def site(tmp_path):
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    (seeds / "a.txt").write_text(STORY, encoding="utf-8")
    return seeds, content


@pytest.fixture
def reads(monkeypatch):
    """The seeds and articles the converter read, by file name."""
    seen: list[str] = []
    read_seed, learn = batch.read_seed_file, store._learn

    def read_seed_file(path, max_bytes):
        seen.append(Path(path).name)
        return read_seed(path, max_bytes)

    def _learn(path, data, headers):
        seen.append(Path(path).name)
        return learn(path, data, headers)

    monkeypatch.setattr(batch, "read_seed_file", read_seed_file)
    monkeypatch.setattr(store, "_learn", _learn)
    return seen


SETTINGS = ConverterSettings()


def run(site, memory, settings=SETTINGS):
    summary = convert_folder(*site, settings, warn=False, memory=memory)
    return {o.seed: o for o in summary.outcomes}


def settled(site) -> FileMemory:
    """A memory that has seen the site converted and then a pass with nothing new."""
    memory = FileMemory(clock=later)
    run(site, memory)
    run(site, memory)
    return memory


def same_size_edit(path: Path, old: str, new: str) -> bytes:
    """Edit a file in place, same size, and put its mtime back as it was."""
    assert len(old) == len(new)
    st = os.stat(path)
    data = path.read_bytes().replace(old.encode(), new.encode())
    with path.open("r+b") as f:
        f.write(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        st.st_size, st.st_mtime_ns, st.st_ino)
    return data


def test_a_settled_unchanged_seed_and_article_are_not_read_again(site, reads):
    memory = FileMemory(clock=later)
    run(site, memory)
    run(site, memory)  # reads the new article once, and remembers it
    reads.clear()
    assert run(site, memory)["a.txt"].status is Status.UNCHANGED
    assert reads == []


def test_a_file_changed_moments_before_it_was_read_is_read_again(site, reads):
    memory = FileMemory()  # the real clock: every file here was written just now
    run(site, memory)
    run(site, memory)
    reads.clear()
    assert run(site, memory)["a.txt"].status is Status.UNCHANGED
    assert reads == ["a.md", "a.txt"]


def test_a_seed_edited_to_the_same_size_and_mtime_is_converted_again(site):
    seeds, content = site
    memory = settled(site)
    same_size_edit(seeds / "a.txt", "Saturday", "Thursday")
    assert run(site, memory)["a.txt"].status is Status.CONVERTED
    assert "Thursday" in (content / "articles" / "a.md").read_text(encoding="utf-8")


def test_an_article_edited_to_the_same_size_and_mtime_is_seen_as_edited(site):
    seeds, content = site
    memory = settled(site)
    article = content / "articles" / "a.md"
    edited = same_size_edit(article, "Thousands of people", "Thousands of voters")
    (seeds / "a.txt").write_text(STORY.replace("Saturday", "Sunday"), encoding="utf-8")
    got = run(site, memory)["a.txt"]
    assert got.status is Status.KEPT_EDIT
    assert got.reason.startswith("a.md was edited by hand")
    assert article.read_bytes() == edited


def test_a_memory_that_missed_an_edit_still_cannot_overwrite_it(site):
    seeds, content = site
    memory = settled(site)
    article = content / "articles" / "a.md"
    key = os.path.abspath(article)
    before = memory.recall(store.ARTICLE, key, os.stat(article))
    assert before is not None
    edited = same_size_edit(article, "Thousands of people", "Thousands of voters")
    # As if the stat had not moved: the memory describes the bytes before the edit.
    memory.remember(store.ARTICLE, key, os.stat(article), before, later())
    (seeds / "a.txt").write_text(STORY.replace("Saturday", "Sunday"), encoding="utf-8")
    got = run(site, memory)["a.txt"]
    assert got.status is Status.KEPT_EDIT
    assert got.reason.startswith("a.md was changed by hand while converting")
    assert article.read_bytes() == edited
    assert "Sunday" in (content / "articles" / "a.md.new").read_text(encoding="utf-8")


def test_a_remembered_seed_over_a_lowered_size_limit_is_still_refused(site):
    memory = FileMemory(clock=later)
    run(site, memory)
    run(site, memory)
    got = run(site, memory, ConverterSettings(max_bytes=100))["a.txt"]
    assert got.status is Status.SKIPPED
    assert got.reason.startswith("too large")


def test_the_memory_kept_in_the_cache_folder_serves_the_next_process(site, tmp_path, reads):
    kept = kept_in(tmp_path / "cache")
    run(site, FileMemory(kept, clock=later))
    run(site, FileMemory(kept, clock=later))
    reads.clear()
    assert run(site, FileMemory(kept, clock=later))["a.txt"].status is Status.UNCHANGED
    assert reads == []


def test_a_memory_file_from_other_code_is_ignored(site, tmp_path, reads):
    kept = kept_in(tmp_path / "cache")
    run(site, FileMemory(kept, clock=later))
    run(site, FileMemory(kept, clock=later))
    data = json.loads(kept.read_text(encoding="ascii"))
    kept.write_text(json.dumps(dict(data, code="other")), encoding="ascii")
    reads.clear()
    run(site, FileMemory(kept, clock=later))
    assert sorted(reads) == ["a.md", "a.txt"]


def test_a_broken_memory_file_costs_only_a_full_read(site, tmp_path, reads):
    kept = kept_in(tmp_path / "cache")
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b'{"format": 1, "entries": {"seed": [')
    assert run(site, FileMemory(kept, clock=later))["a.txt"].status is Status.CONVERTED
    assert reads == ["a.txt"]


def test_a_deleted_file_is_forgotten(site):
    seeds, _content = site
    memory = FileMemory(clock=later)
    run(site, memory)
    run(site, memory)
    seed_key = os.path.abspath(seeds / "a.txt")
    st = os.stat(seeds / "a.txt")
    (seeds / "a.txt").unlink()
    run(site, memory)
    assert memory.recall(batch.SEED, seed_key, st) is None


def test_preparing_never_fails_on_a_model_it_cannot_load(tmp_path):
    # make devserver prepares before its first build; the seeds report the model.
    batch.prepare(ConverterSettings(labeller_model=tmp_path / "missing.json"))


@pytest.mark.parametrize("keep", [True, False])
def test_a_process_that_builds_once_lets_go_of_what_it_read(tmp_path, keep):
    from news_site.command import building_once
    from pelican import Pelican
    from pelican.settings import read_settings
    from seed_converter.plugin import Conversion

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "content").mkdir()
    (seeds / "story.txt").write_text(STORY, encoding="utf-8")
    given = {"PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(tmp_path / "output"),
             "CACHE_PATH": str(tmp_path / "cache"), "SEED_DIR": str(seeds), "PLUGINS": []}
    settings = read_settings(None, override={**given, **building_once(None)} if not keep
                             else given)
    pelican = Pelican(settings)
    conversion = Conversion()
    conversion.initialized(pelican)
    conversion.convert_seeds(pelican)
    assert (conversion.memory is not None) is keep


def test_building_once_gives_way_to_the_command_line():
    from news_site.command import building_once

    assert building_once(None) == {"SEED_KEEP_READ_FILES": False,
                                   "INCREMENTAL_SKIP_UNCHANGED": True,
                                   "INCREMENTAL_STAGED": True}
    assert building_once({"SEED_KEEP_READ_FILES": True})["SEED_KEEP_READ_FILES"] is True


def test_a_strict_build_always_does_all_its_work():
    from news_site.command import building_once

    assert building_once(None, strict=True)["INCREMENTAL_SKIP_UNCHANGED"] is False
