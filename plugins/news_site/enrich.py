"""Everything the templates print but should not compute, attached in one place."""

from __future__ import annotations

from pathlib import Path

from .archive import archive_index
from .front import front_page
from .neighbours import add_section_neighbours
from .related import add_related
from .search import plan_shards
from .settings import merged, root_path
from .structured_data import add_canonical_url, add_json_ld
from .stylesheet import assemble
from .text import add_plain_text, add_reading_time


def add_defaults(pelican) -> None:
    """Put the NEWS_ defaults, the site's root path and the stylesheet's name
    where templates see them."""
    pelican.settings.update(merged(pelican.settings))
    pelican.settings["NEWS_ROOT_PATH"] = root_path(pelican.settings)
    sheet = assemble(Path(pelican.settings["THEME"]), tuple(pelican.settings["NEWS_STYLESHEETS"]))
    pelican.settings["NEWS_STYLESHEET"] = sheet.path


def enrich_articles(generator) -> None:
    """Per story: plain text, reading time, URL, JSON-LD; then links between stories."""
    settings = generator.settings
    news = merged(settings)
    articles = generator.articles
    for article in [*articles, *generator.translations]:
        fix_url(article)
        add_plain_text(article)
        add_reading_time(article, news["NEWS_WORDS_PER_MINUTE"])
        add_canonical_url(article, settings)
        add_json_ld(article, settings, news)
    add_related(articles, news["NEWS_RELATED_COUNT"], news["NEWS_RELATED_MAX_TAG_SIZE"])
    add_section_neighbours(generator.categories)
    generator.context["front"] = front_page(
        articles, generator.categories, news["NEWS_TOP_STORIES"], news["NEWS_SECTION_STORIES"]
    )
    generator.context["archive_index"] = archive_index(articles, settings)
    # The search page merges one Pagefind bundle per year, newest first.
    generator.context["search_shards"] = plan_shards(
        [*articles, *generator.translations], generator.output_path
    )
    # Pelican hands templates its tags as a dict in reading order; list them by name.
    generator.context["tag_index"] = sorted(
        generator.tags.items(), key=lambda pair: (pair[0].name.lower(), pair[0].slug)
    )


def fix_url(content) -> None:
    """Work a story's or page's URL out once. Pelican's `url` formats the URL
    settings (dates through strftime) on every read, and a story's URL is read on
    every card, feed entry, neighbour link and sitemap line that shows it, a
    page's in the footer of every page: 3 s of a 5,000-story build. Pelican
    returns `override_url` instead when it is set; a URL given in the content's
    own metadata is already there and stays."""
    if not hasattr(content, "override_url"):
        content.override_url = content.url


def enrich_pages(generator) -> None:
    """Per page: URL worked out once (the footer of every page links each one),
    plain text and canonical URL."""
    for page in [*generator.pages, *generator.hidden_pages, *generator.translations]:
        fix_url(page)
        add_plain_text(page)
        add_canonical_url(page, generator.settings)
