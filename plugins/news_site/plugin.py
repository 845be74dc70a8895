"""Pelican wiring: register() only connects signals; the work is in the modules."""

from __future__ import annotations

from pelican import signals

from .audit_pages import AuditPageGenerator
from .cards.build import ShareCardGenerator
from .enrich import add_defaults, enrich_articles, enrich_pages
from .feeds import mark_guids_not_permalinks
from .search import SearchIndexGenerator
from .sitemap import MachineFilesGenerator
from .stylesheet import StylesheetGenerator


def _generators(pelican):
    # The search index last: it has every page written first.
    return (MachineFilesGenerator, StylesheetGenerator, AuditPageGenerator, ShareCardGenerator,
            SearchIndexGenerator)


def register() -> None:
    # initialized: settings are final but the template context not yet built,
    # so defaults added here reach every template.
    signals.initialized.connect(add_defaults)
    # article_generator_finalized: all stories are read, sorted and grouped by
    # section and tag, and no page has been rendered yet.
    signals.article_generator_finalized.connect(enrich_articles)
    signals.page_generator_finalized.connect(enrich_pages)
    # feed_generated: the feed object exists but is not yet written.
    signals.feed_generated.connect(mark_guids_not_permalinks)
    # get_generators: a generator's generate_output runs after every context is
    # built, so the sitemap and the search index see all stories, pages and sections.
    signals.get_generators.connect(_generators)
