"""The same content builds the same site, byte for byte (search index included)."""

from __future__ import annotations

import filecmp
import shutil

from sitecheck import build


def differing(left, right) -> list[str]:
    found = []
    cmp = filecmp.dircmp(left, right)
    found += [f"only in one build: {n}" for n in cmp.left_only + cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, cmp.common_files, shallow=False)
    found += mismatch + errors
    for sub in cmp.common_dirs:
        found += [f"{sub}/{n}" for n in differing(left / sub, right / sub)]
    return found


def test_a_second_build_of_the_same_content_is_identical(site, tmp_path):
    again = tmp_path / "output"
    build(site.parent / "content", again, site.parent / "seeds")
    assert differing(site, again) == []
    shutil.rmtree(again)
