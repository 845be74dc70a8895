"""A build that stages only what changed, and commits it to the site in one step.

`make html` builds into OUTPUT.partial and, once the build has succeeded, puts
that folder in place of OUTPUT. Built whole, the fresh folder needs every folder
of the site made again and every kept file linked into it, and the old tree
removed after the swap: at 5,000 stories some 15,000 folders and 25,000 links
made and removed again for a build that changed one story. A staged build
(INCREMENTAL_STAGED, which `python -m news_site build` sets, over a site that
is there) writes into OUTPUT.partial only the files that changed; every other
file stays where it is in OUTPUT, untouched. What reads this build's pages
while it runs (the search index) asks the writer where each one is
(`SiteWriter.site_file`).

The commit, in the build's own command once the build has succeeded:
1. `Build.finish` writes the plan into the staged folder (`PLAN`): the staged
   files to move into the site, and the site's files this build did not make
   (a deleted story's page) to delete;
2. `commit` renames the plan to OUTPUT.partial.commit, beside the stage (on
   its file system, whatever the site's): the commit point. A build that failed
   or stopped before it never changes the site; its staged folder is removed by
   the next build;
3. `apply` deletes, then moves, then removes the folders left empty, stamps
   the site (uptodate.py; its digest worked out in step 1: a moved file keeps
   its size, mtime and inode) and removes the staged folder and the plan. Each step
   can be done again: a commit cut short is finished by the next `make html`
   (`recover`), before anything else.

What this build made, for the plan: the files the writer owns (the manifest's),
the files others link in from a cache that the site already holds as those very
files (share cards, kept search bundles: `SiteWriter.keeps`, never staged), and
whatever Pelican and the other plugins wrote into the staged folder (theme
files, JSON feeds, which are written whole every build): such a file identical to
the site's is dropped from the stage, so the site's stays.
"""

from __future__ import annotations

import contextlib
import errno
import filecmp
import json
import logging
import os
import shutil
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import uptodate
from .files import remove_empty_folders, walk_files

log = logging.getLogger(__name__)

# In the staged folder once every file is written: what the commit does.
PLAN = ".incremental-plan.json"
# Beside the stage: the plan of a build that succeeded, until it is applied.
COMMIT_SUFFIX = ".commit"
OWN_FILES = frozenset({PLAN})
FORMAT = 1


class CommitError(RuntimeError):
    """A plan that cannot be read or applied."""


@dataclass(frozen=True)
class Plan:
    site: str  # the folder committed to
    staged: str  # the folder the new files are staged in
    moves: tuple[str, ...]  # staged files, relative: into the site
    deletes: tuple[str, ...]  # the site's files this build did not make
    output: str  # the site's uptodate.output_digest once committed
    stamp: str | None  # where the site's up-to-date stamp goes (uptodate.py)
    inputs: str | None  # the digest of what the build read, for that stamp
    holds_until: float | None  # POSIX time the site's clock-dependent parts change


def journal_path(staged: Path) -> Path:
    """Where the plan of a stage's commit is kept while it is applied."""
    return staged.with_name(staged.name + COMMIT_SUFFIX)


def prepare(staged: Path) -> None:
    """An empty stage for a build that starts (nothing is written yet): a commit
    of it cut short is finished first, and what a failed build left is removed,
    or it would be taken for this build's files. The Makefile does both before a
    build; a build run without it must too."""
    recover(staged)
    shutil.rmtree(staged, ignore_errors=True)


def plan(staged: Path, site: Path, owned: Iterable[str],
         lines: dict[str, str] | None = None) -> Plan:
    """What committing `staged` to `site` does, `owned` being every file the
    writer made (staged or kept in the site), `lines` the site's
    uptodate.file_lines() if worked out already. A file others wrote that is
    identical to the site's is removed from the stage here."""
    written = {os.path.normpath(name) for name in owned}
    made = set(written)
    moved: dict[str, str] = {}
    for name, entry in walk_files(str(staged)):
        if name in OWN_FILES:
            continue
        made.add(name)
        # The writer stages only what changed; others write their files whole.
        if name not in written and _same(entry, site / name):
            os.unlink(entry.path)
            continue
        # A file keeps its size, mtime and inode when moved: its line in the
        # committed site's digest is known now.
        moved[name] = uptodate.file_line(name, entry.stat(follow_symlinks=False))
    if lines is None:
        lines = uptodate.file_lines(site)
    deletes = sorted(name for name in lines if name not in made)
    after = {**{name: line for name, line in lines.items() if name in made}, **moved}
    return Plan(str(site), str(staged), tuple(sorted(moved)), tuple(deletes),
                uptodate.digest_of_files(after.values()), None, None, None)


