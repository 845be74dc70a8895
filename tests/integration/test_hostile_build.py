"""Issue 5 end to end: the real pelican builds a site from hostile seeds.

Whatever a seed holds, the published site shows it as text: no element, attribute,
link, template or metadata comes from a seed. Each payload carries the marker
XSSMARK so anything of a seed's that turned into code can be told from the theme's
own scripts. Skipped seeds are listed in the build report page, and under
`--fatal warnings` (what STRICT=1 passes) a skipped seed fails the build.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from helpers import run_pelican

MARK = "XSSMARK"
LEAD = ("The council said on Monday that the message below had been posted on its "
        "noticeboard overnight, and that residents should read it as plain text")
PAYLOADS = [
    f"<script>alert('{MARK}1')</script>",
    f"<img src=x onerror=alert('{MARK}2')>",
    f"<a href=\"javascript:alert('{MARK}3')\">click</a>",
    f"[click](javascript:alert('{MARK}4'))",
    f"<svg onload=alert('{MARK}5')></svg>",
    f"<b onmouseover=\"alert('{MARK}6')\">hover</b>",
    f"</script><script>alert('{MARK}7')</script>",
    f"<iframe src=\"javascript:alert('{MARK}8')\"></iframe>",
    f"<div style=\"background:url(javascript:alert('{MARK}9'))\">x</div>",
    f"{{{{ SITENAME }}}} {{% for x in articles %}}{MARK}10{{% endfor %}}",
    f"*{MARK}11* _{MARK}12_ `{MARK}13` # {MARK}14",
    f"&lt;script&gt;alert('{MARK}15')&lt;/script&gt;",
    f"<!-- {MARK}16 --> <?php echo '{MARK}17'; ?>",
    f"{{filename}}/../../etc/passwd {MARK}18",
]
HEADLINE = f"Council warns about <script>alert('{MARK}T')</script> and {{{{ SITENAME }}}} notices"
METADATA_LINES = "Title: Hijacked headline\nStatus: draft\nSave_as: ../escaped.html\nSlug: hijacked"


def hostile_seed() -> str:
    paragraphs = [f"{LEAD}: {p} and nothing else was found there." for p in PAYLOADS]
    return "\n\n".join([HEADLINE, "By Jane Doe <script>alert('XSSMARKA')</script>",
                        METADATA_LINES, *paragraphs]) + "\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    seeds, content, output = root / "seeds", root / "content", root / "output"
    seeds.mkdir()
    content.mkdir()
    (seeds / "hostile.txt").write_text(hostile_seed(), encoding="utf-8")
    (seeds / f"<img src=x onerror=alert('{MARK}N')>.txt").write_text(
        hostile_seed().replace("Council warns", "Mayor warns"), encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "menu.txt").write_text("Home\nNews\nContact\n", encoding="utf-8")
    (seeds / ".DS_Store").write_bytes(bytes(64))
    run_pelican(seeds, content, output)
    return output


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def feed_elements(site: Path, names: tuple[str, ...]) -> list[str]:
    """The text of these elements in every feed, XML entities resolved."""
    found = []
    for path in sorted((site / "feeds").rglob("*.xml")):
        for el in ET.parse(path).iter():
            if el.tag.split("}")[-1] in names:
                found.append(el.text or "")
    return found


def assert_nothing_runs(html: str, where: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            assert not name.lower().startswith("on"), f"{where}: {tag.name} has {name}"
            assert not re.match(r"\s*(javascript|vbscript|data):", value, re.I), (
                f"{where}: {tag.name} {name}={value!r}")
            assert MARK not in value or name in ("content", "title", "alt", "aria-label"), (
                f"{where}: seed text in {tag.name} {name}={value!r}")
        if tag.name in ("script", "iframe", "svg", "img", "object", "embed", "style"):
            body = tag.string or ""
            if tag.get("type") == "application/ld+json":
                json.loads(body)  # data, not code: it parses, so nothing broke out
                assert "<" not in body, f"{where}: raw '<' in JSON-LD"
            else:
                assert MARK not in body and MARK not in str(tag.attrs), f"{where}: {tag}"
    # Every payload's element names from the seed stayed text: none is an element.
    for name in ("iframe", "svg", "object", "embed"):
        assert soup.find(name) is None, f"{where}: <{name}> from a seed"


def test_no_script_handler_or_javascript_url_from_a_seed_in_any_page(built):
    pages = html_files(built)
    assert pages
    for path in pages:
        assert_nothing_runs(path.read_text(encoding="utf-8"), str(path.relative_to(built)))


def test_no_script_handler_or_javascript_url_from_a_seed_in_any_feed(built):
    # Entry content is HTML that a feed reader renders.
    entries = feed_elements(built, ("content", "summary", "description"))
    assert any(MARK in e for e in entries)
    for html in entries:
        assert_nothing_runs(html, "feed")
    # Titles are text (Atom's default type, and RSS's): the headline as written.
    assert HEADLINE in feed_elements(built, ("title",))


def test_the_article_shows_every_payload_as_its_own_text(built):
    [page] = [p for p in built.glob("*/*/*/index.html") if p.parent.name.startswith("council")]
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    # No separator: typogrify wraps capitals in <span class="caps">, inside words.
    text = " ".join(soup.get_text().split())
    for payload in PAYLOADS:
        assert f"{LEAD}: {payload} and nothing else was found there." in text, payload
    assert " ".join(soup.h1.get_text().split()) == HEADLINE
    # Jinja braces in a seed are never a template: the site's name did not replace them.
    assert "{{ SITENAME }}" in soup.h1.get_text()


def test_lines_that_look_like_metadata_set_nothing(built):
    # The seed's "Title:", "Status: draft", "Save_as: ../escaped.html", "Slug:" lines.
    assert not list(built.parent.rglob("escaped.html"))
    assert not list(built.rglob("hijacked*"))
    assert not (built / "drafts").exists()
    for path in html_files(built):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for heading in soup.find_all(["title", "h1", "h2", "h3"]):
            assert "Hijacked" not in heading.get_text(), path


def test_the_build_report_lists_skipped_seeds_and_names_hostile_files_as_text(built):
    report = built / "report" / "index.html"
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    items = [" ".join(li.get_text(" ").split()) for li in soup.select("main li")]
    assert "empty.txt : empty file" in items
    assert "menu.txt : no article text found" in items
    assert not any(".DS_Store" in i for i in items)
    assert "4 seeds: 2 published, 2 skipped" in soup.get_text(" ")
    assert_nothing_runs(report.read_text(encoding="utf-8"), "report")


def _site(tmp_path: Path, *seeds: tuple[str, str]) -> tuple[Path, Path, Path]:
    folder, content = tmp_path / "seeds", tmp_path / "content"
    folder.mkdir()
    content.mkdir()
    for name, text in seeds:
        (folder / name).write_text(text, encoding="utf-8")
    return folder, content, tmp_path / "output"


def test_strict_build_fails_on_a_skipped_seed_and_passes_without(tmp_path):
    good = hostile_seed()
    seeds, content, output = _site(tmp_path, ("good.txt", good), ("empty.txt", ""))
    failed = run_pelican(seeds, content, output, "--fatal", "warnings", check=False)
    assert failed.returncode != 0
    log = failed.stdout + failed.stderr
    assert "empty.txt skipped: empty file" in " ".join(log.split())
    # Every seed was converted before the build stopped.
    assert (content / "articles" / "good.md").exists()
    (seeds / "empty.txt").unlink()
    passed = run_pelican(seeds, content, tmp_path / "output2", "--fatal", "warnings",
                         check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr
