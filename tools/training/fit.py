"""Fit the four models of the line labeller on labelled pages.

The body model learns from every line. The headline, story-end and header models
learn from the lines around the story the body model finds, so they are fitted on
body probabilities the body model gave pages it was not trained on (out of
fold), as they will see them on new pages.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import lightgbm as lgb
import numpy as np
from seed_converter import features, header_features, story_end
from seed_converter.features import Group
from seed_converter.labeller import (
    BODY_GROUPS,
    END_GROUPS,
    META_GROUPS,
    META_TAGS,
    TITLE_GROUPS,
    Tag,
    mask,
)

from .data import LIVE_BLOG, MADE, STORY_ONLY
from .dataset import Example

SEED = 20261201


@dataclass(frozen=True)
class Params:
    """LightGBM settings, with why each is set so."""

    # Small trees, many of them, slowly: the pages are few and noisy, and a
    # confident model that learned one site's layout fails on the next site.
    learning_rate: float = 0.1
    num_leaves: int = 15
    min_data_in_leaf: int = 100
    lambda_l2: float = 10.0
    # Each tree sees half the features and half the rows: no single cue dominates.
    feature_fraction: float = 0.5
    bagging_fraction: float = 0.5
    rounds: int = 200

    def lightgbm(self, objective: str, **extra) -> dict:
        return {
            "objective": objective, "learning_rate": self.learning_rate,
            "num_leaves": self.num_leaves, "min_data_in_leaf": self.min_data_in_leaf,
            "lambda_l2": self.lambda_l2, "feature_fraction": self.feature_fraction,
            "bagging_fraction": self.bagging_fraction, "bagging_freq": 1,
            # 63 bins are plenty for these features and train twice as fast as 255.
            "max_bin": 63, "seed": SEED, "deterministic": True, "num_threads": 1,
            "force_col_wise": True, "verbose": -1, **extra,
        }


BODY = Params()
# One headline per page, so the headline model ranks each page's candidates
# (LambdaRank: only the order of the top few matters) rather than judging every
# candidate alone: far fewer examples, so smaller leaves; no row sampling, which
# would split a page's candidates. The header model has a tree per class per
# round: 150 rounds keep its prediction cheap per page.
TITLE = Params(min_data_in_leaf=50, bagging_fraction=1.0, rounds=300)
TITLE_TOP = 5
HEADER = Params(min_data_in_leaf=30, bagging_fraction=0.7, rounds=150)
BODY_THRESHOLD = 0.5
META_THRESHOLD = 0.5
# The story-end model learns, for each candidate line, whether what the body model kept
# under it is not the story: at least this share of its words is not in the truth's
# story (a last paragraph wrongly kept among a bio's does not make the bio the story).
# Each candidate weighs the kept words under it, which a cut there takes off. It is
# small and regularised as the body model is (it sees few pages: one row per kept line
# of a story's lower half).
END = Params(bagging_fraction=1.0)
END_WRONG_SHARE = 0.8
# A cut is made where the model is this sure the story has ended: a wrong cut loses
# the story's last section, which a reader misses more than a biography kept. Measured
# at 0.8, 0.9 and 0.95 on `make train`'s folds, only 0.95 cost no page its story's
# must-have lines beyond one (docs/extraction.md, "Where the story ends").
END_THRESHOLD = 0.95


NONE: frozenset[Group] = frozenset()


def fit_body(examples: Sequence[Example], masked: frozenset[Group] = NONE) -> lgb.Booster:
    x = mask(np.vstack([e.matrix for e in examples]), BODY_GROUPS, masked)
    y = np.concatenate([e.tags == Tag.BODY.index for e in examples]).astype(np.float32)
    w = np.concatenate([line_weights(e) for e in examples])
    return lgb.train(BODY.lightgbm("binary"), lgb.Dataset(x, y, weight=w, feature_name=_names(
        features.NAMES)), num_boost_round=BODY.rounds)


# What a made page's lines weigh beside a dump's (data.MADE). A story-only page: enough
# to teach that a story's last lines are story where nothing follows them, not so
# much that the dumps' furniture between paragraphs reads as story. A live blog:
# enough to teach that a story broken by time stamps and share rows is still one
# story; measured at 0.1, 0.25 and 0.5, a quarter kept as much of the held-out live
# blogs as a half and cost the real pages least (docs/extraction.md, "Live blogs").
MADE_WEIGHTS = {STORY_ONLY: 0.25, LIVE_BLOG: 0.25}


def line_weights(e: Example) -> np.ndarray:
    """Each line weighs its words: the story is judged by the words a reader gets, and
    a paragraph wrongly kept or lost costs more than a two-word label."""
    return line_words(e) * MADE_WEIGHTS.get(e.page.variant, 1.0)


def line_words(e: Example) -> np.ndarray:
    """The words of each line of a page, a line of symbols counting one."""
    return np.array([max(1, len(line.text.split())) for line in e.page.lines],
                    dtype=np.float32)


def fit_title(examples: Sequence[Example], body: Sequence[np.ndarray],
              masked: frozenset[Group] = NONE) -> lgb.Booster:
    xs, ys = [], []
    for e, probs in zip(examples, body, strict=True):
        if not dumped(e):
            continue
        c = header_features.title_candidates(e.page_features, probs, e.lang)
        y = np.array([e.tags[i] == Tag.TITLE.index for i in c.lines], dtype=np.float32)
        if y.any():  # a page whose headline is not a candidate teaches no order
            xs.append(c.matrix)
            ys.append(y)
    names = _names(header_features.TITLE_NAMES + features.NAMES)
    x = mask(np.vstack(xs), TITLE_GROUPS, masked)
    ranking = TITLE.lightgbm("lambdarank", lambdarank_truncation_level=TITLE_TOP)
    data = lgb.Dataset(x, np.concatenate(ys), group=[len(y) for y in ys], feature_name=names)
    return lgb.train(ranking, data, num_boost_round=TITLE.rounds)


def fit_end(examples: Sequence[Example], body: Sequence[np.ndarray],
            masked: frozenset[Group] = NONE) -> lgb.Booster:
    xs, ys, ws = [], [], []
    for e, probs in zip(examples, body, strict=True):
        if not dumped(e):
            continue
        c = story_end.end_candidates(e.page_features, probs, e.lang)
        if c.lines:
            xs.append(c.matrix)
            y, w = end_labels(e, c)
            ys.append(y)
            ws.append(w)
    x = mask(np.vstack(xs), END_GROUPS, masked)
    data = lgb.Dataset(x, np.concatenate(ys), weight=np.concatenate(ws),
                       feature_name=_names(story_end.END_NAMES))
    return lgb.train(END.lightgbm("binary"), data, num_boost_round=END.rounds)


def end_labels(e: Example, c: story_end.EndCandidates) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate: whether the kept words under it are mostly not the story
    (END_WRONG_SHARE), and how many they are (its weight)."""
    words = line_words(e)
    kept = np.array(c.kept)
    wrong = np.where(e.tags[kept] == Tag.BODY.index, 0.0, words[kept])
    # Words kept under each kept line, and how many of them are not the story.
    under = np.cumsum(words[kept][::-1])[::-1] - words[kept]
    wrong_under = np.cumsum(wrong[::-1])[::-1] - wrong
    at = np.searchsorted(kept, c.lines)
    share = wrong_under[at] / under[at]
    return (share >= END_WRONG_SHARE).astype(np.float32), under[at]


