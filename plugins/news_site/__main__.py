"""python -m news_site build|serve …: see command.py."""

import gc
import sys

from .command import main

status = main()
# The process ends here. What the build made is left to the operating system
# whole: without this, the interpreter's last garbage collection walks every
# story, page and cache entry the build held, one by one, before it exits
# (docs/performance.md, "Folders, the exit and the old site").
gc.freeze()
sys.exit(status)
