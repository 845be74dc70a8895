"""Files the writer does not own (theme assets, sitemap, search index): keep the old
file wherever the new one has the same bytes, so an unchanged file stays untouched."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

from pelican.utils import sanitised_join


def relink_unchanged(output: str, previous: Path, manifest) -> int:
    """Replace each file identical to last build's with a hard link to it; return how many."""
    output_path = Path(output).resolve()
    if output_path == previous.resolve() or not previous.is_dir():
        return 0
    owned = {
        sanitised_join(str(output_path), key.split(":", 1)[1]) for key in manifest.files
    }
    count = 0
    for root, _dirs, files in os.walk(output_path):
        for name in files:
            path = os.path.join(root, name)
            if path in owned:
                continue
            old = os.path.join(previous, os.path.relpath(path, output_path))
            try:
                # Already the same file (linked from a cache, as the search index is):
                # nothing to compare.
                if not os.path.isfile(old) or os.path.samefile(old, path):
                    continue
                if filecmp.cmp(old, path, shallow=False):
                    tmp = path + ".relink"
                    os.link(old, tmp)
                    os.replace(tmp, path)
                    count += 1
            except OSError:
                continue
    return count
