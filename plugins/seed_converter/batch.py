"""Convert a folder of seeds: only what changed, never over a person's edit.

Every seed file ends as exactly one Outcome (converted, unchanged, skipped with a
reason, or kept edit); files that are not seeds (hidden, images) are ignored.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import audit, store
from .convert import convert
from .errors import SeedError
from .model import Article
from .naming import article_name, display, extension, is_hidden
from .reading import too_large
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


def list_seeds(seed_dir: Path, settings: ConverterSettings) -> tuple[list[str], list[str]]:
    """Return (seeds, ignored files) under a folder as sorted relative POSIX paths."""
    found, ignored = [], []
    for root, dirs, files in os.walk(seed_dir):
        dirs[:] = sorted(d for d in dirs if not is_hidden(d))
        for name in files:
            if is_hidden(name):
                continue
            rel = Path(root, name).relative_to(seed_dir).as_posix()
            (found if extension(name) in settings.extensions else ignored).append(rel)
    return sorted(found), sorted(ignored)


def convert_folder(
    seed_dir: Path, content_dir: Path, settings: ConverterSettings, *, warn: bool = True
) -> Summary:
    """Convert every new or changed seed; report every seed's outcome.

    With warn, end by logging a warning for each seed a person must look at;
    callers that show the summary first pass warn=False and call warn_about().
    """
    article_root = content_dir / settings.article_dir
    headers: dict[Path, dict[str, str]] = {}
    existing = store.scan(article_root, headers)
    slugs = SlugRegistry.from_content(content_dir, headers)
    # Article names in use (case-folded): other seeds' articles and people's own files.
    taken = {path.relative_to(article_root).as_posix().casefold() for path in headers}
    seeds, ignored = list_seeds(seed_dir, settings)
    if ignored:
        log.info("seed_converter: ignored %d files that are not seeds: %s",
                 len(ignored), ", ".join(display(r) for r in ignored))
    outcomes: list[Outcome] = []
    todo: list[_Job] = []
    for rel in seeds:
        path = seed_dir / rel
        known = existing.get(rel)
        try:
            size = path.stat().st_size
            # Checked before reading, so a huge file never has to fit in memory.
            if size > settings.max_bytes:
                outcomes.append(_skipped(rel, too_large(size, settings.max_bytes), known))
                continue
            if known and known.seed_digest == _file_digest(path):
                outcomes.append(Outcome(display(rel), Status.UNCHANGED, article=known.path))
                continue
        except OSError as e:
            outcomes.append(_skipped(rel, f"unreadable: {e.strerror}", known))
            continue
        todo.append(_Job(rel, path, settings))
    for rel, result in _convert_all(todo, settings):
        known = existing.get(rel)
        if isinstance(result, str):
            outcomes.append(_skipped(rel, result, known))
        else:
            outcomes.append(_write(result, known, article_root, slugs, taken))
    outcomes.sort(key=lambda o: o.seed)
    summary = Summary(tuple(outcomes), tuple(display(r) for r in ignored))
    if warn:
        warn_about(summary)
    return summary


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
        reason += f"; the article from its previous version, {known.path.name}, is kept"
    return Outcome(display(rel), Status.SKIPPED, reason, known.path if known else None)


def _file_digest(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _convert_one(job: _Job) -> tuple[str, Article | str]:
    try:
        data = job.path.read_bytes()
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


def _write(article: Article, known: store.Existing | None, root: Path, slugs, taken) -> Outcome:
    rel = article.seed.relpath
    slug = known.slug if known and known.slug else slugs.claim(article.meta.title, rel)
    date = article.meta.date or (known.date if known else None) or _now()
    text = render(article, slug, date)
    target = known.path if known else root / article_name(rel, taken)
    if known and known.edited:
        review = target.with_name(target.name + ".new")
        store.write_if_changed(review, text)
        audit.write(article, target)
        reason = f"{target.name} was edited by hand: kept the edit, wrote {review.name} for review"
        return Outcome(display(rel), Status.KEPT_EDIT, reason, target)
    store.write_if_changed(target, text)
    audit.write(article, target)
    return Outcome(display(rel), Status.CONVERTED, article=target)


def _now() -> dt.datetime:
    """The first conversion's date, kept in the article from then on."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
