"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) beside Atom and RSS: the whole
site and each section, every story's full text.

An item's id is the tag: URI Pelican gives the same story in Atom and RSS, so a
reader following several of a site's feeds sees one story once.
"""

from __future__ import annotations

import json
import logging
import os

from feedgenerator import get_tag_uri

from .settings import site_root

log = logging.getLogger(__name__)

VERSION = "https://jsonfeed.org/version/1.1"


def _rfc3339(moment) -> str:
    return moment.isoformat()


def item(article, settings: dict) -> dict:
    """One story as a JSON Feed item (id, url, title, full HTML, dates, people, tags)."""
    url = article.canonical_url
    entry = {
        "id": get_tag_uri(url, article.date),
        "url": url,
        "title": article.plain_title,
        "content_html": article.get_content(settings.get("SITEURL") or ""),
        "summary": article.plain_summary,
        "date_published": _rfc3339(article.date),
    }
    modified = getattr(article, "modified", None)
    if modified:
        entry["date_modified"] = _rfc3339(modified)
    authors = [{"name": str(a), "url": site_root(settings) + a.url}
               for a in getattr(article, "authors", ())]
    if authors:
        entry["authors"] = authors
    tags = [str(t) for t in getattr(article, "tags", ())]
    if tags:
        entry["tags"] = tags
    entry["language"] = getattr(article, "lang", settings.get("DEFAULT_LANG", "en"))
    shared = getattr(article, "share_image", None)
    if shared is not None:
        entry["image"] = shared.url
    return entry


def feed(title: str, path: str, articles, settings: dict) -> dict:
    """A whole feed: the newest FEED_MAX_ITEMS stories, newest first."""
    root = site_root(settings)
    most = settings.get("FEED_MAX_ITEMS")
    newest = sorted(articles, key=lambda a: (a.date, a.source_path), reverse=True)[:most]
    data = {
        "version": VERSION,
        "title": title,
        "home_page_url": root,
        "feed_url": root + path,
        "description": settings.get("SITESUBTITLE") or settings["SITENAME"],
        "language": settings.get("DEFAULT_LANG", "en"),
        "favicon": root + f"{settings.get('THEME_STATIC_DIR', 'theme')}/favicon.svg",
    }
    data["items"] = [item(a, settings) for a in newest]
    return data


def feeds(context: dict, settings: dict) -> dict[str, dict]:
    """Every JSON feed the settings ask for, by its path in the site."""
    found = {}
    everything = settings["NEWS_JSON_FEED_ALL"]
    if everything:
        found[everything] = feed(settings["SITENAME"], everything,
                                 context.get("articles", ()), settings)
    per_section = settings["NEWS_JSON_FEED_SECTION"]
    if per_section:
        for category, articles in context.get("categories", ()):
            path = per_section.format(slug=category.slug)
            found[path] = feed(f"{settings['SITENAME']}: {category}", path, articles, settings)
    return found


class JsonFeedGenerator:
    """A Pelican generator that writes the JSON feeds once every story is read."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context, self.settings, self.output_path = context, settings, output_path

    def generate_context(self):
        """Nothing to read: the article generator fills the context."""

    def generate_output(self, writer):
        for path, data in feeds(self.context, self.settings).items():
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            target = os.path.join(self.output_path, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            log.info('Writing "%s"', target)
