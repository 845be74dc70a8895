"""The converter as a command: python -m seed_converter SEEDDIR INPUTDIR."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .batch import Summary, convert_folder, warn_about
from .file_memory import FileMemory, kept_in
from .settings import ConverterSettings
from .watching import watch


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m seed_converter",
        description="Convert raw page dumps (seeds) into Markdown articles for Pelican.",
    )
    p.add_argument("seed_dir", type=Path, help="folder of seed files")
    p.add_argument("content_dir", type=Path, help="Pelican's content folder")
    p.add_argument("--article-dir", default=ConverterSettings.article_dir,
                   help="folder under the content folder for converted articles")
    p.add_argument("--workers", type=int, default=0, help="worker processes (0: one per core)")
    p.add_argument("--strict", action="store_true", help="exit 1 if any seed is skipped")
    p.add_argument("--watch", action="store_true", help="convert again whenever a seed changes")
    p.add_argument("--cache-dir", type=Path, default=None,
                   help="keep what was read of each file here, so the next run reads only "
                        "files that changed (make content: the build's cache folder)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")
    if not args.seed_dir.is_dir():
        print(f"seed folder not found: {args.seed_dir}", file=sys.stderr)
        return 2
    settings = ConverterSettings(
        seed_dir=args.seed_dir, article_dir=args.article_dir, workers=args.workers
    )

    # One memory for every run of this process (--watch converts again and again).
    memory = FileMemory(kept_in(args.cache_dir) if args.cache_dir else None)

    def run() -> Summary:
        """Convert, print the summary line, then warn about each seed to look at."""
        summary = convert_folder(args.seed_dir, args.content_dir, settings, warn=False,
                                 memory=memory)
        print(summary.line(), flush=True)
        warn_about(summary)
        return summary

    if args.watch:
        watch(args.seed_dir, run)
        return 0
    summary = run()
    return 1 if args.strict and (summary.skipped or summary.kept_edits) else 0
