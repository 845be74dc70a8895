"""Whether the shipped model was fitted on the features today's code computes.

Three line features read the byline rules (`is_byline`, `is_by_alone`,
`is_name_line`), which change for reasons of their own: a model fitted before
such a change is no longer what `make train` gives, and nothing in the product
notices. `make train` records a digest of what the models learn from — every
training line's features and tag, and the headline, header and story-end candidates' features
(over the truth's story, so that no model is needed) — in the model file;
`make train-check` computes it again from the training pages and fails where it
differs.

    python -m training.drift [--eval-root ../shared/eval] [--model MODEL] [--work DIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from seed_converter import header_features, story_end
from seed_converter.labeller import LABELLER_MODEL, Tag

from .dataset import Example, pages_arguments, training_pages

DIGEST_KEY = "features_digest"
# Features are hashed rounded to this many decimals: a digest of their exact bytes
# failed `make train-check` on a new machine for code that had not changed, and a
# last bit of a float (another CPU's numpy summing in another order) is the likeliest
# difference between two machines. A changed rule moves a feature by far more.
DIGEST_DECIMALS = 9


def features_digest(examples: Sequence[Example]) -> str:
    """One digest of every example's line features, tags and candidate features."""
    h = hashlib.sha256()
    for e in examples:
        story = (e.tags == Tag.BODY.index).astype(np.float64)
        titles = np.flatnonzero(e.tags == Tag.TITLE.index)
        title = int(titles[0]) if len(titles) else None
        h.update(f"{e.page.path.parent.name}/{e.page.path.name} {e.lang}\n".encode())
        for part in (e.matrix, e.tags,
                     header_features.title_candidates(e.page_features, story, e.lang).matrix,
                     header_features.meta_candidates(e.page_features, story, title).matrix,
                     story_end.end_candidates(e.page_features, story, e.lang).matrix):
            # (+ 0.0 makes a rounded -0.0 the same bytes as 0.0.)
            rounded = np.round(np.asarray(part, dtype=np.float64), DIGEST_DECIMALS) + 0.0
            h.update(np.ascontiguousarray(rounded).tobytes())
    return h.hexdigest()


def recorded_digest(model: Path) -> str | None:
    """The digest a model file was fitted with (None for a file made before digests)."""
    return json.loads(model.read_text(encoding="utf-8")).get("about", {}).get(DIGEST_KEY)


def main(argv: list[str] | None = None) -> int:
    p = pages_arguments("make train-check", "build/train")
    p.add_argument("--model", type=Path, default=LABELLER_MODEL)
    args = p.parse_args(argv)
    folders, data = training_pages(args.eval_root, args.work)
    if not folders:
        return 2
    recorded, today = recorded_digest(args.model), features_digest(data)
    if recorded != today:
        print(f"{args.model} was fitted on other features than today's code computes for "
              f"the {len(data)} training seeds of {', '.join(f.name for f in folders)} "
              f"(recorded {recorded}, today {today}): run `make train` and commit the "
              "model file", file=sys.stderr)
        return 1
    print(f"{args.model} was fitted on the features today's code computes "
          f"({len(data)} training seeds)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
