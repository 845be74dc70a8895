"""Making the cards a build lacks, on all cores, and putting every card in the site.

A card's file is named by its content and kept in a cache beside Pelican's, so
an unchanged story costs a hard link. The cards missing from the cache are drawn
by a pool of worker processes, started as soon as the stories are read and busy
while Pelican asks for the pages; the site gets them before the pages are
rendered (the render workers would only compete with them for the cores).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import site
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from PIL import features

from . import draw, fonts
from .plan import CARD_DIR, ShareImage, cached

log = logging.getLogger(__name__)

CACHE_DIR = "share-cards"
# Below this many cards to draw, starting workers costs more than it saves.
POOL_MIN_CARDS = 4
# Cards a worker is handed at a time: a future for each card (with its lock and
# its queue entry) was held in the build's process until every card was drawn,
# while the process forked to work out fingerprints shared that memory; enough
# batches still that both workers finish close together.
BATCH = 32
# What the drawing workers' server loads once, so that each worker need not.
DRAWING_LIBRARIES = ["PIL.Image", "PIL.ImageDraw", "PIL.ImageFont"]
# The folder this plugin package is in (Pelican's PLUGIN_PATHS entry).
PLUGIN_ROOT = Path(__file__).resolve().parents[2]


def drawing_context():
    """Where the drawing workers come from: a small server process that has loaded
    Pillow and nothing of the build. Forked from the build instead, each worker
    shared every story the build held and copied the pages it touched: at 20,000
    stories two workers held about 200 MB each, at the build's peak."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(DRAWING_LIBRARIES)
    return context


def draw_into(path: Path, card) -> None:
    """Render one card into the cache, atomically: a stopped build leaves no half file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(draw.render(card))
    os.replace(tmp, path)


def draw_batch(cards: list[tuple[Path, object]]) -> list[tuple[int, str, str]]:
    """Render each (path, card) with draw_into; each failure as (its place in
    the batch, the error's type name, its message), the others drawn."""
    failed = []
    for i, (path, card) in enumerate(cards):
        try:
            draw_into(path, card)
        except Exception as e:
            failed.append((i, type(e).__name__, str(e)))
    return failed


class ShareCardGenerator:
    """A Pelican generator: cards for the stories and pages enrich.py planned."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = output_path
        self.cache = Path(settings.get("CACHE_PATH") or "cache") / CACHE_DIR
        self.images: dict[str, tuple[ShareImage, str]] = {}  # cache name -> image, whose
        self.pool: ProcessPoolExecutor | None = None
        # Each batch of cards being drawn, and whose card each one is.
        self.pending: list[tuple[Future, list[str]]] = []
        self.drawn = 0

    def generate_context(self):
        """Start drawing the missing cards; stories and their cards are known by now."""
        if not self.settings["NEWS_SHARE_CARDS"]:
            return
        for article in [*self.context.get("articles", ()), *self.context.get("translations", ())]:
            shared = getattr(article, "share_image", None)
            if shared is not None:
                self._want(shared, article.source_path)
        for shared in self.settings.get("NEWS_SITE_IMAGES", ()):
            self._want(shared, "the site's settings")
        self.cache.mkdir(parents=True, exist_ok=True)
        missing = [(s, w) for s, w in self.images.values() if not cached(self.cache, s).exists()]
        if not missing:
            return
        self.drawn = len(missing)
        _warn_without_shaping(missing)
        if len(missing) < POOL_MIN_CARDS:
            for shared, whose in missing:
                self._draw_here(shared, whose)
            return
        workers = self.settings["NEWS_SHARE_CARD_WORKERS"] or os.cpu_count() or 1
        # Pelican loads plugins from PLUGIN_PATHS without putting them on sys.path,
        # so a worker that did not inherit the build's modules is shown the way.
        self.pool = ProcessPoolExecutor(max_workers=min(workers, len(missing)),
                                        mp_context=drawing_context(),
                                        initializer=site.addsitedir,
                                        initargs=(str(PLUGIN_ROOT),))
        for start in range(0, len(missing), BATCH):
            batch = missing[start:start + BATCH]
            cards = [(cached(self.cache, s), s.card) for s, _w in batch]
            self.pending.append((self.pool.submit(draw_batch, cards), [w for _s, w in batch]))

    def generate_output(self, writer):
        """Wait for the workers, then link every card of this build into the site."""
        if self.pool is not None:
            for future, whose in self.pending:
                try:
                    failed = future.result()
                except Exception as e:  # the worker itself failed: the batch is lost
                    failed = [(i, type(e).__name__, str(e)) for i in range(len(whose))]
                for i, error, message in failed:
                    log.error("news_site: share card for %s not drawn: %s: %s",
                              whose[i], error, message)
            self.pool.shutdown()
            # One future a batch (with its lock and queue): not kept to the end of
            # the build, which forks the render workers with what it holds.
            self.pool, self.pending = None, []
        if self.images:
            log.info("news_site: %d share cards (%d drawn, the rest from the cache)",
                     len(self.images), self.drawn)
        # A staged build (the incremental plugin's writer) keeps a card the site
        # already holds as this very file where it is.
        keeps = getattr(writer, "keeps", None)
        for name, (shared, _whose) in sorted(self.images.items()):
            source = self.cache / name
            if source.exists() and not (keeps and keeps(shared.path, str(source))):
                _link(source, Path(self.output_path) / shared.path)
        self._prune(self.cache)
        if self.images:
            # A build in place (devserver) must not keep last build's cards either.
            self._prune(Path(self.output_path) / CARD_DIR)

    def _want(self, shared: ShareImage, whose: str) -> None:
        self.images.setdefault(cached(self.cache, shared).name, (shared, whose))

    def _draw_here(self, shared: ShareImage, whose: str) -> None:
        try:
            draw_into(cached(self.cache, shared), shared.card)
        except Exception as e:
            log.error("news_site: share card for %s not drawn: %s: %s", whose, type(e).__name__, e)

    def _prune(self, folder: Path) -> None:
        """Forget cards no page uses any more: the cache holds one site's cards.
        A folder never made (cards turned off, a clean cache) holds none."""
        if not folder.is_dir():
            return
        for path in folder.iterdir():
            if path.name not in self.images:
                path.unlink(missing_ok=True)


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        if os.path.samefile(source, target):
            return
        target.unlink()
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _warn_without_shaping(missing) -> None:
    """Arabic, Hebrew and Indic text need Raqm (with FriBiDi) to be joined and ordered."""
    if features.check("raqm"):
        return
    needs = sorted({entry.script for s, _ in missing
                    if (entry := fonts.script_of(s.card.headline)) and entry.script != "CJK"})
    if needs:
        log.warning("news_site: share cards in %s are drawn without text shaping: "
                    "install libfribidi (Debian: libfribidi0)", ", ".join(needs))
