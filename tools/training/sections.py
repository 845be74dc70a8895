"""How often the converter files a page under a section a web editor would accept.

The eval sets give no sections; `section_labels.tsv` holds, for 240 of their pages,
the sections a web editor would accept, labelled by hand (docs/extraction.md,
"Section"). Each labelled page's whole-page seed is converted with the shipped
model, and its section is checked against the labels:

    python -m training.sections [--eval-root ../shared/eval]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from seed_converter.convert import convert
from seed_converter.settings import ConverterSettings

LABELS = Path(__file__).with_name("section_labels.tsv")


@dataclass(frozen=True)
class Label:
    sample: str  # which labelling round: "before" or "after" the rules were written
    page: str  # the eval folder and the page's id: "wcxb-dev/0003"
    accepted: frozenset[str]


def read_labels(path: Path = LABELS) -> tuple[Label, ...]:
    return tuple(Label(sample, page, frozenset(sections.split()))
                 for sample, page, sections in label_rows(path))


def label_rows(path: Path) -> list[list[str]]:
    """The tab-separated fields of a hand-label file's rows ("#" lines are comments)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="make sections")
    p.add_argument("--eval-root", type=Path, default=Path("../shared/eval"))
    args = p.parse_args(argv)
    settings = ConverterSettings()
    accepted, total = Counter(), Counter()
    for label in read_labels():
        seed = args.eval_root / f"{label.page}.txt"
        section = convert(seed.name, seed.read_bytes(), settings).meta.category
        total[label.sample] += 1
        accepted[label.sample] += section in label.accepted
        if section not in label.accepted:
            print(f"  {label.page}: {section}, accepted {' / '.join(sorted(label.accepted))}")
    for sample in total:
        print(f"{sample}: {accepted[sample]} of {total[sample]} pages filed acceptably")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
