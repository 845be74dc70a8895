"""`make recheck`: `make train`'s cross-validated figures again, from the fold models
the last `make train` kept, without fitting anything.

A change to what the converter does with the labeller's tags (bylines, dates, tags,
sections, revising the lines) leaves every model as it was: converting the held-out
pages again with the same fold models gives the figures `make train` would, in a
minute instead of eight. A change to what the models learn from (a line feature, a
rule a feature reads) makes the kept fold models stale: their recorded digest of the
features then differs from today's, and only `make train` can say.

    python -m training.recheck [--eval-root ../shared/eval] [--folds 5] [--work DIR]
"""

from __future__ import annotations

import shutil
import sys

from . import crossval, drift
from .data import MADE
from .dataset import pages_arguments, training_pages
from .figures import print_table


def main(argv: list[str] | None = None) -> int:
    p = pages_arguments("make recheck", "build/train")
    p.add_argument("--folds", type=int, default=5)
    args = p.parse_args(argv)
    models = crossval.fold_models(args.work, args.folds)
    missing = [str(m) for m in models if not m.is_file()]
    if missing:
        print(f"no fold models from `make train` ({', '.join(missing)}): run `make train`",
              file=sys.stderr)
        return 2
    folders, data = training_pages(args.eval_root, args.work)
    if not folders:
        return 2
    today = drift.features_digest(data)
    stale = [str(m) for m in models if drift.recorded_digest(m) != today]
    if stale:
        print(f"the fold models ({', '.join(stale)}) were fitted on other features than "
              "today's code computes: run `make train`", file=sys.stderr)
        return 1
    splits = crossval.folds(data, args.folds)
    out = args.work / "cv"
    shutil.rmtree(out, ignore_errors=True)
    for (_, test), model in zip(splits, models, strict=True):
        crossval.convert_fold(data, test, model, out)
    print_table(folders, out, args.folds, sum(e.page.variant not in MADE for e in data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
