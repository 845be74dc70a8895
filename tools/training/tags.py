"""How many of the tags the converter gives a reader would accept.

The eval sets give no tags; `tag_labels.tsv` holds every tag two versions of the
converter gave 150 of their pages, each judged by hand as a reader would: ok (a
name or topic the story is about) or junk (an everyday word, a label, a fragment
of a name, a phrase in title case). Each labelled page's whole-page seed is
converted with the shipped model and its tags are looked up; a tag no label
names is counted apart, for a person to judge:

    python -m training.tags [--eval-root ../shared/eval]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from seed_converter.convert import convert
from seed_converter.settings import ConverterSettings

from .sections import label_rows

LABELS = Path(__file__).with_name("tag_labels.tsv")
VERDICTS = ("ok", "junk", "none")


@dataclass(frozen=True)
class TagLabel:
    sample: str  # "rules" (looked at while the rules were written) or "held-out"
    page: str  # the eval folder and the page's id: "wcxb-dev/0003"
    tag: str  # empty for a page no version gave a tag
    verdict: str  # one of VERDICTS


def read_labels(path: Path = LABELS) -> tuple[TagLabel, ...]:
    return tuple(TagLabel(*fields) for fields in label_rows(path))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="make tags")
    p.add_argument("--eval-root", type=Path, default=Path("../shared/eval"))
    args = p.parse_args(argv)
    settings = ConverterSettings()
    verdicts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for label in read_labels():
        verdicts[(label.sample, label.page)][label.tag] = label.verdict
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (sample, page), judged in verdicts.items():
        seed = args.eval_root / f"{page}.txt"
        tags = convert(seed.name, seed.read_bytes(), settings).meta.tags
        found = Counter(judged.get(tag, "unlabelled") for tag in tags)
        counts[sample].update(found)
        counts[sample]["pages"] += 1
        counts[sample]["pages with junk"] += found["junk"] > 0
        for tag in tags:
            if tag not in judged:
                print(f"  {page}: unlabelled tag {tag!r}")
    for sample, c in counts.items():
        given = c["ok"] + c["junk"] + c["unlabelled"]
        print(f"{sample}: {given} tags on {c['pages']} pages, {c['junk']} junk "
              f"({c['junk'] / max(given, 1):.3f}), {c['unlabelled']} unlabelled; "
              f"{c['pages with junk']} pages with a junk tag")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