def fit_meta(examples: Sequence[Example], body: Sequence[np.ndarray],
             titles: Sequence[int | None], masked: frozenset[Group] = NONE) -> lgb.Booster:
    xs, ys = [], []
    classes = [t.index for t in META_TAGS]
    for e, probs, title in zip(examples, body, titles, strict=True):
        if not dumped(e):
            continue
        c = header_features.meta_candidates(e.page_features, probs, title)
        if not c.lines:
            continue
        xs.append(c.matrix)
        ys.append(np.array([classes.index(e.tags[i]) if e.tags[i] in classes else 0
                            for i in c.lines], dtype=np.float32))
    names = _names(header_features.META_NAMES + features.NAMES)
    x = mask(np.vstack(xs), META_GROUPS, masked)
    return lgb.train(HEADER.lightgbm("multiclass", num_class=len(META_TAGS)),
                     lgb.Dataset(x, np.concatenate(ys), feature_name=names),
                     num_boost_round=HEADER.rounds)


def dumped(e: Example) -> bool:
    """A page dump, not a page made from a truth: the headline and header models learn
    from dumps only. A story-only page's headline is always its first line, and
    learning that cost whole-page titles (docs/extraction.md, "Long stories and
    story-only pages"); a live blog repeats its dump's header, which they learn from."""
    return e.page.variant not in MADE


def _names(names: Sequence[str]) -> list[str]:
    """LightGBM's feature names may not hold JSON's special characters."""
    return [f"f{k}" for k in range(len(names))]


def save(path: Path, body: lgb.Booster, title: lgb.Booster, meta: lgb.Booster,
         end: lgb.Booster, about: dict, masked: frozenset[Group] = NONE) -> None:
    """Write the model file the converter loads (labeller.load)."""
    data = {
        "about": about,
        "masked": sorted(g.value for g in masked),
        "body_features": features.NAMES,
        "title_features": header_features.TITLE_NAMES + features.NAMES,
        "meta_features": header_features.META_NAMES + features.NAMES,
        "end_features": story_end.END_NAMES,
        "body_threshold": BODY_THRESHOLD,
        "meta_threshold": META_THRESHOLD,
        "end_threshold": END_THRESHOLD,
        "body": body.model_to_string(),
        "title": title.model_to_string(),
        "meta": meta.model_to_string(),
        "end": end.model_to_string(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
