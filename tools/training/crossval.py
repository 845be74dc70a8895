"""Cross-validation by site: every page is converted by models that never saw its site.

Pages are split into folds by site, so no site is on both sides. Each fold's
models are fitted on the other folds and convert the fold's seeds with the real
converter; the eval's own score.py then scores all the converted seeds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from seed_converter.convert import convert
from seed_converter.errors import SeedError
from seed_converter.features import Group
from seed_converter.labeller import BODY_GROUPS, mask
from seed_converter.settings import ConverterSettings
from seed_converter.slugs import make_slug
from seed_converter.writing import render

from . import fit
from .data import LIVE_BLOG
from .dataset import Example
from .drift import DIGEST_KEY

Fold = tuple[list[int], list[int]]  # (train, test) indices into the examples
# Converted pages need a date to be written; a page without one gets this (not scored).
_EPOCH = dt.datetime(2000, 1, 1)


def folds(examples: Sequence[Example], k: int) -> list[Fold]:
    """k folds of whole sites, of about equal size, the same on every run."""
    sites: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        sites[e.page.site].append(i)
    # A site weighs its pages in the forms every page has (a live blog is made only of
    # a long enough story, and repeats its dump).
    size = {s: sum(examples[i].page.variant != LIVE_BLOG for i in held)
            for s, held in sites.items()}
    # Largest sites first, each into the smallest fold; ties by a digest of the name.
    order = sorted(sites, key=lambda s: (-size[s], hashlib.sha256(s.encode()).hexdigest()))
    parts: list[list[int]] = [[] for _ in range(k)]
    weights = [0] * k
    for site in order:
        smallest = min(range(k), key=weights.__getitem__)
        parts[smallest].extend(sites[site])
        weights[smallest] += size[site]
    everything = set(range(len(examples)))
    return [(sorted(everything - set(p)), sorted(p)) for p in parts]


def out_of_fold_body(examples: Sequence[Example], splits: list[Fold],
                     masked: frozenset[Group] = fit.NONE):
    """Each fold's body model, and each page's body probabilities from the body model
    of the folds it is not in."""
    found: list[np.ndarray | None] = [None] * len(examples)
    models = []
    for n, (train, test) in enumerate(splits):
        model = fit.fit_body([examples[i] for i in train], masked)
        models.append(model)
        for i in test:
            found[i] = model.predict(mask(examples[i].matrix, BODY_GROUPS, masked))
        print(f"  body model, fold {n + 1}/{len(splits)}", file=sys.stderr, flush=True)
    return models, found


def truth_titles(examples: Sequence[Example]) -> list[int | None]:
    """The line the truth names as the headline, per page (None if the seed lacks it)."""
    out = []
    for e in examples:
        hits = np.flatnonzero(e.tags == fit.Tag.TITLE.index)
        out.append(int(hits[0]) if len(hits) else None)
    return out


def convert_folds(examples: Sequence[Example], splits: list[Fold], body_models,
                  body: list[np.ndarray], work: Path, masked: frozenset[Group] = fit.NONE,
                  variants: tuple[str, ...] = ("full", "from-title"),
                  digest: str | None = None) -> Path:
    """Convert every page (of these variants) with the models of the folds it is not in;
    return the output root. Each fold's models are kept in work (fold-N.json, with the
    features' digest when given, so `make recheck` can use them again)."""
    titles = truth_titles(examples)
    out_root = work / "cv"
    shutil.rmtree(out_root, ignore_errors=True)
    for n, (train, test) in enumerate(splits):
        pick = [examples[i] for i in train]
        models = (body_models[n],
                  fit.fit_title(pick, [body[i] for i in train], masked),
                  fit.fit_meta(pick, [body[i] for i in train], [titles[i] for i in train],
                               masked),
                  fit.fit_end(pick, [body[i] for i in train], masked))
        # A name of its own per masking: the converter loads a model file once per path.
        without = "".join(f"-without-{g.value}" for g in sorted(masked, key=lambda g: g.value))
        path = work / f"fold-{n + 1}{without}.json"
        about = {"fold": n + 1} | ({DIGEST_KEY: digest} if digest else {})
        fit.save(path, *models, about=about, masked=masked)
        convert_fold(examples, test, path, out_root, variants)
        print(f"  converted fold {n + 1}/{len(splits)}", file=sys.stderr, flush=True)
    return out_root


def fold_models(work: Path, k: int) -> list[Path]:
    """Where convert_folds keeps each fold's models (unmasked)."""
    return [work / f"fold-{n + 1}.json" for n in range(k)]


def convert_fold(examples: Sequence[Example], test: Sequence[int], model: Path,
                 out_root: Path, variants: tuple[str, ...] = ("full", "from-title")) -> None:
    """Convert the fold's pages (of these variants) with one model file."""
    settings = dataclasses.replace(ConverterSettings(), labeller_model=model)
    for i in test:
        if examples[i].page.variant in variants:
            _convert_to(examples[i], settings, out_root / examples[i].page.path.parent.name)


def _convert_to(e: Example, settings: ConverterSettings, out: Path) -> None:
    seed = e.page.path
    try:
        article = convert(seed.name, seed.read_bytes(), settings)
    except SeedError:
        return  # scored as a seed with no output
    out.mkdir(parents=True, exist_ok=True)
    text = render(article, make_slug(article.meta.title), article.meta.date or _EPOCH)
    (out / f"{seed.name}.md").write_text(text, encoding="utf-8")


def score(eval_folder: Path, out: Path, variant: str) -> dict:
    """The eval's own score.py on one folder's converted seeds, as a dict, with
    `bylines_wrong` added (score.py's per-seed scores say which)."""
    with tempfile.TemporaryDirectory() as tmp:
        per_doc = Path(tmp) / "per-doc.json"
        got = subprocess.run(
            [sys.executable, str(eval_folder.parent / "score.py"), str(eval_folder), str(out),
             "--variant", variant, "--json", "--per-doc", str(per_doc)],
            capture_output=True, text=True, check=True)
        seeds = json.loads(per_doc.read_text(encoding="utf-8"))
    return {**json.loads(got.stdout)["groups"][variant], "bylines_wrong": bylines_wrong(seeds)}


def bylines_wrong(seeds: list[dict]) -> float:
    """Of the articles that name authors, the share whose names are not the page's
    writers (score.py's loose match), or that name someone where the truth has no
    writer: what a reader sees as a wrong byline. score.py's author figures count
    only pages with a writer, so a heading taken for one ("Key Takeaways") on a
    page without one goes unseen there."""
    named = [s for s in seeds if s.get("has_output") and s.get("pred_authors")]
    return sum(not s.get("authors_loose") for s in named) / len(named) if named else 0.0