def same_file(path: Path, source: str) -> bool:
    """`path` is that very file (a regular file, the same inode as `source`)."""
    try:
        st, other = os.stat(path, follow_symlinks=False), os.stat(source)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino)


def _same(entry: os.DirEntry, old: Path) -> bool:
    """The staged file has the site's very bytes (or is that very file, linked
    from a cache as share cards and the search index are)."""
    try:
        was = os.stat(old, follow_symlinks=False)
        now = entry.stat(follow_symlinks=False)
        if not stat.S_ISREG(was.st_mode):
            return False
        if (was.st_dev, was.st_ino) == (now.st_dev, now.st_ino):
            return True
        return was.st_size == now.st_size and filecmp.cmp(old, entry.path, shallow=False)
    except OSError:
        return False


def save(staged: Path, plan_: Plan) -> None:
    data = {"format": FORMAT, **plan_.__dict__, "moves": list(plan_.moves),
            "deletes": list(plan_.deletes)}
    staged.mkdir(parents=True, exist_ok=True)
    tmp = staged / (PLAN + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, staged / PLAN)


def load(path: Path) -> Plan:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.pop("format", None) != FORMAT:
            raise CommitError(f"{path}: not a plan this code wrote")
        return Plan(**{**data, "moves": tuple(data["moves"]), "deletes": tuple(data["deletes"])})
    except (OSError, ValueError, TypeError, KeyError) as e:
        raise CommitError(f"{path}: {e}") from e


def commit(staged: Path) -> bool:
    """Commit a staged build's folder to its site; False if the build was not
    staged (the caller swaps the folder in, as before)."""
    planned = staged / PLAN
    if not planned.is_file():
        return False
    plan_ = load(planned)  # a plan this code can apply, or nothing is committed
    journal = journal_path(staged)
    os.replace(planned, journal)  # the commit point
    apply(journal, plan_)
    return True


def recover(staged: Path) -> bool:
    """Finish the commit of this stage that was cut short, if there is one."""
    journal = journal_path(staged)
    if not journal.is_file():
        return False
    plan_ = load(journal)
    apply(journal, plan_)
    log.warning("incremental: the last build's commit to %s was cut short; finished now",
                plan_.site)
    return True


def apply(journal: Path, plan_: Plan) -> None:
    """Do what the plan (read from `journal`) says; every step can be done again."""
    site, staged = Path(plan_.site), Path(plan_.staged)
    emptied: set[str] = set()
    for name in plan_.deletes:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(site / name)
        emptied.add(os.path.dirname(name))
    for name in plan_.moves:
        source, target = staged / name, site / name
        if not os.path.lexists(source):
            continue  # moved before the commit was cut short
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        _put(source, target)
    # Deepest first: a clean build has no empty folders.
    for folder in sorted(emptied - {""}, key=lambda f: f.count(os.sep), reverse=True):
        remove_empty_folders(str(site / folder), str(site))
    if plan_.stamp and plan_.inputs:
        uptodate.save_digest(Path(plan_.stamp), plan_.inputs, plan_.output, plan_.holds_until)
    shutil.rmtree(staged, ignore_errors=True)
    journal.unlink()


def _put(source: Path, target: Path) -> None:
    """Move a staged file into the site: a rename, or where the site is on another
    file system (output/ a link to a web server's folder, or a mount), a copy to a
    temporary name beside the target renamed over it, so a reader never sees half
    a file. A copy has a new inode, so the plan's digest no longer matches and the
    next build does all its work instead of stopping early: slower once, never wrong."""
    try:
        os.replace(source, target)
    except OSError as e:
        if e.errno != errno.EXDEV:
            raise
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        shutil.copy2(source, tmp, follow_symlinks=False)
        os.replace(tmp, target)
        os.unlink(source)
