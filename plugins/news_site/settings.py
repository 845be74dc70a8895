"""Every NEWS_ setting with its default, merged once with the user's settings."""

from __future__ import annotations

from types import MappingProxyType
from urllib.parse import urlsplit

DEFAULTS = MappingProxyType(
    {
        # Reading speed for the reading time shown with every story (an article's
        # own Reading_time header, written by hand, wins).
        "NEWS_WORDS_PER_MINUTE": 230,
        # How many related stories an article page lists.
        "NEWS_RELATED_COUNT": 4,
        # Tags on more stories than this say little about relatedness and would
        # make the tag index quadratic on big sites: they are not used for it.
        "NEWS_RELATED_MAX_TAG_SIZE": 500,
        # Front page: stories under the lead, and stories per section block.
        "NEWS_TOP_STORIES": 4,
        "NEWS_SECTION_STORIES": 3,
        # Google News sitemaps list only stories from the last two days; "last"
        # is counted back from the newest story, not from the build time, so
        # the same content always gives the same file.
        "NEWS_SITEMAP_NEWS_DAYS": 2,
        "NEWS_SITEMAP_NEWS_MAX": 1000,
        # Write robots.txt (allowing everything and naming the sitemap).
        "NEWS_ROBOTS": True,
        # Build the Pagefind full-text index when the site is written.
        "NEWS_PAGEFIND": True,
        # Extra arguments for pagefind, e.g. ["--verbose"].
        "NEWS_PAGEFIND_ARGS": (),
        # Pagefind processes indexing years side by side: 0 is one per core.
        "NEWS_PAGEFIND_WORKERS": 0,
        # Pages indexed at once by those processes together (a bigger year is
        # indexed alone); None: no limit. Pagefind holds about 0.2 MB a page
        # while it indexes, so 1,200 pages is about 240 MB.
        "NEWS_PAGEFIND_MAX_PAGES": 1200,
        # The publisher's logo URL in JSON-LD; None: the site's name drawn as a
        # 600 x 60 wordmark (cards/logo-*.png).
        "NEWS_PUBLISHER_LOGO": None,
        # JSON Feed 1.1 beside Atom and RSS: the whole site, and each section
        # ({slug} is the section's); None turns one off.
        "NEWS_JSON_FEED_ALL": "feeds/all.json",
        "NEWS_JSON_FEED_SECTION": "feeds/section/{slug}.json",
        # A 1200 x 630 share card per story (og:image, twitter:image, JSON-LD image).
        "NEWS_SHARE_CARDS": True,
        # Processes drawing share cards the cache lacks; 0: one per core.
        "NEWS_SHARE_CARD_WORKERS": 0,
        # The theme's CSS components (theme/css/NAME.css) in cascade order, joined
        # into the one stylesheet every page links; "print" applies only in print.
        "NEWS_STYLESHEETS": (
            "tokens",
            "base",
            "masthead",
            "card",
            "front",
            "article",
            "lists",
            "pagination",
            "search",
            "report",
            "footer",
            "print",
        ),
    }
)


def merged(settings: dict) -> dict:
    """Return the defaults overlaid with whatever NEWS_ settings the site sets.

    The plugin merges them into Pelican's settings once, when Pelican is set up
    (templates read them from there too); everything after reads them there."""
    return dict(DEFAULTS, **{k: v for k, v in settings.items() if k.startswith("NEWS_")})


def site_root(settings: dict) -> str:
    """Return the site's base URL ending in '/': absolute when SITEURL is set."""
    siteurl = (settings.get("SITEURL") or "").rstrip("/")
    return f"{siteurl}/" if siteurl else "/"


def root_path(settings: dict) -> str:
    """Return the path the site is served under, e.g. '/' or '/news/'."""
    path = urlsplit(settings.get("SITEURL") or "").path.rstrip("/")
    return f"{path}/"
