"""Where a seed's story goes in the content folder, and what happens to it there.

A story keeps, for good, the slug and date of its first conversion: a changed
seed is a correction (same URL, feed id and date; "Updated" moves to the day of
the change), a renamed seed keeps its story, a deleted seed takes its story
down. A person's edit is never replaced: every write and removal is checked
against the file as the run found it, at the moment it is made.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import audit, store
from .model import Article
from .naming import article_name, display, encode_seed_path, fallback_name
from .outcome import Outcome, Status, Story
from .slugs import SlugRegistry
from .writing import render, story_digest

# A seed's own article name cannot be made here: a name or path too long for the
# file system, or a file where a folder of the name should be (or the reverse).
NAME_ERRORS = frozenset({errno.ENAMETOOLONG, errno.EEXIST, errno.ENOTDIR, errno.EISDIR})
# The date of a seed that names none: the day it was first converted.
FIRST_CONVERSION = "first conversion"
# The date of an article from before the header said where its date came from.
KEPT_DATE = "kept from the first conversion"
SEED_LINE = re.compile(rb"^Seed: .*$", re.MULTILINE)


@dataclass
class Placing:
    """One run's view of the article folder."""

    root: Path  # the article folder
    content: Path  # the content folder (audit paths are shown relative to it)
    slugs: SlugRegistry
    taken: set[str]  # case-folded names in use (see naming.article_name)
    now: dt.datetime  # this run's time (clock.now_naive)

    def story(self, article_path: Path, header: dict[str, str]) -> Story:
        audit_file = audit.audit_file(str(article_path))
        # A string's prefix, not Path.relative_to: a warm pass makes one per seed.
        inside = f"{self.content}/"
        if os.sep == "/" and audit_file.startswith(inside):
            relative = audit_file[len(inside):]
        else:
            relative = Path(audit_file).relative_to(self.content).as_posix()
        return Story.from_header(header, display(relative))


def place(article: Article, known: store.Existing | None, where: Placing) -> Outcome:
    """Write a converted seed's article; a failure skips this seed only."""
    try:
        return _place(article, known, where)
    except OSError as e:
        detail = f" ({display(str(e.filename))})" if e.filename else ""
        return skipped(article.seed.relpath, f"could not write its article: {e.strerror}{detail}",
                       known, where)
    except Exception as e:
        return skipped(article.seed.relpath,
                       f"internal error, please report: {type(e).__name__}: {e}", known, where)


def skipped(rel: str, reason: str, known: store.Existing | None, where: Placing) -> Outcome:
    if known is None:
        return Outcome(display(rel), Status.SKIPPED, reason)
    # A seed that became bad must not take its published article down with it.
    reason += f"; the article from its previous version, {display(known.path.name)}, is kept"
    return Outcome(display(rel), Status.SKIPPED, reason, known.path,
                   where.story(known.path, known.header))


def unchanged(rel: str, known: store.Existing, where: Placing) -> Outcome:
    return Outcome(display(rel), Status.UNCHANGED, article=known.path,
                   story=where.story(known.path, known.header))


def _place(article: Article, known: store.Existing | None, where: Placing) -> Outcome:
    rel = article.seed.relpath
    if known and known.edited and known.seed != rel and known.seed_digest == article.seed.digest:
        return _rename_edited(rel, known, where)
    text = _render(article, known, where)
    if known and known.edited:
        return _keep_edit(article, known.path, text, "was edited by hand", where)
    if known:
        target, written = known.path, store.write_article(known.path, text, known.file_digest)
    else:
        target, written = _write_new(rel, where, text)
    if not written:
        return _keep_edit(article, target, text, "was changed by hand while converting", where)
    audit.write(article, target)
    reason = f"renamed from {display(known.seed)}: same story, same URL" if (
        known and known.seed != rel) else ""
    return Outcome(display(rel), Status.CONVERTED, reason, target,
                   where.story(target, store.parse_header(text.encode("utf-8"))))


