"""`make recheck` converts the held-out pages again with the fold models `make train`
kept, and only when they were fitted on today's features."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import EVAL_HEADLINE, tiny_eval_root
from seed_converter.labeller import LABELLER_MODEL
from training import crossval, drift, recheck
from training.data import load
from training.dataset import example


def _fold_models(work: Path, digest: str | None, k: int = 1) -> None:
    """Fold model files as `make train` keeps them: the shipped models, with a digest."""
    work.mkdir(parents=True, exist_ok=True)
    shipped = json.loads(LABELLER_MODEL.read_text(encoding="utf-8"))
    for path in crossval.fold_models(work, k):
        about = {"fold": 1} | ({drift.DIGEST_KEY: digest} if digest else {})
        path.write_text(json.dumps(shipped | {"about": about}), encoding="utf-8")


def _recheck(tmp_path: Path) -> int:
    return recheck.main(["--eval-root", str(tmp_path / "eval"), "--work",
                         str(tmp_path / "work"), "--folds", "1"])


def test_without_make_train_s_fold_models_it_says_to_run_make_train(tmp_path, capsys):
    tiny_eval_root(tmp_path)
    assert _recheck(tmp_path) == 2
    assert "run `make train`" in capsys.readouterr().err


def test_fold_models_fitted_on_other_features_are_refused(tmp_path, capsys):
    tiny_eval_root(tmp_path)
    _fold_models(tmp_path / "work", "0" * 64)
    assert _recheck(tmp_path) == 1
    assert "other features" in capsys.readouterr().err


def test_fold_models_that_record_no_digest_are_refused(tmp_path):
    tiny_eval_root(tmp_path)
    _fold_models(tmp_path / "work", None)
    assert _recheck(tmp_path) == 1


def test_a_fold_s_pages_are_converted_with_its_model(tmp_path):
    examples = [example(p) for p in load(tiny_eval_root(tmp_path) / "wcxb-dev")]
    out = tmp_path / "cv"
    crossval.convert_fold(examples, [0], LABELLER_MODEL, out)
    converted = (out / "wcxb-dev" / "0001.txt.md").read_text(encoding="utf-8")
    assert f"Title: {EVAL_HEADLINE}" in converted
    assert "ending a debate" in converted
