"""The previous run's folders removed before anything is measured, and time for the
file system to forget them.

Removing a bench run's trees frees tens of thousands of inodes. ext4 without a
journal (this machine's disk) skips, when it allocates an inode, every inode of
the group freed in the last 60 seconds (5 minutes while its inode table block is
not yet written back): `recently_deleted()` in the kernel's fs/ext4/ialloc.c. Each
file a build then creates pays a scan over the freed ones, in the kernel's time.
Measured with perf on the converter's command right after 25,000 files were
removed: 2 s more kernel time in its main process than after a quiet minute, most
of it in `find_inode_bit` and `recently_deleted`. Every build the bench times
creates thousands of files, so the bench clears everything first, writes its
disk back, and waits out that window once, instead of charging it to whichever
build comes next.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

# ext4's RECENTCY_MIN (seconds), once the freed inodes' table blocks are written
# back, and one second more: i_dtime is kept in whole seconds.
RECENTLY_FREED_S = 61


def clear_previous(out: Path, keep: frozenset[str]) -> float | None:
    """Remove every entry of `out` not named in `keep`; when the last folder went, or
    None if there was none."""
    removed = False
    for entry in sorted(out.iterdir()) if out.is_dir() else ():
        if entry.name in keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
            removed = True
        else:
            entry.unlink()
    return time.monotonic() if removed else None


def wait_until_settled(cleared_at: float | None) -> None:
    """Write the disk back and sleep out what is left of the window after clearing."""
    if cleared_at is None:
        return
    os.sync()
    left = cleared_at + RECENTLY_FREED_S - time.monotonic()
    if left > 0:
        print(f"make bench: waiting {left:.0f} s for the file system to settle after "
              "removing the last run's folders", file=sys.stderr)
        time.sleep(left)
