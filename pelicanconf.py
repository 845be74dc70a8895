"""Site settings for `make html`. `publishconf.py` builds on these for `make publish`."""

from pathlib import Path

HERE = Path(__file__).resolve().parent

AUTHOR = "The Newsroom"
SITENAME = "The Seed Times"
SITESUBTITLE = "News, converted from the page and published as it should be"
# The site's address: every absolute URL (feed links and ids, canonical and
# og:url, sitemap, robots.txt, JSON-LD) starts with it. `make html` builds for
# `make serve`'s address; `make publish` uses publishconf.py's (or SITEURL=…).
SITEURL = "http://127.0.0.1:8000"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
# A missing date must never fall back to file times: they change on every checkout.
DEFAULT_DATE = None

THEME = str(HERE / "theme")
PLUGIN_PATHS = [str(HERE / "plugins")]
# Setting PLUGINS turns off auto-discovery, so every plugin we use is listed.
# incremental comes last: at `finalized` it runs after news_site's search index.
PLUGINS = ["seed_converter", "news_site", "incremental"]
# Pelican's content cache: a rebuild re-reads only articles whose file changed.
# The incremental plugin keeps it beside the output folder (.pelican-cache/output),
# outside it, because `make html` swaps output/ whole.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
# Pelican writes its whole cache again on every build; gzip made that 0.6 s of a
# 5,000-story rebuild where nothing changed, to save disk space nobody reads.
GZIP_CACHE = False

# The seed converter (settings prefixed SEED_; defaults in seed_converter/settings.py).
SEED_DIR = str(HERE / "seeds")
SEED_ARTICLE_DIR = "articles"

ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
ARTICLE_EXCLUDES = ["pages"]

# Stable URLs: the slug is written into every article's header by the converter.
ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
# A story in another language is a story like any other, on the same URL scheme
# (Pelican would put it at /{slug}-{lang}.html). Every seed's story has its own
# slug, so none is taken for a translation of another.
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
DRAFT_LANG_URL = "drafts/{slug}/"
DRAFT_LANG_SAVE_AS = "drafts/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "section/{slug}/"
CATEGORY_SAVE_AS = "section/{slug}/index.html"
CATEGORIES_URL = "sections/"
CATEGORIES_SAVE_AS = "sections/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
AUTHORS_URL = "authors/"
AUTHORS_SAVE_AS = "authors/index.html"
ARCHIVES_URL = "archive/"
ARCHIVES_SAVE_AS = "archive/index.html"
YEAR_ARCHIVE_URL = "archive/{date:%Y}/"
YEAR_ARCHIVE_SAVE_AS = "archive/{date:%Y}/index.html"
MONTH_ARCHIVE_URL = "archive/{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "archive/{date:%Y}/{date:%m}/index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
DEFAULT_PAGINATION = 12
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
# Links between pages stay relative, so output/ also reads from the disk.
RELATIVE_URLS = True

# Feeds are on in `make html` too, with the full text of every story. Their
# links and ids are absolute, from SITEURL (news_site sets FEED_DOMAIN from it).
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/section/{slug}.atom.xml"
CATEGORY_FEED_RSS = "feeds/section/{slug}.rss.xml"
TAG_FEED_ATOM = "feeds/tag/{slug}.atom.xml"
TAG_FEED_RSS = "feeds/tag/{slug}.rss.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
RSS_FEED_SUMMARY_ONLY = False
FEED_MAX_ITEMS = 50

# Titles and summaries go through typogrify; templates strip it back to text
# wherever a title is plain text (<title>, attributes, meta tags, JSON-LD).
TYPOGRIFY = True
# Templates escape everything; only rendered article HTML is marked safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

DIRECT_TEMPLATES = ["index", "categories", "tags", "authors", "archives"]
DEFAULT_METADATA = {}
SUMMARY_MAX_LENGTH = 50

# --- Theme (theme/ and plugins/news_site/; NEWS_ defaults in news_site/settings.py) ---
# The search page and the 404 page are rendered like the archive: once, from the theme.
DIRECT_TEMPLATES = [*DIRECT_TEMPLATES, "search", "404"]
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
# Datelines read "25 November 2026".
DEFAULT_DATE_FORMAT = "%-d %B %Y"
# Pages go in the footer, sections in the masthead (the theme lists them itself).
DISPLAY_PAGES_ON_MENU = False
DISPLAY_CATEGORIES_ON_MENU = False
# Typogrify keeps its markup-only filters (amp, caps, initial_quotes) but not the
# ones that change characters: smartypants would turn a seed's ' and " into curly
# quotes and widont glues words with a no-break space (titles in feeds too), and
# the page must show exactly the seed's words (issue 2).
TYPOGRIFY_OMIT_FILTERS = ["smartypants", "widont"]
