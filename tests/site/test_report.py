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


def test_the_report_has_a_row_per_seed_linking_its_story_and_its_audit(site):
    report = soup(site / "report" / "index.html")
    rows = report.select(".report__table tbody tr")
    seeds = sorted((site.parent / "seeds").glob("*.txt"))
    assert len(rows) == len(seeds)
    for row in rows:
        cells = row.find_all("td")
        assert cells[0].code["title"].endswith(".txt")
        story, audit = cells[1].a, cells[6].a
        assert story is not None and audit is not None, row
        assert (site / "report" / story["href"] / "index.html").resolve().is_file()
        assert (site / "report" / audit["href"] / "index.html").resolve().is_file()
        assert cells[2].get_text(strip=True).startswith("published")

