"""Settings for `make publish`: absolute URLs for feeds and link previews."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403

# The public site's address. `make publish` refuses to build while it is this
# placeholder: set it here, or per build with `make publish SITEURL=https://…`.
SITEURL = "https://news.example.org"
NEWS_PUBLIC_BUILD = True
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
