"""Everything the templates print but should not compute, attached in one place."""

from __future__ import annotations

from pathlib import Path

from seed_converter.clock import HOLDS_UNTIL

from .archive import archive_index
from .cards import design as card_design
from .cards import plan as cards
from .feeds import LANGUAGES_KEY, story_languages
from .front import front_page
from .neighbours import add_section_neighbours
from .related import add_related
from .search import plan_shards
from .settings import merged, root_path
from .structured_data import JsonLd, Publisher, add_canonical_url
from .stylesheet import assemble
from .text import add_plain_text, add_reading_time, shorten_middle
from .today import next_change, now


def add_defaults(pelican) -> None:
    """Merge the NEWS_ defaults into Pelican's settings, once: templates see them
    there, and so does everything else. Add the site's root path and the
    stylesheet's name."""
    pelican.settings.update(merged(pelican.settings))
    pelican.settings["NEWS_ROOT_PATH"] = root_path(pelican.settings)
    sheet = assemble(Path(pelican.settings["THEME"]), tuple(pelican.settings["NEWS_STYLESHEETS"]))
    pelican.settings["NEWS_STYLESHEET"] = sheet.path
    add_site_images(pelican.settings)
    # Templates print person-readable seed paths, and a story's JSON-LD, through
    # these filters (the publisher's logo is known once the site's images are).
    pelican.settings["JINJA_FILTERS"] = {
        **pelican.settings.get("JINJA_FILTERS", {}),
        "shorten_middle": shorten_middle,
        "json_ld": JsonLd(Publisher.of(pelican.settings)),
    }


def add_site_images(settings: dict) -> None:
    """The site's own share card (pages that are not stories) and the publisher's logo."""
    if not settings["NEWS_SHARE_CARDS"]:
        return
    palette = card_design.palette_from_theme(Path(settings["THEME"]))
    drawn_with = card_design.tools()
    site = cards.image(cards.site_card(settings, palette), drawn_with, settings)
    logo = cards.image(cards.logo_card(settings, palette), drawn_with, settings)
    settings["NEWS_SITE_IMAGE"] = site
    settings["NEWS_SITE_IMAGES"] = (site, logo)
    if not settings["NEWS_PUBLISHER_LOGO"]:
        settings["NEWS_PUBLISHER_LOGO"] = logo.url


def enrich_articles(generator) -> None:
    """Per story: plain text, reading time, URL, share card; then links between stories."""
    settings = generator.settings
    articles = generator.articles
    card_of = share_cards(settings)
    for article in [*articles, *generator.translations]:
        enrich_story(article, settings, card_of)
    add_related(articles, settings["NEWS_RELATED_COUNT"], settings["NEWS_RELATED_MAX_TAG_SIZE"])
    add_section_neighbours(generator.categories)
    at = now()
    generator.context["front"] = front_page(
        articles, generator.categories, settings["NEWS_TOP_STORIES"],
        settings["NEWS_SECTION_STORIES"], at=at,
    )
    # The front page and the news sitemap read the clock: a build with nothing
    # else changed is skipped only until one of them would change.
    generator.context[HOLDS_UNTIL] = next_change(
        (a.date for a in (*articles, *generator.translations)), at,
        settings["NEWS_SITEMAP_NEWS_DAYS"])
    generator.context["archive_index"] = archive_index(articles, settings)
    generator.context[LANGUAGES_KEY] = story_languages(articles, settings)
    # The search page merges one Pagefind bundle per year (and language), the
    # site's language first, newest first; the search index generator indexes
    # each bundle's pages.
    shards = plan_shards([*articles, *generator.translations],
                         settings.get("DEFAULT_LANG") or "en")
    generator.context["search_shards"] = list(shards)
    generator.context["search_pages"] = shards
    # Pelican hands templates its tags as a dict in reading order; list them by name.
    generator.context["tag_index"] = sorted(
        generator.tags.items(), key=lambda pair: (pair[0].name.lower(), pair[0].slug)
    )


def enrich_story(article, settings: dict, card_of) -> None:
    """One story's own: plain text, reading time, canonical URL, share card (its
    JSON-LD is printed from these by the json_ld filter, when its page is rendered)."""
    add_plain_text(article)
    add_reading_time(article, settings["NEWS_WORDS_PER_MINUTE"])
    add_canonical_url(article, settings)
    if card_of:
        article.share_image = card_of(article)


def enrich_live(generator, stories, groups, context) -> None:
    """`make devserver` put stories live without reading the archive again
    (incremental/live.py): what enrich_articles gives them, and the front page
    over the updated lists."""
    settings = generator.settings
    card_of = share_cards(settings)
    for article in stories:
        enrich_story(article, settings, card_of)
    add_related(groups.articles, settings["NEWS_RELATED_COUNT"],
                settings["NEWS_RELATED_MAX_TAG_SIZE"], only=stories)
    add_section_neighbours(groups.categories, only=stories)
    context["front"] = front_page(
        groups.articles, groups.categories, settings["NEWS_TOP_STORIES"],
        settings["NEWS_SECTION_STORIES"], at=now(),
    )


def share_cards(settings: dict):
    """A function giving each story its share card, or None when cards are off."""
    if not settings["NEWS_SHARE_CARDS"]:
        return None
    palette = card_design.palette_from_theme(Path(settings["THEME"]))
    drawn_with = card_design.tools()
    return lambda article: cards.image(
        cards.story_card(article, settings, palette), drawn_with, settings
    )


def enrich_pages(generator) -> None:
    """Per page: plain text and canonical URL."""
    for page in [*generator.pages, *generator.hidden_pages, *generator.translations]:
        add_plain_text(page)
        add_canonical_url(page, generator.settings)
