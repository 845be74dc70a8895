"""The fast paths (plugins/incremental/seam.py: Markdown and pages on all cores,
typogrify in the reader, pages kept unrendered) change how fast a site is built,
never what is built: the same seeds give the same site byte for byte with the
fast paths switched off, which is how the site is built under a Pelican the fast
paths were not written for, in one process, through Pelican's own write_file
and write_feed."""

from __future__ import annotations

from incremental import prerender
from test_incremental import assert_same_tree, build, write_seed


def test_the_fast_build_is_the_site_pelicans_own_code_paths_build(tmp_path):
    sites, logs = {}, {}
    n = prerender.MIN_ARTICLES + 2
    for name, fast in [("fast", True), ("pelican", False)]:
        root = tmp_path / name
        for i in range(n):
            write_seed(root, i)
        logs[name] = build(root, INCREMENTAL_FAST_PATHS=fast, INCREMENTAL_READ_WORKERS=2,
                           INCREMENTAL_RENDER_WORKERS=2)
        sites[name] = root / "output"
    assert f"{n} article bodies rendered on all cores" in logs["fast"]
    assert "rendered by 2 processes" in logs["fast"]
    assert "rendered on all cores" not in logs["pelican"]
    assert "incremental: " not in logs["pelican"].replace("incremental: fast paths", "")
    assert_same_tree(sites["fast"], sites["pelican"])
