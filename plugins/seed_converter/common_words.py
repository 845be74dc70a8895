"""How common a word is in a language: a heading in title case is made of everyday words.

The line labeller sometimes takes a heading or a label for the byline ("Key
Takeaways", "Press Release", "Frequently Asked Questions", "Mental Health").
Such a heading is made of a language's everyday words; a writer's name, a brand
or an account's handle almost never is ("Chirag Bhardwaj", "ServiceTitan",
"Silverback Strategies"). The word frequencies are wordfreq's (many sources,
several dozen languages); its small lists hold exactly the words common enough
to count here.
"""

from __future__ import annotations

import functools

# wordfreq's Zipf scale: 3 is once per million words of the language. Everyday
# words stand well above it ("press" 5.2, "health" 5.1, "takeaways" 3.1); given
# names and surnames that are no words mostly below ("Bhardwaj" 2.0, "Arora" 2.6).
COMMON_ZIPF = 3.0
# The small lists hold every word at or above COMMON_ZIPF, and load fastest.
WORDLIST = "small"
# Languages whose words wordfreq splits only with extra packages (MeCab, jieba), and
# which write no names in title case for the labeller to mistake.
UNSPLIT = frozenset({"ja", "ko", "zh"})


@functools.cache
def _listed(lang: str) -> bool:
    import wordfreq  # imported on first use: most pages never ask

    return lang not in UNSPLIT and lang in wordfreq.available_languages(WORDLIST)


def everyday_words(text: str, lang: str) -> bool:
    """Every word of `text` is a common word of `lang` (False where that is not known)."""
    words = text.split()
    if not words or not lang or not _listed(lang):
        return False
    from wordfreq import zipf_frequency

    return all(zipf_frequency(w, lang, wordlist=WORDLIST) >= COMMON_ZIPF for w in words)
