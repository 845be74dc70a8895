"""`make ablation`: what each feature group adds to the line labeller.

    python -m training.ablation [--eval-root ../shared/eval] [--folds 3] [--work DIR]

For each feature group, the four models are trained again without it (its
columns zero in training and in use) and cross-validated by site exactly as
`make train` does; the table shows the figures with everything and with each
group left out.
"""

from __future__ import annotations

from seed_converter.features import Group

from . import crossval, fit
from .dataset import pages_arguments, training_pages

# (score.py key, column heading), on whole-page seeds.
FIGURES = (("micro_f1", "body F1"), ("micro_precision", "body P"),
           ("title_exact", "title EM"), ("date_acc_seen", "date"),
           ("author_loose_seen", "authors"))


def main(argv: list[str] | None = None) -> int:
    p = pages_arguments("make ablation", "build/ablation")
    p.add_argument("--folds", type=int, default=3)
    args = p.parse_args(argv)
    folders, data = training_pages(args.eval_root, args.work)
    if not folders:
        return 2
    splits = crossval.folds(data, args.folds)
    heads = [f"{f.name} {name}" for f in folders for _, name in FIGURES]
    print(f"Cross-validated by site ({args.folds} folds), whole-page seeds:")
    print("| left out | " + " | ".join(heads) + " |")
    print("| --- |" + " --- |" * len(heads))
    for group in (None, *Group):
        masked = frozenset({group}) if group else fit.NONE
        models, body = crossval.out_of_fold_body(data, splits, masked)
        # The table is of whole-page seeds: only those are converted and scored.
        out = crossval.convert_folds(data, splits, models, body, args.work, masked, ("full",))
        cells = []
        for folder in folders:
            got = crossval.score(folder, out / folder.name, "full")
            cells += [f"{got[key]:.3f}" for key, _ in FIGURES]
        name = group.value if group else "nothing (all features)"
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
