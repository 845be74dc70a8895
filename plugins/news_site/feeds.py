"""Feeds that validate, and say each story's language.

At `feed_generated` (the feed is built, not yet written):
- RSS guids are marked isPermaLink="false": Pelican's guids are tag: URIs, not
  URLs, and without the attribute readers and the W3C validator take them for
  permalinks and reject them (getpelican/pelican#1263). Atom ignores the flag.
- The feed names the site as its author (RFC 4287: an entry without a byline
  needs one from its feed) and the site's language.
- An entry whose story is in another language says so: xml:lang on the Atom
  entry, dc:language in the RSS item.
"""

from __future__ import annotations

from urllib.parse import urljoin

from feedgenerator import Atom1Feed, Rss201rev2Feed

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class AtomWithLanguages(Atom1Feed):
    """Atom, each entry with its own xml:lang when it has one."""

    def item_attributes(self, item):
        attrs = super().item_attributes(item)
        if item.get("lang"):
            attrs["xml:lang"] = item["lang"]
        return attrs


class RssWithLanguages(Rss201rev2Feed):
    """RSS 2.0, each item with its own dc:language when it has one."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("lang"):
            handler.addQuickElement("dc:language", item["lang"], {"xmlns:dc": DUBLIN_CORE})


# The context key under which enrich.py leaves story_languages() for every feed.
LANGUAGES_KEY = "news_story_languages"


def story_languages(articles, settings) -> dict[str, str]:
    """The stories in another language than the site's, by the absolute URL a
    feed entry links to. Worked out once per build: a site has a feed per tag."""
    site = (settings.get("SITEURL") or "").rstrip("/") + "/"
    default = settings.get("DEFAULT_LANG") or "en"
    return {urljoin(site, str(a.url)): a.lang for a in articles
            if getattr(a, "lang", default) not in (default, None, "")}


def finish_feed(context, feed) -> None:
    """Mark guids, name the feed's author and language, and each entry's language."""
    default = context.get("DEFAULT_LANG") or "en"
    lang_of = context.get(LANGUAGES_KEY)
    if lang_of is None:
        lang_of = story_languages(context.get("articles", ()), context)
    feed.feed["language"] = default
    if not feed.feed.get("author_name"):
        feed.feed["author_name"] = context.get("AUTHOR") or context.get("SITENAME")
    for item in feed.items:
        item["unique_id_is_permalink"] = False
        lang = lang_of.get(item["link"].removesuffix("?ref=feed"))
        if lang and lang != default:
            item["lang"] = lang
    if isinstance(feed, Atom1Feed) and not isinstance(feed, AtomWithLanguages):
        feed.__class__ = AtomWithLanguages
    elif isinstance(feed, Rss201rev2Feed) and not isinstance(feed, RssWithLanguages):
        feed.__class__ = RssWithLanguages
