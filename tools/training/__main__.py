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

from . import crossval, drift, fit, made_pages, snippets
from .data import MADE
from .dataset import pages_arguments, training_pages

VARIANTS = ("full", "from-title")
# (score.py key, column heading) of the figures printed.
FIGURES = (
    ("micro_precision", "body P"), ("micro_recall", "body R"), ("micro_f1", "body F1"),
    ("mean_f1", "mean F1"), ("title_exact", "title EM"),
    ("date_acc_seen", "date (in seed)"), ("author_loose_seen", "authors loose (in seed)"),
    # Every name right and none more: a title or a label left in a name fails here only.
    ("author_exact_seen", "authors exact (in seed)"),
    ("bylines_wrong", "bylines given, wrong"),
)


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
    if args.folds > 1:
        out = crossval.convert_folds(data, splits, body_models, body, args.work)
        print_table(folders, out, args.folds,
                    sum(e.page.variant not in MADE for e in data))
        print_made_pages(data, splits, args.work)
    titles = crossval.truth_titles(data)
    fit.save(args.out, fit.fit_body(data), fit.fit_title(data, body),
             fit.fit_meta(data, body, titles), fit.fit_end(data, body),
             about={"pages": len(data), "sites": len({e.page.site for e in data}),
                    "folders": [f.name for f in folders], "folds": args.folds,
                    drift.DIGEST_KEY: drift.features_digest(data)})
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def print_table(folders: list[Path], out: Path, k: int, pages: int) -> None:
    print(f"Cross-validated by site ({k} folds, {pages} seeds), scored by score.py"
          " (pages fully right: by the truth's must / must-not snippets, where it has them):")
    print("| pages | seeds | " + " | ".join(name for _, name in FIGURES) + " | pages fully right |")
    print("| --- | --- |" + " --- |" * (len(FIGURES) + 1))
    for folder in folders:
        score_py = snippets.load_score_module(folder.parent)
        for variant in VARIANTS:
            got = crossval.score(folder, out / folder.name, variant)
            cells = [f"{got.get(key, float('nan')):.3f}" for key, _ in FIGURES]
            right = snippets.score_snippets(score_py, folder, out / folder.name, variant)
            cells.append(f"{right.fully_right_share:.3f} of {right.pages}" if right.pages else "—")
            print(f"| {folder.name} | {variant} | " + " | ".join(cells) + " |", flush=True)


def print_made_pages(data, splits, work: Path) -> None:
    models = [work / f"fold-{n + 1}.json" for n in range(len(splits))]
    alone = made_pages.story_only(data, splits, models)
    live = made_pages.live_blogs(data, splits, models)
    longer = made_pages.long_stories(data, splits, models)
    print(f"Pages made from held-out truths (words of the story kept): story only "
          f"{alone.share:.3f}; live blogs {live.share:.3f}; long stories, "
          + ", ".join(f"{n:,} lines added {kept.share:.3f}" for n, kept in longer.items()),
          flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
