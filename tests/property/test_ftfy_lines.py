"""The converter passes over lines ftfy cannot change (seed_converter/reading.py,
fix_text): whatever the text, the result is ftfy's own."""

from __future__ import annotations

import ftfy
from hypothesis import example, given
from hypothesis import strategies as st
from seed_converter.reading import FTFY_CONFIG, fix_text

# Characters that steer ftfy: entities, tags (which turn entity repair off for the
# lines after), terminal codes, controls, mojibake and its C1 controls, ligatures.
PIECES = ["a", " ", "\n", "&", "amp;", "&amp;", "&eacute;", "<", ">", "<p>", "\x1b[31m",
          "\x07", "\x7f", "\x9d", "â€™", "Ã©", "é", "ﬁ", "\u00a0", "\ufffd", "e\u0301"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("tag <b> here\nAT&amp;T\n")
@example("AT&amp;T\ntag <b> here\nAT&amp;T")
@example("Kazakhstanâ€™s\nplain\n\x1b[1mbold\x1b[0m\n")
def test_fix_text_is_ftfy(text):
    assert fix_text(text) == ftfy.fix_text(text, FTFY_CONFIG)
