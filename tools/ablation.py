"""Measure what each extraction idea adds: turn one off, convert the eval set, score.

Usage: python tools/ablation.py EVAL_DIR [WORK_DIR]   (or `make ablation`)
Prints a Markdown table: micro F1, per-seed mean F1 and title exact match on
whole-page and from-headline seeds, with everything on and with each idea off.
The figures go into docs/extraction.md; the rules are never tuned to its pages.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))

from seed_converter import judging, quotes, revising, rules  # noqa: E402
from seed_converter.batch import convert_folder  # noqa: E402
from seed_converter.settings import ConverterSettings  # noqa: E402

# (what is turned off, the module attribute replaced to turn it off, the stand-in).
ABLATIONS: tuple[tuple[str, object, str, object], ...] = (
    ("nothing (all on)", None, "", None),
    ("furniture phrase lists", rules, "FURNITURE_RULES", ()),
    ("stopword density (length and punctuation only)",
     judging, "stoplist_for", lambda lang: frozenset()),
    ("densest run (every prose line kept)",
     revising, "_densest_run", lambda judged, barriers: (0, len(judged))),
    ("end markers and date lines as barriers",
     revising, "_barriers", lambda judged: [False] * len(judged)),
    ("carrying the run over related boxes",
     revising, "_bridge_boxes", lambda judged, start, end: (start, end)),
    ("headline evidence (nearest headline-shaped line instead)",
     revising, "find_headline", lambda *args: None),
    ("pull-quote drop", quotes, "drop_pull_quotes", lambda labels: None),
)
VARIANTS = ("full", "from-title")
FIGURES = (("micro_f1", "micro F1"), ("mean_f1", "mean F1"), ("title_exact", "title EM"))


def score(eval_dir: Path, out: Path, variant: str) -> dict:
    got = subprocess.run(
        [sys.executable, str(eval_dir.parent / "score.py"), str(eval_dir), str(out),
         "--variant", variant, "--json"], capture_output=True, text=True, check=True)
    return json.loads(got.stdout)["groups"][variant]


def measure(eval_dir: Path, out: Path, module, name: str, value) -> list[float]:
    """Convert and score the eval set with module.name replaced by value (if a module)."""
    saved = getattr(module, name) if module else None
    if module:
        setattr(module, name, value)
    try:
        shutil.rmtree(out, ignore_errors=True)
        # The patch lives in this interpreter; the workers are forked from it.
        convert_folder(eval_dir, out, ConverterSettings(workers=1), warn=False)
    finally:
        if module:
            setattr(module, name, saved)
    return [score(eval_dir, out, v)[key] for v in VARIANTS for key, _ in FIGURES]


def main(argv: list[str]) -> int:
    eval_dir = Path(argv[1]).resolve()
    work = Path(argv[2]) if len(argv) > 2 else REPO / "build" / "ablation"
    head = [f"{v} {name}" for v in ("whole-page", "from-title") for _, name in FIGURES]
    print("| turned off | " + " | ".join(head) + " |")
    print("| --- |" + " --- |" * len(head))
    for label, module, name, value in ABLATIONS:
        row = measure(eval_dir, work, module, name, value)
        print(f"| {label} | " + " | ".join(f"{x:.3f}" for x in row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
