"""Convert a folder of seeds: only what changed, never over a person's edit."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import store
from .convert import convert
from .errors import SeedError
from .model import Article
from .settings import ConverterSettings
from .slugs import SlugRegistry
from .writing import render

log = logging.getLogger(__name__)

# Below this many seeds to convert, starting worker processes costs more than it saves.
POOL_MIN_SEEDS = 24
# Files and folders starting with these are never seeds (.DS_Store, .git, editor backups).
HIDDEN_PREFIXES = (".", "~", "#")


class Status(enum.Enum):
    CONVERTED = "converted"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    KEPT_EDIT = "kept edit"


@dataclass(frozen=True)
class Outcome:
    seed: str
    status: Status
    reason: str = ""
    article: Path | None = None


@dataclass(frozen=True)
class Summary:
    outcomes: tuple[Outcome, ...]

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def skipped(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status is Status.SKIPPED)

    def line(self) -> str:
        """The one-line summary a run ends with."""
        parts = [f"{self.count(s)} {s.value}" for s in Status]
        text = f"seeds: {', '.join(parts)}"
        if self.skipped:
            text += " (" + "; ".join(f"{o.seed}: {o.reason}" for o in self.skipped) + ")"
        return text


def list_seeds(seed_dir: Path, settings: ConverterSettings) -> list[str]:
    """Return the seed files under a folder as sorted relative POSIX paths."""
    found = []
    for root, dirs, files in os.walk(seed_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith(HIDDEN_PREFIXES))
        for name in files:
            if name.startswith(HIDDEN_PREFIXES):
                continue
            if Path(name).suffix.lower() not in settings.extensions:
                continue
            found.append(Path(root, name).relative_to(seed_dir).as_posix())
    return sorted(found)


def convert_folder(seed_dir: Path, content_dir: Path, settings: ConverterSettings) -> Summary:
    """Convert every new or changed seed; report every seed's outcome."""
    article_root = content_dir / settings.article_dir
    existing = store.scan(article_root)
    slugs = SlugRegistry.from_content(content_dir)
    outcomes: list[Outcome] = []
    todo: list[tuple[str, bytes]] = []
    for rel in list_seeds(seed_dir, settings):
        try:
            data = (seed_dir / rel).read_bytes()
        except OSError as e:
            outcomes.append(Outcome(rel, Status.SKIPPED, f"unreadable: {e.strerror}"))
            continue
        known = existing.get(rel)
        if known and known.seed_digest == hashlib.sha256(data).hexdigest():
            outcomes.append(Outcome(rel, Status.UNCHANGED, article=known.path))
        else:
            todo.append((rel, data))
    for rel, result in _convert_all(todo, settings):
        if isinstance(result, str):
            log.warning("seed_converter: %s skipped: %s", rel, result)
            outcomes.append(Outcome(rel, Status.SKIPPED, result))
            continue
        outcomes.append(_write(result, existing.get(rel), article_root, slugs))
    outcomes.sort(key=lambda o: o.seed)
    return Summary(tuple(outcomes))


def _convert_one(job: tuple[str, bytes, ConverterSettings]) -> tuple[str, Article | str]:
    rel, data, settings = job
    try:
        return rel, convert(rel, data, settings)
    except SeedError as e:
        return rel, str(e)
    except Exception as e:  # noqa: BLE001 - one bad seed must never stop the others
        return rel, f"internal error, please report: {type(e).__name__}: {e}"


def _convert_all(todo, settings: ConverterSettings):
    jobs = [(rel, data, settings) for rel, data in todo]
    if len(jobs) < POOL_MIN_SEEDS:
        return [_convert_one(j) for j in jobs]
    workers = settings.workers or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_convert_one, jobs, chunksize=8))


def _write(article: Article, known: store.Existing | None, root: Path, slugs) -> Outcome:
    rel = article.seed.relpath
    slug = known.slug if known and known.slug else slugs.claim(article.meta.title, rel)
    date = article.meta.date or (known.date if known else None) or _now()
    text = render(article, slug, date)
    target = known.path if known else root / _article_name(rel)
    if known and known.edited:
        review = target.with_name(target.name + ".new")
        _write_atomically(review, text)
        log.warning(
            "seed_converter: %s changed, but %s was edited by hand: kept the edit, "
            "wrote the new conversion to %s for review", rel, target, review,
        )
        return Outcome(rel, Status.KEPT_EDIT, f"edited by hand; see {review.name}", target)
    _write_atomically(target, text)
    return Outcome(rel, Status.CONVERTED, article=target)


def _article_name(rel: str) -> Path:
    """The article's path mirrors the seed's: seeds/a/b.txt → articles/a/b.md."""
    path = Path(rel)
    return path.with_suffix(".md") if path.suffix else path.with_name(path.name + ".md")


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _now() -> dt.datetime:
    """The first conversion's date, kept in the article from then on."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
