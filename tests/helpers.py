"""Small helpers shared by the tests: convert a text, build a real site."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from seed_converter.batch import convert_folder
from seed_converter.convert import convert
from seed_converter.model import Article, Label
from seed_converter.settings import ConverterSettings

REPO = Path(__file__).resolve().parent.parent
SETTINGS = ConverterSettings()
# A short made-up story the converter keeps whole: headline and two paragraphs;
# TITLED_STORY takes its headline as {title}.
TITLE = "Harbour bridge opens to traffic after four years of work"
TITLED_STORY = (
    "{title}\n\n"
    "The harbour bridge opened to traffic on Saturday morning, four years after "
    "the city council approved its construction in a close vote.\n\n"
    "Thousands of people walked across the bridge before the first cars were allowed "
    "on it, and the mayor thanked the engineers who had worked through two winters.\n"
)
STORY = TITLED_STORY.format(title=TITLE)

# A story with {title} for its headline and its date in the text: sites built a
# minute apart are the same site.
DATED_STORY = (
    "{title}\n\n"
    "17 May 2024\n\n"
    "The new harbour bridge opened to traffic on Saturday morning, four years after "
    "the city council approved its construction in a close vote.\n\n"
    "Thousands of people walked across the bridge before the first cars were allowed "
    "on it, and the mayor thanked the engineers who had worked through two winters.\n"
)


def bench_corpus():
    """The bench's seed generator (bench/corpus.py), which the tests share."""
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def convert_text(text: str, name: str = "seed.txt") -> Article:
    """Convert a made-up seed's text as the converter would convert the file."""
    return convert(name, text.encode("utf-8"), SETTINGS)


def convert_seeds(site: tuple[Path, Path], settings: ConverterSettings = SETTINGS):
    """The converter's folder pass on a test's (seeds, content) folders."""
    return convert_folder(*site, settings)


def outcomes(summary) -> dict[str, tuple]:
    """Each seed's status and reason in a folder pass's summary."""
    return {o.seed: (o.status, o.reason) for o in summary.outcomes}


def paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.body if b.label is Label.PARAGRAPH]


def kept_text(article: Article) -> str:
    return "\n".join(b.text for b in article.body)


def run_pelican(
    seed_dir: Path,
    content_dir: Path,
    output_dir: Path,
    *extra: str,
    settings: Path = REPO / "pelicanconf.py",
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run the real pelican, as `make html` does, on a site in temporary folders."""
    cmd = [
        str(Path(sys.executable).with_name("pelican")),
        str(content_dir),
        "-o", str(output_dir),
        "-s", str(settings),
        "--fatal", "errors",
        "-e", f"SEED_DIR={json.dumps(str(seed_dir))}",
        *extra,
    ]
    env = dict(os.environ, PYTHONHASHSEED="0")
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
    if check and result.returncode != 0:
        raise AssertionError(
            f"pelican failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def make_env(**extra: str) -> dict[str, str]:
    """The environment for a `make` run from a test: without the make variables of a
    `make test STRICT=1` around it (each build here says what it wants)."""
    # `make test STRICT=1` also exports STRICT (and a SITEURL given to it) to its
    # recipes' environment, where a make run here would take them up.
    env = {k: v for k, v in os.environ.items()
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "STRICT",
                        "SITEURL")}
    return {**env, **extra}


def make_command(target: str, site: Path, *extra: str) -> list[str]:
    """`make TARGET` of the repo's Makefile on a site's seeds/, content/ and output/."""
    return ["make", "--no-print-directory", "-C", str(REPO), target,
            f"SEEDDIR={site / 'seeds'}", f"INPUTDIR={site / 'content'}",
            f"OUTPUTDIR={site / 'output'}", *extra]


@contextlib.contextmanager
def ctrl_c_reaches_children():
    """Start, within this, a child that the test stops with Ctrl-C (SIGINT), as a
    person at a terminal would. A test run started in the background (`nohup`, `&`
    in a script) ignores SIGINT, and an ignored signal stays ignored in every child:
    the child would never see the Ctrl-C. A handler set here is not inherited; the
    child starts with SIGINT's default, as under a terminal."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def stop_group(proc: subprocess.Popen, timeout: float) -> int:
    """Ctrl-C a process started with `start_new_session=True` and everything it
    started; what has not stopped after `timeout` seconds is killed, so a test that
    fails never leaves a server running. Returns the process's exit code."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        return proc.wait()


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder and the digest of its bytes."""
    import hashlib

    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# A one-page eval folder, for the training tools' tests.
EVAL_HEADLINE = "Bridge vote ends a long debate"
EVAL_STORY = ("The council voted on Tuesday to approve a new bridge across the harbour, "
              "ending a debate that has lasted for more than ten years.")
EVAL_PAGE = f"Home\n{EVAL_HEADLINE}\nBy Jane Reporter\n{EVAL_STORY}\nShare this article"


def tiny_eval_root(tmp_path: Path) -> Path:
    """An eval root under tmp_path with one page of wcxb-dev and its truth."""
    folder = tmp_path / "eval" / "wcxb-dev"
    folder.mkdir(parents=True)
    (folder / "0001.txt").write_text(EVAL_PAGE, encoding="utf-8")
    (folder / "0001.truth.json").write_text(json.dumps(
        {"url": "https://example.org/bridge", "title": EVAL_HEADLINE, "body": EVAL_STORY}),
        encoding="utf-8")
    return tmp_path / "eval"
