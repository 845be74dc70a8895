"""Issue 11, point 3: only regular files inside the seed folder are read.

Links are never followed, pipes, devices and sockets never opened, and the size
limit holds on what is read. Each refused entry is a skip whose reason names it.
"""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest
from helpers import STORY
from seed_converter.batch import Status, convert_folder
from seed_converter.errors import SeedSkipped
from seed_converter.seed_files import list_seeds, read_seed_file
from seed_converter.settings import ConverterSettings

SECRET = "Secret profile line that must never be published anywhere at all\n\n" + STORY
EXTENSIONS = ConverterSettings().extensions


@pytest.fixture
def folders(tmp_path):
    seeds, outside = tmp_path / "seeds", tmp_path / "home"
    seeds.mkdir()
    outside.mkdir()
    (outside / ".profile").write_text(SECRET, encoding="utf-8")
    return seeds, outside


def outcomes(seeds: Path, content: Path) -> dict[str, tuple[Status, str]]:
    summary = convert_folder(seeds, content, ConverterSettings())
    return {o.seed: (o.status, o.reason) for o in summary.outcomes}


def published(content: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (content / "articles").rglob("*.md"))


def test_a_link_to_a_file_outside_the_seed_folder_is_skipped_and_not_read(folders, tmp_path):
    seeds, outside = folders
    (seeds / "story.txt").write_text(STORY, encoding="utf-8")
    (seeds / "profile.txt").symlink_to(outside / ".profile")
    (seeds / "zero").symlink_to("/dev/zero")
    got = outcomes(seeds, tmp_path / "content")
    assert got["story.txt"][0] is Status.CONVERTED
    for name in ("profile.txt", "zero"):
        status, reason = got[name]
        assert status is Status.SKIPPED
        assert reason.startswith("a symbolic link leading outside the seed folder")
    assert "Secret profile line" not in published(tmp_path / "content")


def test_a_link_to_a_folder_is_not_followed(folders, tmp_path):
    seeds, outside = folders
    (outside / "more").mkdir()
    (outside / "more" / "leak.txt").write_text(SECRET, encoding="utf-8")
    (seeds / "more").symlink_to(outside / "more")
    got = outcomes(seeds, tmp_path / "content")
    assert got["more"][0] is Status.SKIPPED
    assert "links are never followed" in got["more"][1]
    assert not (tmp_path / "content" / "articles").exists() or not published(
        tmp_path / "content")


def test_a_link_inside_the_folder_is_skipped_and_its_target_published_once(folders, tmp_path):
    seeds, _ = folders
    (seeds / "story.txt").write_text(STORY, encoding="utf-8")
    (seeds / "latest.txt").symlink_to("story.txt")
    got = outcomes(seeds, tmp_path / "content")
    assert got["story.txt"][0] is Status.CONVERTED
    assert got["latest.txt"] == (
        Status.SKIPPED,
        "a symbolic link to story.txt: links are never followed "
        "(that file is read under its own name)",
    )
    assert len(list((tmp_path / "content" / "articles").glob("*.md"))) == 1


def test_a_fifo_is_skipped_without_being_opened(folders, tmp_path):
    seeds, _ = folders
    (seeds / "story.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(seeds / "pipe.txt")
    result: dict = {}
    # Opening a FIFO for reading blocks until a writer comes: run in a thread so a
    # regression fails this test instead of hanging the suite.
    worker = threading.Thread(target=lambda: result.update(outcomes(seeds, tmp_path / "c")),
                              daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():
        with open(seeds / "pipe.txt", "wb"):  # unblock the reader, then fail
            pass
        pytest.fail("the converter blocked on a FIFO")
    assert result["story.txt"][0] is Status.CONVERTED
    assert result["pipe.txt"] == (
        Status.SKIPPED, "not a regular file: a named pipe (FIFO); only regular files are read")


def test_a_socket_is_skipped_with_its_kind(folders, tmp_path):
    seeds, _ = folders
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(seeds / "sock"))
        assert outcomes(seeds, tmp_path / "content")["sock"] == (
            Status.SKIPPED, "not a regular file: a socket; only regular files are read")
    finally:
        server.close()


def test_entries_not_named_like_seeds_are_ignored_even_when_special(folders):
    seeds, outside = folders
    (seeds / "photo.jpg").symlink_to(outside / ".profile")
    os.mkfifo(seeds / "pipe.jpg")
    listing = list_seeds(seeds, EXTENSIONS)
    assert listing.seeds == ()
    assert listing.ignored == ("photo.jpg", "pipe.jpg")
    assert listing.refused == ()


def test_a_device_is_refused_when_read_directly():
    with pytest.raises(SeedSkipped, match="not a regular file: a character device"):
        read_seed_file(Path("/dev/zero"), 1000)


def test_a_file_swapped_for_a_link_after_listing_is_refused_when_read(folders):
    seeds, outside = folders
    (seeds / "story.txt").symlink_to(outside / ".profile")
    with pytest.raises(SeedSkipped, match="a symbolic link"):
        read_seed_file(seeds / "story.txt", 1000)


def test_size_is_checked_on_what_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(SeedSkipped, match=r"too large: 5,000 bytes, the limit is 4,999"):
        read_seed_file(path, 4999)
    assert read_seed_file(path, 5000) == b"x" * 5000


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path, monkeypatch):
    # The size the file system reports is 10 bytes; reading finds more (a file
    # still being written, or one whose reported size lies): what is read counts.
    path = tmp_path / "growing.txt"
    path.write_bytes(b"y" * 10)
    real_fstat = os.fstat

    class Small:
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 10

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    path.write_bytes(b"y" * 3000)
    with pytest.raises(SeedSkipped, match="too large: more than 100 bytes read"):
        read_seed_file(path, 100)
