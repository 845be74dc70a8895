"""Features and labels of every line of every training page."""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import seed_converter
from seed_converter.features import Page as Featured
from seed_converter.features import page_features
from seed_converter.labeller import Tag
from seed_converter.language import guess_language

from .alignment import align
from .data import Page, load


@dataclass(frozen=True)
class Example:
    """One page's lines as features, with the tag the truth gives each line."""

    page: Page
    lang: str
    page_features: Featured
    tags: np.ndarray  # Tag index per line

    @property
    def matrix(self) -> np.ndarray:
        return self.page_features.matrix


def example(page: Page) -> Example:
    """Feature a page's lines as the converter does, and tag them from the truth."""
    lang = guess_language(page.text)
    aligned = align(page.lines, page.truth)
    tags = np.where(np.array(aligned.body, dtype=bool), Tag.BODY.index, Tag.OTHER.index)
    tags = tags.astype(np.int8)
    tags[list(aligned.datelines)] = Tag.DATELINE.index
    tags[list(aligned.bylines)] = Tag.BYLINE.index
    if aligned.title is not None:
        tags[aligned.title] = Tag.TITLE.index
    return Example(page, lang, page_features(page.lines, lang), tags)


def cached_examples(folders: list[Path], cache: Path) -> list[Example]:
    """examples(), kept in `cache` for the next run while the code and pages are the same."""
    key = _digest(folders)
    try:
        with cache.open("rb") as f:
            stored_key, data = pickle.load(f)
        if stored_key == key:
            return data
    except (OSError, EOFError, pickle.UnpicklingError, ValueError):
        pass
    data = examples(folders)
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as f:
        pickle.dump((key, data), f, protocol=pickle.HIGHEST_PROTOCOL)
    return data


def _digest(folders: list[Path]) -> str:
    """What the examples depend on: the converter's and the training's code, the pages."""
    h = hashlib.sha256()
    code = [*sorted(Path(seed_converter.__file__).parent.glob("*.py")),
            *sorted(Path(__file__).parent.glob("*.py"))]
    for path in code:
        h.update(path.read_bytes())
    for folder in folders:
        for path in sorted(folder.iterdir()):
            stat = path.stat()
            h.update(f"{path.name} {stat.st_size} {stat.st_mtime_ns}".encode())
    return h.hexdigest()


def examples(folders: list[Path], workers: int = 0) -> list[Example]:
    """Every page of the folders, featured and tagged, on all cores, in a stable order."""
    pages = [p for folder in folders for p in load(folder)]
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count()) as pool:
        return list(pool.map(example, pages, chunksize=8))


FOLDERS = ("wcxb-dev", "dev")


def eval_folders(root: Path) -> list[Path]:
    """The training folders present under an eval root, in FOLDERS' order."""
    return [root / name for name in FOLDERS if (root / name).is_dir()]


def training_pages(root: Path, work: Path) -> tuple[list[Path], list[Example]]:
    """The eval folders under root and their featured, tagged pages (cached in work);
    ([], []) after saying so when there are none."""
    folders = eval_folders(root)
    if not folders:
        print(f"no training pages under {root}", file=sys.stderr)
        return [], []
    print(f"featuring and tagging the pages of {', '.join(map(str, folders))}", file=sys.stderr)
    return folders, cached_examples(folders, work / "examples.pickle")


def pages_arguments(prog: str, work: str) -> argparse.ArgumentParser:
    """A command line that reads the training pages: --eval-root, and --work for
    their cache."""
    p = argparse.ArgumentParser(prog=prog)
    p.add_argument("--eval-root", type=Path, default=Path("../shared/eval"))
    p.add_argument("--work", type=Path, default=Path(work))
    return p
