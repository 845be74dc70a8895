"""Pelican wiring: register() only connects signals; the work is in the modules."""

from __future__ import annotations

from blinker import signal
from pelican import signals

from .address import settle_address
from .audit_pages import AuditPageGenerator
from .cards.build import ShareCardGenerator
from .enrich import add_defaults, enrich_articles, enrich_live, enrich_pages
from .feeds import finish_feed
from .jsonfeed import JsonFeedGenerator
from .search import SearchIndexGenerator
from .sitemap import MachineFilesGenerator
from .stylesheet import StylesheetGenerator


def _generators(pelican):
    # The search index last: it has every page written first.
    return (MachineFilesGenerator, StylesheetGenerator, JsonFeedGenerator, AuditPageGenerator,
            ShareCardGenerator, SearchIndexGenerator)


def register() -> None:
    # initialized: settings are final but the template context not yet built,
    # so defaults added here reach every template.
    signals.initialized.connect(add_defaults)
    # initialized, too: before anything is read, a public build without a real
    # address stops, and the feeds' domain is the site's.
    signals.initialized.connect(settle_address)
    # article_generator_finalized: all stories are read, sorted and grouped by
    # section and tag, and no page has been rendered yet.
    signals.article_generator_finalized.connect(enrich_articles)
    signals.page_generator_finalized.connect(enrich_pages)
    # feed_generated: the feed object exists but is not yet written.
    signals.feed_generated.connect(finish_feed)
    # get_generators: a generator's generate_output runs after every context is
    # built, so the sitemap and the search index see all stories, pages and sections.
    signals.get_generators.connect(_generators)
    # incremental.live_stories: `make devserver` put new or changed stories live
    # from the last build kept in memory (incremental/live.py); they get what
    # article_generator_finalized gives every story. Connected by name: the site
    # builds without the incremental plugin too.
    signal("incremental.live_stories").connect(enrich_live)
