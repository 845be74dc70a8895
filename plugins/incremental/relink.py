"""Files the writer does not own (theme assets, sitemap, search index): keep the old
file wherever the new one has the same bytes, so an unchanged file stays untouched."""

from __future__ import annotations

import filecmp
import os
import stat
from pathlib import Path

from .files import walk_files
from .manifest import file_name


def relink_unchanged(output: str, previous: Path, manifest) -> int:
    """Replace each file identical to last build's with a hard link to it; return how many."""
    output_path = Path(output).resolve()
    if output_path == previous.resolve() or not previous.is_dir():
        return 0
    owned = {os.path.normpath(file_name(key)) for key in manifest.files}
    count = 0
    for name, entry in walk_files(str(output_path)):
        if name in owned or not entry.is_file(follow_symlinks=False):
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
