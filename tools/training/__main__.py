"""`make train`: cross-validate the line labeller by site, then fit and save it.

    python -m training [--eval-root ../shared/eval] [--folds 5] [--out MODEL] [--work DIR]

Prints the cross-validated figures of the real converter, scored by the eval's
score.py, and what it keeps of the pages made from held-out truths (made_pages.py),
then fits the four models on every page and writes the model file the converter
ships (plugins/seed_converter/labeller_model.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

from seed_converter.labeller import LABELLER_MODEL

from . import crossval, drift, fit, made_pages
from .data import MADE
from .dataset import pages_arguments, training_pages
from .figures import print_table


def main(argv: list[str] | None = None) -> int:
    p = pages_arguments("make train", "build/train")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--out", type=Path, default=LABELLER_MODEL)
    args = p.parse_args(argv)
    folders, data = training_pages(args.eval_root, args.work)
    if not folders:
        return 2
    splits = crossval.folds(data, args.folds)
    body_models, body = crossval.out_of_fold_body(data, splits)
    digest = drift.features_digest(data)
    if args.folds > 1:
        out = crossval.convert_folds(data, splits, body_models, body, args.work,
                                     digest=digest)
        print_table(folders, out, args.folds,
                    sum(e.page.variant not in MADE for e in data))
        print_made_pages(data, splits, args.work)
    titles = crossval.truth_titles(data)
    fit.save(args.out, fit.fit_body(data), fit.fit_title(data, body),
             fit.fit_meta(data, body, titles), fit.fit_end(data, body),
             about={"pages": len(data), "sites": len({e.page.site for e in data}),
                    "folders": [f.name for f in folders], "folds": args.folds,
                    drift.DIGEST_KEY: digest})
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def print_made_pages(data, splits, work: Path) -> None:
    models = crossval.fold_models(work, len(splits))
    alone = made_pages.story_only(data, splits, models)
    live = made_pages.live_blogs(data, splits, models)
    short = made_pages.short_stories(data, splits, models)
    longer = made_pages.long_stories(data, splits, models)
    print(f"Pages made from held-out truths (words of the story kept): story only "
          f"{alone.share:.3f}; live blogs {live.share:.3f}; short stories "
          f"{short.share:.3f}; long stories, "
          + ", ".join(f"{n:,} lines added {kept.share:.3f}" for n, kept in longer.items()),
          flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
