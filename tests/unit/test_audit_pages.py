"""The audit file the converter writes reads back as the audit page's data."""

from __future__ import annotations

from news_site.audit_pages import parse
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
    audit = parse(text)
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
