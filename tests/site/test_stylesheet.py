"""One stylesheet per page, joined from the theme's components, named by its content."""

from __future__ import annotations

import hashlib
import re

from news_site.stylesheet import assemble, minify
from sitecheck import REPO, links


def test_every_page_links_one_stylesheet_named_by_its_digest(site, html_files):
    sheets = set()
    for page in html_files:
        found = [url for name, _, url in links(site, page)
                 if name == "link" and url.endswith(".css") and "pagefind" not in url]
        assert len(found) == 1, f"{page}: {found}"
        sheets.update(found)
    [url] = sheets
    name = url.rsplit("/", 1)[1]
    text = (site / "theme" / "css" / name).read_bytes()
    digest = re.fullmatch(r"site\.([0-9a-f]{12})\.css", name).group(1)
    assert hashlib.sha256(text).hexdigest().startswith(digest)


def test_the_sheet_holds_every_component_in_order_with_print_wrapped(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "a.css").write_text("/* why */\n.a { color: red; }\n")
    (tmp_path / "css" / "print.css").write_text(".b { display: none; }\n")
    sheet = assemble(tmp_path, ("a", "print"))
    assert sheet.text == ".a { color: red; }\n@media print {\n.b { display: none; }\n}\n"
    assert sheet.path.startswith("theme/css/site.")


def test_a_changed_component_changes_the_name(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "a.css").write_text(".a { color: red; }\n")
    before = assemble(tmp_path, ("a",)).path
    (tmp_path / "css" / "a.css").write_text(".a { color: blue; }\n")
    assert assemble(tmp_path, ("a",)).path != before


def test_no_component_is_copied_into_the_site_on_its_own(site):
    components = {p.name for p in (REPO / "theme" / "css").glob("*.css")}
    shipped = {p.name for p in (site / "theme").rglob("*.css")}
    assert not components & shipped


def test_minify_keeps_rules_and_drops_comments():
    assert minify("/* a\n b */\n  .x {\n    top: 0;\n  }\n\n") == ".x {\ntop: 0;\n}\n"
