"""`make devserver`: build the site in place, serve it, and build again on every
change to the seeds, the content, the theme or the settings.

One process holds the site between builds. On a change it converts the seeds
(the converter plugin's own step), then puts every new or changed story live
from the last build kept in memory (live.py: its page and the list pages that
show it, in about a second), then builds the whole site again, which brings
along the rest: related stories elsewhere, neighbours, feeds, archives, the
sitemap and the search index. Pelican's own autoreload (`pelican -lr`) watches
neither the seeds nor keeps anything between builds.

    python -m incremental.devserver CONTENT -o OUTPUT -s SETTINGS [-p PORT] [-b ADDRESS] [-e …]
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path

import pelican
import watchfiles
from blinker import signal
from pelican.utils import FileChangeFilter

from . import staging
from .heap import collect_garbage
from .live import GO_LIVE, Update
from .settings import PARTIAL_SUFFIX

log = logging.getLogger(__name__)

# The converter plugin converts when sent this, with what it remembers of the
# files it read in this process (seed_converter/plugin.py).
CONVERT = signal("seed_converter.convert")
# How long the watcher waits before saying "nothing yet" (only its first such
# answer is used: it says watching has started).
POLL_MS = 300


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def content_state(site) -> dict[str, tuple[int, int]]:
    """Every file of the content folder with its mtime and size."""
    state: dict[str, tuple[int, int]] = {}
    folders = [os.path.abspath(site.path)]
    while folders:
        try:
            entries = list(os.scandir(folders.pop()))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                else:
                    st = entry.stat()
                    state[entry.path] = (st.st_mtime_ns, st.st_size)
            except OSError:
                continue
    return state


def watched(site, settings_file: str) -> list[str]:
    settings = site.settings
    paths = [settings_file, settings.get("THEME"), site.path, settings.get("SEED_DIR")]
    return [os.path.abspath(p) for p in paths if p and os.path.exists(p)]


def load_converter(site) -> None:
    """Load the converter's extraction stages and model before the first change:
    a pass that finds nothing to convert never loads them, so otherwise the first
    new seed would wait for them (numpy, LightGBM's library, the line labeller's model)."""
    try:
        from seed_converter.batch import prepare
        from seed_converter.settings import from_pelican
    except ImportError:
        return
    prepare(from_pelican(site.settings))


def convert(site) -> None:
    """The seeds converted as the converter plugin converts them at every build
    (when the site lists it in PLUGINS)."""
    CONVERT.send(site)


def go_live(site, paths: list[str] | None = None) -> Update | None:
    for _receiver, update in GO_LIVE.send(site, paths=paths):
        if update is not None:
            return update
    return None


def build(site) -> bool:
    started = time.monotonic()
    try:
        site.run()
    except Exception as e:
        say(f"devserver: build failed ({type(e).__name__}: {e}); still watching")
        log.debug("%s", traceback.format_exc())
        return False
    collect_garbage()
    say(f"devserver: site built in {time.monotonic() - started:.2f} s")
    return True


def on_change(site, seen: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Seeds converted, new and changed stories live, then the whole site again.
    `seen` is the content folder as last seen; returns it as the conversion left it."""
    started = time.monotonic()
    convert(site)
    converted = content_state(site)
    reading = time.monotonic()
    update = go_live(site, [p for p, st in converted.items() if seen.get(p) != st])
    if update is not None and update.stories:
        lists = len(update.written) - len(update.stories)
        done = time.monotonic()
        say(f"devserver: live in {done - started:.2f} s (converting {reading - started:.2f} s, "
            f"then {done - reading:.2f} s): "
            f"{len(update.stories)} stor{'y' if len(update.stories) == 1 else 'ies'} and "
            f"{lists} list page{'' if lists == 1 else 's'}: "
            + " ".join(os.path.relpath(p, site.output_path) for p in update.written))
    build(site)
    return converted


def serve(site, args) -> None:
    address, port = args.bind or "127.0.0.1", args.port or 8000
    thread = threading.Thread(target=pelican.listen, args=(address, port, site.output_path),
                              daemon=True)
    thread.start()


def main(argv: list[str] | None = None) -> int:
    args = pelican.parse_arguments(argv)
    pelican.init_logging(
        level=args.verbosity or logging.WARNING, fatal=args.fatal, name="pelican",
        logs_dedup_min_level=getattr(logging, args.logs_dedup_min_level))
    site, _settings = pelican.get_instance(args)
    # A `make html` stopped while it put its build in this folder is finished
    # first: this server builds in place from the site as it is (staging.py).
    staging.recover(Path(site.output_path + PARTIAL_SUFFIX))
    settings_file = os.path.abspath(args.settings)
    serve(site, args)
    filtered = FileChangeFilter(ignore_file_patterns=set(site.settings.get("IGNORE_FILES", [])))
    watching = watchfiles.watch(*watched(site, settings_file), watch_filter=filtered,
                                rust_timeout=POLL_MS, yield_on_timeout=True)
    try:
        # The first "nothing yet" says the watcher runs: a change made while the
        # site is built is seen after it.
        next(watching)
        load_converter(site)
        build(site)
        seen = content_state(site)
        for changes in watching:
            if not changes:
                continue
            paths = {os.path.abspath(p) for _change, p in changes}
            content = os.path.abspath(site.path) + os.sep
            if settings_file in paths:
                site, _settings = pelican.get_instance(args)
                build(site)
                seen = content_state(site)
            elif all(p.startswith(content) for p in paths) and content_state(site) == seen:
                continue  # only what our own conversion wrote
            else:
                seen = on_change(site, seen)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
