"""Convert a folder of seeds: only what changed, never over a person's edit.

Every seed file ends as exactly one Outcome (converted, unchanged, skipped with a
reason, or kept edit); every article whose seed is gone ends as removed, or kept
when a person edited it; files that are not seeds (hidden, images) are ignored.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import clock, placing, store
from .errors import SeedError
from .file_memory import FileMemory
from .locking import held
from .model import Article
from .naming import display
from .outcome import Outcome, Status, Summary
from .progress import seed_converted
from .seed_files import list_seeds, read_seed_file
from .settings import ConverterSettings
from .slugs import SlugRegistry, load_slugify
from .workers import run_apart

__all__ = ["Outcome", "Status", "Summary", "convert_folder", "warn_about"]

log = logging.getLogger(__name__)

# Below this many seeds to convert, starting worker processes costs more than it saves.
POOL_MIN_SEEDS = 24


@dataclass(frozen=True)
class _Job:
    rel: str
    path: Path
    settings: ConverterSettings


def convert_folder(
    seed_dir: Path, content_dir: Path, settings: ConverterSettings, *, warn: bool = True,
    memory: FileMemory | None = None,
) -> Summary:
    """Convert every new or changed seed; report every seed's outcome.

    With warn, end by logging a warning for each seed a person must look at;
    callers that show the summary first pass warn=False and call warn_about().
    A caller that converts again and again passes the same `memory` each time:
    then a seed or article whose stat did not change is not read again.
    """
    content_dir.mkdir(parents=True, exist_ok=True)
    memory = memory or FileMemory()
    # One conversion of a content folder at a time (make devserver runs two).
    with held(content_dir, "converting seeds", say=log.info):
        summary = _convert_folder(seed_dir, content_dir, settings, memory)
        memory.forget_unused()
        memory.save()
    if warn:
        warn_about(summary)
    return summary


def _convert_folder(seed_dir: Path, content_dir: Path, settings: ConverterSettings,
                    memory: FileMemory) -> Summary:
    article_root = content_dir / settings.article_dir
    found = store.scan(article_root, memory)
    existing = found.existing
    where = placing.Placing(
        root=article_root,
        content=content_dir,
        slugs=SlugRegistry.from_content(content_dir, found.headers),
        # Names in use (case-folded): other seeds' articles, people's own files, folders.
        taken={name.casefold() for name in found.names},
        now=clock.now_naive(),
    )
    listing = list_seeds(seed_dir, settings.extensions)
    if listing.ignored:
        log.info("seed_converter: ignored %d files that are not seeds: %s",
                 len(listing.ignored), ", ".join(display(r) for r in listing.ignored))
    outcomes = [placing.skipped(r.seed, r.reason, existing.get(r.seed), where)
                for r in listing.refused]
    present = {*listing.seeds, *(r.seed for r in listing.refused)}
    orphans = {rel: e for rel, e in existing.items() if rel not in present}
    # The seeds' absolute folder: what the memory knows them by.
    seeds_at = os.path.abspath(seed_dir)
    known_of = {**_renames(seeds_at, listing.seeds, existing, orphans, settings, memory),
                **existing}
    todo: list[_Job] = []
    for rel in listing.seeds:
        known = known_of.get(rel)
        if known is not None and known.seed == rel:
            try:
                seed_digest = _seed_digest(seeds_at, rel, settings, memory)
            except (SeedError, OSError) as e:
                outcomes.append(placing.skipped(rel, _reason(e), known, where))
                continue
            if known.seed_digest == seed_digest:
                outcomes.append(placing.unchanged(rel, known, where))
                continue
        todo.append(_Job(rel, seed_dir / rel, settings))
    seed_converted.send(seed_dir, done=0, total=len(todo))
    for done, (rel, result) in enumerate(_convert_all(todo, settings), 1):
        seed_converted.send(seed_dir, done=done, total=len(todo))
        known = known_of.get(rel)
        if isinstance(result, str):
            outcomes.append(placing.skipped(rel, result, known, where))
        else:
            outcomes.append(placing.place(result, known, where))
    moved = {known_of[rel].seed for rel in listing.seeds if rel in known_of}
    outcomes += [placing.retire(orphan, where) for rel, orphan in sorted(orphans.items())
                 if rel not in moved]
    outcomes.sort(key=lambda o: o.seed)
    hand_written = sum(1 for path, header in found.headers.items() if "seed" not in header
                       and path.is_file())
    return Summary(tuple(outcomes), tuple(display(r) for r in listing.ignored), hand_written)


def _seed_digest(seeds_at: str, rel: str, settings: ConverterSettings,
                 memory: FileMemory) -> str:
    """The sha256 of a seed's bytes: remembered while its stat is the same, else read.

    Only a seed within the size limit is taken from memory (the limit may have
    been lowered since); anything else is read, and refused, as it always is.
    """
    path = f"{seeds_at}/{rel}"
    read_at = memory.now()
    st = os.lstat(path)
    if st.st_size <= settings.max_bytes:
        known = memory.recall(SEED, path, st)
        if isinstance(known, str):
            return known
    found = store.digest(read_seed_file(Path(path), settings.max_bytes))
    memory.remember(SEED, path, st, found, read_at)
    return found


# What is remembered of a seed: the sha256 of its bytes.
SEED = "seed"


def _renames(seeds_at: str, seeds: tuple[str, ...], existing: dict[str, store.Existing],
             orphans: dict[str, store.Existing], settings: ConverterSettings,
             memory: FileMemory) -> dict[str, store.Existing]:
    """New seeds with the very bytes of a seed that is gone: the same story, renamed.

    Each new seed is read here only when some article has lost its seed.
    """
    by_digest: dict[str, store.Existing] = {}
    for _rel, orphan in sorted(orphans.items()):
        by_digest.setdefault(orphan.seed_digest, orphan)
    found: dict[str, store.Existing] = {}
    for rel in seeds:
        if not by_digest:
            break
        if rel in existing:
            continue
        try:
            seed_digest = _seed_digest(seeds_at, rel, settings, memory)
        except (SeedError, OSError):
            continue  # read again when converted, and skipped with the reason there
        match = by_digest.pop(seed_digest, None)
        if match is not None:
            found[rel] = match
    return found


def warn_about(summary: Summary) -> None:
    """Log one warning per seed a person must look at: skipped, an edit kept, or a
    story kept though its seed is gone.

    Called after every seed was handled: with `pelican --fatal warnings`
    (STRICT=1) the first warning stops the build, and no seed is left half done.
    """
    for o in summary.skipped:
        log.warning("seed_converter: %s skipped: %s", o.seed, o.reason)
    for o in summary.kept_edits:
        log.warning("seed_converter: %s changed, but %s", o.seed, o.reason)
    for o in summary.kept_orphans:
        log.warning("seed_converter: %s: %s", o.seed, o.reason)


def _reason(error: Exception) -> str:
    if isinstance(error, SeedError):
        return str(error)
    return f"unreadable: {getattr(error, 'strerror', None) or error}"


def prepare(settings: ConverterSettings) -> None:
    """Make the first seed to convert as quick as the next ones, for a process
    that converts again and again (`make devserver`): import the extraction
    stages and fill what they load on first use (the line labeller's model, the
    language tables) by converting a small story whose result is dropped, and
    the given names and English's everyday words, which the small story does
    not need but many real pages do. A failure here is left for the conversion
    to report, seed by seed."""
    from .common_words import everyday_words
    from .convert import convert
    from .given_names import given_names

    try:
        convert(PREPARE_SEED, PREPARE_TEXT.encode("utf-8"), settings)
        given_names()
        everyday_words(PREPARE_HEADING, PREPARE_LANG)
    except Exception as e:  # only a warm-up: each seed's own run reports its errors
        log.debug("seed_converter: warm-up conversion failed: %s: %s", type(e).__name__, e)


# A heading looked up in the everyday words of the language most seeds are in.
PREPARE_HEADING, PREPARE_LANG = "Frequently Asked Questions", "en"
# The story prepare() converts: a headline, a byline and two paragraphs.
PREPARE_SEED = "prepare.txt"
PREPARE_TEXT = (
    "Harbour bridge opens to traffic after four years of work\n\n"
    "By Ana Lima\n\n"
    "The harbour bridge opened to traffic on Saturday morning, four years after "
    "the city council approved its construction in a close vote.\n\n"
    "Thousands of people walked across the bridge before the first cars were allowed "
    "on it, and the mayor thanked the engineers who had worked through two winters.\n"
)


def _convert_one(job: _Job) -> tuple[str, Article | str]:
    # Imported when a seed is converted: the extraction stages load numpy and
    # LightGBM's library, which a pass that finds nothing changed never needs (see
    # docs/performance.md); workers are forked after the first import.
    from .convert import convert

    try:
        data = read_seed_file(job.path, job.settings.max_bytes)
        return job.rel, convert(job.rel, data, job.settings)
    except (SeedError, OSError) as e:
        return job.rel, _reason(e)
    except Exception as e:
        return job.rel, f"internal error, please report: {type(e).__name__}: {e}"


def _convert_all(todo: list[_Job], settings: ConverterSettings,
                 ) -> Iterator[tuple[str, Article | str]]:
    """(seed, article or reason) in the order of todo, as workers finish them."""
    if len(todo) < POOL_MIN_SEEDS:
        yield from map(_convert_one, todo)
        return
    workers = settings.workers or os.cpu_count() or 1
    # Imports, the model and the language tables once, in the first worker, not
    # in every worker (each filling its own cost half a second), nor in this
    # process, which goes on to build the site (workers.py). Workers read the
    # files themselves, and each article is written while the workers convert
    # the next ones: only a few articles are ever in memory.
    # This process makes the slugs: it imports Pelican while the first worker loads.
    yield from run_apart(todo, _convert_one, lambda: prepare(settings), workers,
                         meanwhile=load_slugify)
