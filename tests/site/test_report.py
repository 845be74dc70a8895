"""The editor's report and the audit pages it links: every seed accounted for, in
the site's style."""

from __future__ import annotations

from seed_converter import rules
from sitecheck import soup


def test_every_converted_story_has_an_audit_page_naming_each_rule(site, article_files):
    for page in article_files:
        slug = page.parent.name
        audit = site / "report" / slug / "index.html"
        assert audit.is_file(), slug
        doc = soup(audit)
        assert doc.find("meta", attrs={"name": "robots", "content": "noindex"})
        for row in doc.select(".report__table tbody tr"):
            rule = row.select_one(".report__rule").get_text()
            assert rules.reason(rule), f"{slug}: {rule} has no reason"
