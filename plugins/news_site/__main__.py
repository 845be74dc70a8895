"""python -m news_site build|serve …: see command.py."""

import sys

from .command import main

sys.exit(main())
