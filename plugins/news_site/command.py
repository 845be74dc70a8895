"""The site as commands: `python -m news_site build …` and `python -m news_site serve …`.

`build` takes pelican's own arguments and runs the same Pelican, talking like a
tool: whole warnings, a progress bar on a terminal, one closing line, and the
seeds summary last. `serve` serves a built site, with its 404 page for paths
it does not have.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import logging
import os
import sys
import time
from pathlib import Path

import pelican
from incremental import staging
from incremental.settings import PARTIAL_SUFFIX
from incremental.uptodate import UpToDate
from pelican import signals
from pelican.log import console
from seed_converter.progress import seed_converted

from .console import ConsoleHandler, Progress, interactive


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _shown(path: str) -> str:
    """A folder as a person reads it: relative when it is under the current folder."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def building_once(overrides: dict | None, strict: bool = False) -> dict:
    """Settings for a process that builds once: the converter need not keep what it
    read for a next build; a build into a fresh folder with nothing to do stops,
    and the caller keeps the site there is (the Makefile swaps in only a folder
    that was built); a build over a site that is there stages only what changed,
    and this command commits it when the build has succeeded. Not a strict one
    (warnings fatal): it is the check that nothing in the build warns, and it
    runs whole. A -e given on the command line still wins."""
    return {"SEED_KEEP_READ_FILES": False, "INCREMENTAL_SKIP_UNCHANGED": not strict,
            "INCREMENTAL_STAGED": True, **(overrides or {})}


def build(argv: list[str]) -> int:
    """Run pelican with these arguments; return its exit status."""
    args = pelican.parse_arguments(argv)
    args.overrides = building_once(args.overrides, strict=args.fatal == "warnings")
    verbose = args.verbosity is not None and args.verbosity <= logging.INFO
    progress = Progress(sys.stderr, interactive(sys.stderr))
    handler = ConsoleHandler(progress, verbose)
    pelican.init_logging(
        level=logging.DEBUG if args.verbosity == logging.DEBUG else logging.INFO,
        fatal=args.fatal,
        name="pelican",
        handler=handler,
        logs_dedup_min_level=getattr(logging, args.logs_dedup_min_level),
    )
    # Pelican's closing "Done: …" is rich text wrapped to the terminal; ours is one line.
    console.quiet = True
    counts = {"stories": 0, "pages": 0}

    def stories_read(generator) -> None:
        counts["stories"] = len(generator.articles) + len(generator.translations)
        progress.start("Writing stories", counts["stories"])

    def pages_read(generator) -> None:
        counts["pages"] = len(generator.pages)

    def story_written(generator, content=None) -> None:
        progress.advance()

    def seed_done(sender, done: int, total: int) -> None:
        if done == 0:
            progress.start("Converting seeds", total)
            return
        progress.advance()
        if done == total:
            progress.clear()

    # weak=False: these closures live only as long as the build, held by the signals.
    signals.article_generator_finalized.connect(stories_read, weak=False)
    signals.page_generator_finalized.connect(pages_read, weak=False)
    signals.article_generator_write_article.connect(story_written, weak=False)
    seed_converted.connect(seed_done, weak=False)
    started = time.monotonic()
    status = 0
    up_to_date = False
    try:
        site, _settings = pelican.get_instance(args)
        site.run()
    except UpToDate:
        up_to_date = True
    except KeyboardInterrupt:
        progress.clear()
        print("Stopped: the previous site is left as it was.", file=sys.stderr)
        status = 130
    except Exception as e:
        progress.clear()
        reason = "a problem was reported above" if isinstance(e, RuntimeError) else (
            f"{type(e).__name__}: {e}")
        print(f"Build failed: {reason}. The previous site is left as it was.", file=sys.stderr)
        if verbose:
            logging.getLogger(__name__).exception("the build stopped here")
        status = 1
    finally:
        progress.clear()
        for receiver, signal in ((stories_read, signals.article_generator_finalized),
                                 (pages_read, signals.page_generator_finalized),
                                 (story_written, signals.article_generator_write_article),
                                 (seed_done, seed_converted)):
            signal.disconnect(receiver)
    output = _shown(str(args.output or "output").removesuffix(PARTIAL_SUFFIX))
    if status == 0 and not up_to_date and args.output:
        status = _commit(Path(args.output), output)
    if up_to_date:
        print(f"Nothing changed since the last build: {output}/ is up to date "
              f"(checked in {time.monotonic() - started:.1f} s)", file=sys.stderr)
    elif status == 0:
        stories = f"{counts['stories']:,} " + ("story" if counts["stories"] == 1 else "stories")
        pages = f" and {_plural(counts['pages'], 'page')}" if counts["pages"] else ""
        print(f"Built {stories}{pages} into {output}/ in {time.monotonic() - started:.1f} s",
              file=sys.stderr)
    if handler.summary:
        print(handler.summary, file=sys.stderr)
    return status


def _commit(staged: Path, output: str) -> int:
    """Put a staged build's files in the site (a build not staged is left to the
    Makefile's swap); 0 when done."""
    try:
        staging.commit(staged)
    except (OSError, staging.CommitError, KeyboardInterrupt) as e:
        then = ("the next build finishes putting it in place" if
                staging.journal_path(staged).is_file()
                else "the previous site is left as it was")
        why = "stopped" if isinstance(e, KeyboardInterrupt) else str(e)
        print(f"Built, but not put in {output}/ ({why}): {then}.", file=sys.stderr)
        return 130 if isinstance(e, KeyboardInterrupt) else 1
    return 0


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """A static host's manners: the site's 404 page for what is not there, no folder
    listings."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None

    def list_directory(self, path):
        self.send_error(404)
        return None

    def log_message(self, format, *args):
        if args and str(args[1]).startswith(("4", "5")):
            sys.stderr.write(f"{self.command} {self.path}: {args[1]}\n")


def serve(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m news_site serve")
    p.add_argument("folder", type=Path)
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--bind", default="127.0.0.1")
    args = p.parse_args(argv)
    if not (args.folder / "index.html").is_file():
        print(f"No site in {args.folder}/ yet: run make html first.", file=sys.stderr)
        return 2
    handler = functools.partial(SiteHandler, directory=str(args.folder))
    with http.server.ThreadingHTTPServer((args.bind, args.port), handler) as server:
        print(f"Serving {args.folder}/ at http://{args.bind}:{args.port}/ (Ctrl-C stops)",
              file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


def recover(argv: list[str]) -> int:
    """Finish the commit of a build that was cut short while it put its files in
    the site (incremental/staging.py); the Makefile asks before every build. The
    argument is the build's stage, OUTPUT.partial."""
    p = argparse.ArgumentParser(prog="python -m news_site recover")
    p.add_argument("stage", type=Path)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        staging.recover(args.stage)
    except (OSError, staging.CommitError) as e:
        print(f"Could not finish the last build's commit from {args.stage}/: {e}",
              file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    commands = {"build": build, "serve": serve, "recover": recover}
    if not argv or argv[0] not in commands:
        print("usage: python -m news_site {build PELICAN-ARGS… | serve FOLDER [--port N] | "
              "recover STAGE}", file=sys.stderr)
        return 2
    return commands[argv[0]](argv[1:])
