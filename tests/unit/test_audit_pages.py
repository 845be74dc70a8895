"""The audit file the converter writes reads back as the audit page's data."""

from __future__ import annotations

from news_site.audit_pages import Audit, read_lines
from news_site.text import shorten_middle
from seed_converter import rules

AUDIT = """Seed: dumps/2026/a-very-long-seed-name.txt
Seed digest: sha256:ab12
Article: a-very-long-seed-name.md
Reading: repaired mojibake
Kept: 8 blocks. Dropped: 3 lines.

line 20: disclaimer ({disclaimer}): Disclaimer: opinions (mine): not advice.
line 26: share-label ({share}): Facebook
line 40: unknown-rule: a line: with colons
"""


def test_each_dropped_line_keeps_its_number_rule_reason_and_exact_text():
    text = AUDIT.format(disclaimer=rules.reason("disclaimer"), share=rules.reason("share-label"))
    audit = read_lines(text)
    assert audit.seed == "dumps/2026/a-very-long-seed-name.txt"
    assert audit.repairs == "repaired mojibake"
    assert audit.kept == "8 blocks. Dropped: 3 lines."
    first, second, third = audit.dropped
    assert (first.line, first.rule, first.text) == (20, "disclaimer",
                                                    "Disclaimer: opinions (mine): not advice.")
    assert first.reason == rules.reason("disclaimer") != ""
    assert (second.rule, second.text) == ("share-label", "Facebook")
    assert (third.rule, third.reason, third.text) == ("unknown-rule", "", "a line: with colons")


def test_a_long_seed_path_is_shortened_in_the_middle_keeping_both_ends():
    name = "newsroom/2026/" + "e0786d32627a8350" * 4 + ".txt"
    short = shorten_middle(name, 30)
    assert len(short) == 30 and short.startswith("newsroom/2026/") and short.endswith(".txt")
    assert "…" in short
    assert shorten_middle("short.txt", 30) == "short.txt"


def test_an_audit_is_known_by_its_files_stat_and_read_only_when_its_page_asks(tmp_path):
    path = tmp_path / "story.audit.txt"
    text = AUDIT.format(disclaimer=rules.reason("disclaimer"), share=rules.reason("share-label"))
    path.write_text(text, encoding="utf-8")
    audit = Audit.at(path)
    # The same file, unread, is the same audit: its page's fingerprint is unchanged.
    assert Audit.at(path) == audit
    assert audit.seed == "dumps/2026/a-very-long-seed-name.txt"
    # Rewritten as the converter writes (a new file put in its place), even with
    # the same length, it is another audit, and its page is rendered again.
    replacement = tmp_path / "story.audit.tmp"
    replacement.write_text(text.replace("Facebook", "Linkedin"), encoding="utf-8")
    replacement.replace(path)
    rewritten = Audit.at(path)
    assert rewritten != audit
    assert rewritten.dropped[1].text == "Linkedin"
