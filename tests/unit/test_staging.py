"""A staged build's commit (plugins/incremental/staging.py): one rule a test, on real
folders."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from incremental import staging, uptodate


def files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name not in staging.OWN_FILES}


def put(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def folders(tmp_path) -> tuple[Path, Path]:
    site, staged = tmp_path / "output", tmp_path / "output.partial"
    put(site, "index.html", "old front")
    put(site, "kept/index.html", "kept story")
    put(site, "gone/index.html", "deleted story")
    put(site, "theme/site.css", "css")
    put(site, "theme/old.js", "js no theme has now")
    put(staged, "index.html", "new front")
    put(staged, "new/index.html", "new story")
    put(staged, "theme/site.css", "css")
    return site, staged


def test_a_written_file_is_moved_and_a_kept_one_left_alone(folders):
    site, staged = folders
    plan = staging.plan(staged, site, ["index.html", "kept/index.html", "new/index.html"])
    assert "index.html" in plan.moves and "new/index.html" in plan.moves
    assert "kept/index.html" not in plan.moves + plan.deletes


def test_a_file_others_wrote_identical_to_the_sites_is_dropped_from_the_stage(folders):
    site, staged = folders
    plan = staging.plan(staged, site, ["index.html", "kept/index.html", "new/index.html"])
    assert "theme/site.css" not in plan.moves + plan.deletes
    assert not (staged / "theme/site.css").exists()


def test_what_the_build_did_not_make_is_deleted(folders):
    site, staged = folders
    plan = staging.plan(staged, site, ["index.html", "kept/index.html", "new/index.html"])
    assert set(plan.deletes) == {"gone/index.html", "theme/old.js"}


def test_a_commit_puts_the_build_in_the_site_and_leaves_no_empty_folder(folders):
    site, staged = folders
    staging.save(staged, staging.plan(staged, site,
                                      ["index.html", "kept/index.html", "new/index.html"]))
    assert staging.commit(staged)
    assert files(site) == {"index.html": "new front", "kept/index.html": "kept story",
                           "new/index.html": "new story", "theme/site.css": "css"}
    assert not (site / "gone").exists()
    assert not staged.exists() and not staging.journal_path(staged).exists()


def test_the_stamp_of_a_commit_is_the_digest_of_the_site_it_leaves(folders, tmp_path):
    """Worked out before the commit from the staged files' stats (a moved file
    keeps its size, mtime and inode): the next build can find the site up to date."""
    site, staged = folders
    stamp = tmp_path / "stamp.json"
    plan = staging.plan(staged, site, ["index.html", "kept/index.html", "new/index.html"])
    staging.save(staged, dataclasses.replace(plan, stamp=str(stamp), inputs="inputs"))
    staging.commit(staged)
    assert uptodate.load(stamp).output == uptodate.output_digest(site)


def test_a_commit_cut_short_is_finished_by_recover(folders):
    site, staged = folders
    staging.save(staged, staging.plan(staged, site,
                                      ["index.html", "kept/index.html", "new/index.html"]))
    journal = staging.journal_path(staged)
    os.replace(staged / staging.PLAN, journal)  # the commit point, then stopped:
    os.replace(staged / "new/index.html", put(site, "new/index.html", "x"))  # one move done
    assert staging.recover(staged)
    assert files(site) == {"index.html": "new front", "kept/index.html": "kept story",
                           "new/index.html": "new story", "theme/site.css": "css"}
    assert not journal.exists()
    assert not staging.recover(staged)  # nothing left to finish


def test_a_build_not_staged_is_left_to_the_swap(tmp_path):
    put(tmp_path / "output.partial", "index.html", "built whole")
    assert not staging.commit(tmp_path / "output.partial")
    assert (tmp_path / "output.partial" / "index.html").exists()


def test_a_commit_that_fails_half_way_is_left_for_the_next_build(tmp_path, capsys):
    from news_site.command import _commit

    site, staged = tmp_path / "output", tmp_path / "output.partial"
    site.write_text("a file where the site's folder should be")
    put(staged, "index.html", "new front")
    staging.save(staged, staging.Plan(str(site), str(staged), ("index.html",), ("gone.html",),
                                      "", None, None, None))
    assert _commit(staged, str(site)) == 1
    assert "the next build finishes putting it in place" in capsys.readouterr().err
    assert staging.journal_path(staged).is_file()


def test_a_site_on_another_file_system_is_committed_to_by_copying(tmp_path):
    """output/ may be a link to a web server's folder on another disk: a rename
    across file systems fails (EXDEV), and the file is copied in instead."""
    staged = tmp_path / "output.partial"
    with tempfile.TemporaryDirectory(dir="/dev/shm") as elsewhere:
        site = Path(elsewhere) / "site"
        put(site, "index.html", "old front")
        assert site.stat().st_dev != tmp_path.stat().st_dev
        put(staged, "index.html", "new front")
        staging.save(staged, staging.plan(staged, site, ["index.html"]))
        assert staging.commit(staged)
        assert files(site) == {"index.html": "new front"}
        assert not staging.journal_path(staged).exists()


def test_the_same_file_is_the_same_inode_not_the_same_bytes(tmp_path):
    source = put(tmp_path, "cache/card.png", "png")
    os.link(source, tmp_path / "linked.png")
    put(tmp_path, "copied.png", "png")
    assert staging.same_file(tmp_path / "linked.png", str(source))
    assert not staging.same_file(tmp_path / "copied.png", str(source))
    assert not staging.same_file(tmp_path / "missing.png", str(source))


def test_the_sites_files_walked_on_another_process_plan_the_same_commit(folders):
    from incremental.workers import Later

    site, staged = folders
    owned = ["index.html", "kept/index.html", "new/index.html"]
    ahead, = Later([site], uptodate.file_lines).results()
    assert ahead == uptodate.file_lines(site)
    assert set(ahead) == {"index.html", "kept/index.html", "gone/index.html", "theme/site.css",
                          "theme/old.js"}
    # The stage as the plan found it: a plan drops identical files from it.
    copy = staged.with_name("copy.partial")
    shutil.copytree(staged, copy)
    walked_here = staging.plan(copy, site, owned)
    walked_ahead = staging.plan(staged, site, owned, ahead)
    assert (walked_ahead.moves, walked_ahead.deletes) == (walked_here.moves, walked_here.deletes)
    assert set(walked_ahead.deletes) == {"gone/index.html", "theme/old.js"}