def _render(article: Article, known: store.Existing | None, where: Placing) -> str:
    """The article's text: a known story keeps its slug and date; a changed one is
    a correction, updated today (or on the page's own later update day)."""
    meta = article.meta
    if known is None:
        slug = where.slugs.claim(meta.title, article.seed.relpath)
        date = meta.date or where.now
        source = meta.date_source if meta.date else FIRST_CONVERSION
        return render(article, slug, date, meta.modified, source)
    slug = known.slug or where.slugs.claim(meta.title, article.seed.relpath)
    date = known.date or meta.date or where.now
    source = meta.date_source
    if known.date:
        source = known.header.get("date_source") or (
            meta.date_source if meta.date == known.date else KEPT_DATE)
    before = _latest(meta.modified, known.modified)
    text = render(article, slug, date, before, source)
    if known.seed_digest != article.seed.digest and story_digest(text) != known.story_digest:
        text = render(article, slug, date, _latest(before, where.now), source)
    return text


def _latest(*days: dt.datetime | None) -> dt.datetime | None:
    given = [d for d in days if d is not None]
    return max(given) if given else None


def _write_new(rel: str, where: Placing, text: str) -> tuple[Path, bool]:
    """Write a new article under the seed's own name, else under a short fallback name."""
    target = where.root / article_name(rel, where.taken)
    try:
        return target, store.write_article(target, text, None)
    except OSError as e:
        if e.errno not in NAME_ERRORS:
            raise
    target = where.root / fallback_name(rel, where.taken)
    return target, store.write_article(target, text, None)


def _keep_edit(article: Article, target: Path, text: str, why: str, where: Placing) -> Outcome:
    """Leave a person's article as it is; put the new conversion beside it."""
    review = target.with_name(target.name + ".new")
    store.write_if_changed(review, text)
    audit.write(article, target)
    reason = f"{display(target.name)} {why}: kept the edit, wrote {display(review.name)} for review"
    return Outcome(display(article.seed.relpath), Status.KEPT_EDIT, reason, target,
                   where.story(target, _header(target)))


def _rename_edited(rel: str, known: store.Existing, where: Placing) -> Outcome:
    """A renamed seed whose article a person edited: only its Seed line changes."""
    seed_line = f"Seed: {encode_seed_path(rel)}".encode()
    data = SEED_LINE.sub(lambda _: seed_line, known.path.read_bytes(), count=1)
    if not store.write_article(known.path, data, known.file_digest):
        return Outcome(display(rel), Status.KEPT_EDIT,
                       f"{display(known.path.name)} was changed by hand while converting: kept",
                       known.path, where.story(known.path, known.header))
    reason = (f"renamed from {display(known.seed)}: its article, {display(known.path.name)}, "
              "edited by hand, is kept")
    return Outcome(display(rel), Status.UNCHANGED, reason, known.path,
                   where.story(known.path, known.header))


def retire(orphan: store.Existing, where: Placing) -> Outcome:
    """The seed of this article is gone: take the story down, unless a person edited it."""
    seed = display(orphan.seed)
    story = where.story(orphan.path, orphan.header)
    name = display(orphan.path.name)
    if not orphan.edited:
        try:
            if store.remove_article(orphan.path, orphan.file_digest):
                audit.audit_path(orphan.path).unlink(missing_ok=True)
                return Outcome(seed, Status.REMOVED, f"its seed was deleted: {name} removed",
                               story=story)
        except OSError as e:
            return Outcome(seed, Status.KEPT_ORPHAN,
                           f"its seed was deleted, but {name} could not be removed: {e.strerror}",
                           orphan.path, story)
    return Outcome(seed, Status.KEPT_ORPHAN,
                   f"its seed was deleted, but {name} was edited by hand: kept and still "
                   "published (delete it to take the story down)", orphan.path, story)


def _header(path: Path) -> dict[str, str]:
    try:
        return store.read_header(path)
    except OSError:
        return {}
