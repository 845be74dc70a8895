"""The model file records what it was fitted on; `make train-check` compares."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from helpers import EVAL_HEADLINE as HEADLINE
from helpers import EVAL_PAGE as PAGE
from helpers import EVAL_STORY as STORY
from helpers import tiny_eval_root
from seed_converter.splitting import split_lines
from training import drift
from training.alignment import Truth
from training.data import Page, load
from training.dataset import example


def _example(text: str = PAGE):
    page = Page("p", "full", Path("wcxb-dev/p.txt"), "example.org", text, split_lines(text),
                Truth(title=HEADLINE, body=STORY))
    return example(page)


def test_the_digest_is_the_same_for_the_same_pages():
    assert drift.features_digest([_example()]) == drift.features_digest([_example()])


def test_the_digest_changes_with_a_line_s_features():
    changed = _example(PAGE.replace("By Jane Reporter", "by Jane Reporter and John Smith"))
    assert drift.features_digest([changed]) != drift.features_digest([_example()])


def test_the_digest_is_the_same_for_features_a_last_bit_apart():
    # Another machine's numpy may sum a feature in another order.
    e = _example()
    nudged = dataclasses.replace(e, page_features=dataclasses.replace(
        e.page_features, matrix=e.matrix * (1 + 1e-15)))
    assert drift.features_digest([nudged]) == drift.features_digest([e])
    moved = dataclasses.replace(e, page_features=dataclasses.replace(
        e.page_features, matrix=e.matrix + 1e-6))
    assert drift.features_digest([moved]) != drift.features_digest([e])


def test_the_digest_changes_with_a_line_s_tag():
    e = _example()
    tags = e.tags.copy()
    tags[0] = tags[3]  # "Home" tagged as story text
    assert drift.features_digest([dataclasses.replace(e, tags=tags)]) != \
        drift.features_digest([e])


def _check(tmp_path: Path, digest: str | None) -> int:
    model = tmp_path / "model.json"
    model.write_text(json.dumps({"about": {drift.DIGEST_KEY: digest} if digest else {}}),
                     encoding="utf-8")
    return drift.main(["--eval-root", str(tmp_path / "eval"), "--model", str(model),
                       "--work", str(tmp_path / "work")])


def test_the_check_passes_a_model_fitted_on_today_s_features(tmp_path):
    pages = load(tiny_eval_root(tmp_path) / "wcxb-dev")
    assert _check(tmp_path, drift.features_digest([example(p) for p in pages])) == 0


def test_the_check_fails_a_model_fitted_on_other_features(tmp_path, capsys):
    tiny_eval_root(tmp_path)
    assert _check(tmp_path, "0" * 64) == 1
    assert "run `make train`" in capsys.readouterr().err


def test_the_check_fails_a_model_that_records_no_digest(tmp_path):
    tiny_eval_root(tmp_path)
    assert _check(tmp_path, None) == 1
