"""Files the writer does not own (theme assets, sitemap, search index): keep the old
file wherever the new one has the same bytes, so an unchanged file stays untouched."""

from __future__ import annotations

import filecmp
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from .manifest import file_name


def relink_unchanged(output: str, previous: Path, manifest) -> int:
    """Replace each file identical to last build's with a hard link to it; return how many."""
    output_path = Path(output).resolve()
    if output_path == previous.resolve() or not previous.is_dir():
        return 0
    owned = {os.path.normpath(file_name(key)) for key in manifest.files}
    count = 0
    for name, entry in _files(str(output_path), ""):
        if name in owned:
            continue
        path, old = os.path.join(output_path, name), os.path.join(previous, name)
        try:
            st = entry.stat(follow_symlinks=False)
            now = (st.st_dev, st.st_ino)
            was = os.stat(old)
            # Already the same file (linked from a cache, as the search index and
            # share cards are): nothing to compare.
            if not stat.S_ISREG(was.st_mode) or (was.st_dev, was.st_ino) == now:
                continue
            if filecmp.cmp(old, path, shallow=False):
                tmp = path + ".relink"
                os.link(old, tmp)
                os.replace(tmp, path)
                count += 1
        except OSError:
            continue
    return count


def _files(root: str, folder: str) -> Iterator[tuple[str, os.DirEntry]]:
    """Every regular file under root/folder: its name relative to root, and its
    entry (stat it only if needed: most files are the writer's, and need none)."""
    with os.scandir(os.path.join(root, folder)) as entries:
        found = list(entries)
    for entry in found:
        name = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _files(root, name)
        elif entry.is_file(follow_symlinks=False):
            yield name, entry
