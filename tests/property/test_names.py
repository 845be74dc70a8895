"""A seed's extension is read from its name as pathlib reads it, without pathlib."""

from __future__ import annotations

from pathlib import PurePosixPath

from hypothesis import example, given
from hypothesis import strategies as st
from seed_converter.naming import EXTENSION, extension

NAMES = st.text(alphabet=st.sampled_from("aZ9._-~ /éX"), max_size=14)


def pathlib_extension(name: str) -> str:
    suffix = PurePosixPath(name).suffix
    return suffix.lower() if EXTENSION.fullmatch(suffix) else ""


@given(NAMES)
@example("story.TXT")
@example("Dr. Smith resigns")
@example(".hidden")
@example("name.")
@example("a.b/c")
@example("folder/.")
def test_extension_is_the_suffix_pathlib_gives(name):
    assert extension(name) == pathlib_extension(name)
