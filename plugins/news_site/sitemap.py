"""sitemap.xml with Google News entries for recent stories, and robots.txt."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from xml.sax.saxutils import escape

from .settings import site_root
from .today import FUTURE_GRACE, aligned, now

log = logging.getLogger(__name__)

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
)


def _url(loc: str, lastmod: dt.datetime | None = None, news: str = "") -> str:
    parts = [f"  <url>\n    <loc>{escape(loc)}</loc>\n"]
    if lastmod is not None:
        parts.append(f"    <lastmod>{lastmod.isoformat()}</lastmod>\n")
    parts.append(news)
    parts.append("  </url>\n")
    return "".join(parts)


def _news(article, sitename: str) -> str:
    return (
        "    <news:news>\n"
        "      <news:publication>\n"
        f"        <news:name>{escape(sitename)}</news:name>\n"
        f"        <news:language>{escape(getattr(article, 'lang', 'en'))}</news:language>\n"
        "      </news:publication>\n"
        f"      <news:publication_date>{article.date.isoformat()}</news:publication_date>\n"
        f"      <news:title>{escape(article.plain_title)}</news:title>\n"
        "    </news:news>\n"
    )


def recent(articles, days: int, limit: int, at: dt.datetime) -> list:
    """Stories of the `days` before the build's time `at` (Google News lists only
    those): the window ends at the build's day, not at the newest story, so a
    story dated ahead never empties it. A later build drops what fell out."""
    found = []
    for article in articles:
        end = aligned(at, article.date)
        if end - dt.timedelta(days=days) <= article.date <= end + FUTURE_GRACE:
            found.append(article)
    return found[:limit]


def sitemap_xml(context: dict, settings: dict) -> str:
    """Return the sitemap: home, sections, pages and every story, in stable order."""
    root = site_root(settings)
    articles = sorted(context.get("articles", ()), key=lambda a: (a.date, a.url), reverse=True)
    days, most = settings["NEWS_SITEMAP_NEWS_DAYS"], settings["NEWS_SITEMAP_NEWS_MAX"]
    fresh = {id(a) for a in recent(articles, days, most, now())}
    body = [_url(root, articles[0].date if articles else None)]
    for category, items in sorted(context.get("categories", ()), key=lambda p: p[0].url):
        body.append(_url(root + category.url, max(a.date for a in items)))
    for page in sorted(context.get("pages", ()), key=lambda p: p.url):
        body.append(_url(root + page.url))
    for article in articles:
        modified = getattr(article, "modified", None) or article.date
        entry = _news(article, settings["SITENAME"]) if id(article) in fresh else ""
        body.append(_url(root + article.url, modified, entry))
    return _HEAD + "".join(body) + "</urlset>\n"


def robots_txt(settings: dict) -> str:
    """Allow every crawler everywhere and name the sitemap."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_root(settings)}sitemap.xml\n"


class MachineFilesGenerator:
    """A Pelican generator that writes sitemap.xml and robots.txt with the site.

    A writer that offers `write_text` (the incremental plugin's) writes them as
    it writes pages, on all cores; any other, this generator writes itself."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = output_path

    def generate_context(self):
        """Nothing to read: the other generators fill the context."""

    def generate_output(self, writer):
        """Write both files; runs after every generator has built its context."""
        if not settings_absolute(self.settings):
            log.info("news_site: SITEURL is not absolute; sitemap URLs start at the site root")
        write = getattr(writer, "write_text", None) or self._write
        write("sitemap.xml", functools.partial(sitemap_xml, self.context, self.settings))
        if self.settings["NEWS_ROBOTS"]:
            write("robots.txt", functools.partial(robots_txt, self.settings))

    def _write(self, name: str, produce) -> None:
        path = os.path.join(self.output_path, name)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(produce())
        log.info('Writing "%s"', path)


def settings_absolute(settings: dict) -> bool:
    return (settings.get("SITEURL") or "").startswith(("http://", "https://"))
