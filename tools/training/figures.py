"""The table of cross-validated figures `make train` and `make recheck` print."""

from __future__ import annotations

from pathlib import Path

from . import crossval, snippets

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
