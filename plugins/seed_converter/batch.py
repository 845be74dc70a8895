"""Convert a folder of seeds: only what changed, never over a person's edit.

Every seed file ends as exactly one Outcome (converted, unchanged, skipped with a
reason, or kept edit); files that are not seeds (hidden, images) are ignored.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import audit, store
from .convert import convert
from .errors import SeedError
from .locking import held
from .model import Article
from .naming import article_name, display, fallback_name
from .seed_files import list_seeds, read_seed_file
from .settings import ConverterSettings
from .slugs import SlugRegistry
from .writing import render

log = logging.getLogger(__name__)

# Below this many seeds to convert, starting worker processes costs more than it saves.
POOL_MIN_SEEDS = 24


class Status(enum.Enum):
    CONVERTED = "converted"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    KEPT_EDIT = "kept edit"


@dataclass(frozen=True)
class Outcome:
    seed: str  # the seed's path relative to the seed folder, as a person reads it
    status: Status
    reason: str = ""
    article: Path | None = None


@dataclass(frozen=True)
class Summary:
    outcomes: tuple[Outcome, ...]
    ignored: tuple[str, ...] = ()  # files in the seed folder that are not seeds

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def skipped(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.SKIPPED)

    @property
    def kept_edits(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.KEPT_EDIT)

    def line(self) -> str:
        """The one-line summary a run ends with."""
        parts = [f"{self.count(s)} {s.value}" for s in Status]
        text = f"seeds: {', '.join(parts)}"
        if self.skipped:
            text += " (" + "; ".join(f"{o.seed}: {o.reason}" for o in self.skipped) + ")"
        return text


@dataclass(frozen=True)
class _Job:
    rel: str
    path: Path
    settings: ConverterSettings


def convert_folder(
    seed_dir: Path, content_dir: Path, settings: ConverterSettings, *, warn: bool = True
) -> Summary:
    """Convert every new or changed seed; report every seed's outcome.

    With warn, end by logging a warning for each seed a person must look at;
    callers that show the summary first pass warn=False and call warn_about().
    """
    content_dir.mkdir(parents=True, exist_ok=True)
    # One conversion of a content folder at a time (make devserver runs two).
    with held(content_dir, "converting seeds", say=log.info):
        summary = _convert_folder(seed_dir, content_dir, settings)
    if warn:
        warn_about(summary)
    return summary


def _convert_folder(seed_dir: Path, content_dir: Path, settings: ConverterSettings) -> Summary:
    article_root = content_dir / settings.article_dir
    found = store.scan(article_root)
    existing = found.existing
    slugs = SlugRegistry.from_content(content_dir, found.headers)
    # Names in use (case-folded): other seeds' articles, people's own files, folders.
    taken = {name.casefold() for name in found.names}
    listing = list_seeds(seed_dir, settings.extensions)
    if listing.ignored:
        log.info("seed_converter: ignored %d files that are not seeds: %s",
                 len(listing.ignored), ", ".join(display(r) for r in listing.ignored))
    outcomes = [_skipped(r.seed, r.reason, existing.get(r.seed)) for r in listing.refused]
    todo: list[_Job] = []
    for rel in listing.seeds:
        path = seed_dir / rel
        known = existing.get(rel)
        if known is not None:
            try:
                data = read_seed_file(path, settings.max_bytes)
            except SeedError as e:
                outcomes.append(_skipped(rel, str(e), known))
                continue
            except OSError as e:
                outcomes.append(_skipped(rel, f"unreadable: {e.strerror}", known))
                continue
            if known.seed_digest == store.digest(data):
                outcomes.append(Outcome(display(rel), Status.UNCHANGED, article=known.path))
                continue
        todo.append(_Job(rel, path, settings))
    for rel, result in _convert_all(todo, settings):
        known = existing.get(rel)
        if isinstance(result, str):
            outcomes.append(_skipped(rel, result, known))
        else:
            outcomes.append(_write_safely(result, known, article_root, slugs, taken))
    outcomes.sort(key=lambda o: o.seed)
    return Summary(tuple(outcomes), tuple(display(r) for r in listing.ignored))


def warn_about(summary: Summary) -> None:
    """Log one warning per seed a person must look at: skipped, or an edit kept.

    Called after every seed was handled: with `pelican --fatal warnings`
    (STRICT=1) the first warning stops the build, and no seed is left half done.
    """
    for o in summary.skipped:
        log.warning("seed_converter: %s skipped: %s", o.seed, o.reason)
    for o in summary.kept_edits:
        log.warning("seed_converter: %s changed, but %s", o.seed, o.reason)


def _skipped(rel: str, reason: str, known: store.Existing | None) -> Outcome:
    if known is not None:
        # A seed that became bad must not take its published article down with it.
        reason += f"; the article from its previous version, {display(known.path.name)}, is kept"
    return Outcome(display(rel), Status.SKIPPED, reason, known.path if known else None)


def _convert_one(job: _Job) -> tuple[str, Article | str]:
    try:
        data = read_seed_file(job.path, job.settings.max_bytes)
        return job.rel, convert(job.rel, data, job.settings)
    except SeedError as e:
        return job.rel, str(e)
    except OSError as e:
        return job.rel, f"unreadable: {e.strerror}"
    except Exception as e:
        return job.rel, f"internal error, please report: {type(e).__name__}: {e}"


def _convert_all(todo: list[_Job], settings: ConverterSettings):
    """(seed, article or reason) in the order of todo, as workers finish them."""
    if len(todo) < POOL_MIN_SEEDS:
        yield from map(_convert_one, todo)
        return
    workers = settings.workers or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Workers read the files themselves, and each article is written while
        # the workers convert the next ones: only a few articles are ever in memory.
        yield from pool.map(_convert_one, todo, chunksize=4)


def _write_safely(article: Article, known: store.Existing | None, root: Path, slugs,
                  taken: set[str]) -> Outcome:
    """Name, slug, write the article and its audit; any failure skips this seed only."""
    rel = article.seed.relpath
    try:
        return _write(article, known, root, slugs, taken)
    except OSError as e:
        where = f" ({display(str(e.filename))})" if e.filename else ""
        return _skipped(rel, f"could not write its article: {e.strerror}{where}", known)
    except Exception as e:
        return _skipped(rel, f"internal error, please report: {type(e).__name__}: {e}", known)


def _write(article: Article, known: store.Existing | None, root: Path, slugs,
           taken: set[str]) -> Outcome:
    rel = article.seed.relpath
    slug = known.slug if known and known.slug else slugs.claim(article.meta.title, rel)
    date = article.meta.date or (known.date if known else None) or _now()
    text = render(article, slug, date)
    if known and known.edited:
        return _keep_edit(article, known.path, text, "was edited by hand")
    if known:
        target = known.path
        written = store.write_article(target, text, known.file_digest)
    else:
        target, written = _write_new(rel, root, text, taken)
    if not written:
        return _keep_edit(article, target, text, "was changed by hand while converting")
    audit.write(article, target)
    return Outcome(display(rel), Status.CONVERTED, article=target)


# A seed's own article name cannot be made here: a name or path too long for the
# file system, or a file where a folder of the name should be (or the reverse).
NAME_ERRORS = frozenset({errno.ENAMETOOLONG, errno.EEXIST, errno.ENOTDIR, errno.EISDIR})


def _write_new(rel: str, root: Path, text: str, taken: set[str]) -> tuple[Path, bool]:
    """Write a new article under the seed's own name, else under a short fallback name."""
    target = root / article_name(rel, taken)
    try:
        return target, store.write_article(target, text, None)
    except OSError as e:
        if e.errno not in NAME_ERRORS:
            raise
    target = root / fallback_name(rel, taken)
    return target, store.write_article(target, text, None)


def _keep_edit(article: Article, target: Path, text: str, why: str) -> Outcome:
    """Leave a person's article as it is; put the new conversion beside it."""
    review = target.with_name(target.name + ".new")
    store.write_if_changed(review, text)
    audit.write(article, target)
    reason = f"{display(target.name)} {why}: kept the edit, wrote {display(review.name)} for review"
    return Outcome(display(article.seed.relpath), Status.KEPT_EDIT, reason, target)


def _now() -> dt.datetime:
    """The first conversion's date, kept in the article from then on."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
