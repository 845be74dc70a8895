"""plugins/seed_converter/trees.py calls LightGBM's C library as the lightgbm
package's Booster.predict does: these fail when the pinned package's outputs and
ours part."""

from __future__ import annotations

import json

import lightgbm as lgb
import numpy as np
import pytest
from seed_converter import features, header_features, labeller, story_end
from seed_converter.splitting import split_lines
from seed_converter.trees import Trees, TreesError

PAGE = """Harbour Times
Home News Sport Culture
Bridge opens to traffic after four years of work
By Ana Lima
5 March 2026
The harbour bridge opened to traffic on Saturday morning, four years after the city
council approved its construction in a close vote.
Thousands of people walked across the bridge before the first cars were allowed on it,
and the mayor thanked the engineers who had worked through two winters.
Share on Facebook
Related: Ferry fares to rise in spring
© 2026 Harbour Times
"""


@pytest.fixture(scope="module")
def models() -> dict:
    data = json.loads(labeller.LABELLER_MODEL.read_text(encoding="utf-8"))
    return {part: data[part] for part in ("body", "title", "meta", "end")}


@pytest.fixture(scope="module")
def page():
    return features.page_features(split_lines(PAGE), "en")


def lightgbm_predict(text: str, matrix: np.ndarray) -> np.ndarray:
    return lgb.Booster(model_str=text).predict(matrix, num_threads=1).ravel()


def test_the_body_models_probabilities_are_lightgbms_bit_for_bit(models, page):
    for matrix in (page.matrix, page.matrix[:1], page.matrix.astype(np.float64),
                   np.asfortranarray(page.matrix)):
        assert np.array_equal(Trees(models["body"]).predict(matrix),
                              lightgbm_predict(models["body"], matrix))


def test_the_headline_rankers_scores_are_lightgbms_bit_for_bit(models, page):
    body = Trees(models["body"]).predict(page.matrix)
    candidates = header_features.title_candidates(page, body, "en")
    assert candidates.lines
    assert np.array_equal(Trees(models["title"]).predict(candidates.matrix),
                          lightgbm_predict(models["title"], candidates.matrix))


def test_the_header_models_three_classes_are_lightgbms_row_by_row(models, page):
    body = Trees(models["body"]).predict(page.matrix)
    meta = header_features.meta_candidates(page, body, None)
    trees = Trees(models["meta"])
    assert trees.classes == len(labeller.META_TAGS)
    assert np.array_equal(trees.predict(meta.matrix), lightgbm_predict(models["meta"], meta.matrix))


def test_the_story_end_models_probabilities_are_lightgbms_bit_for_bit(models, page):
    # Every line kept, so that the page has candidates whatever the body model says.
    candidates = story_end.end_candidates(page, np.ones(len(page.lines)), "en")
    assert candidates.lines
    assert np.array_equal(Trees(models["end"]).predict(candidates.matrix),
                          lightgbm_predict(models["end"], candidates.matrix))


def test_a_model_lightgbm_cannot_read_is_refused_with_its_reason():
    with pytest.raises(TreesError, match=r"\w"):
        Trees("this is not a model")
