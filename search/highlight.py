"""Snippets for the database backend: the passage of a text where the visitor's words occur.

Elasticsearch highlights by itself; the database backends do not, so this finds the words here.
A word counts as found when it shares its beginning with a query word (at least four letters, or
the whole word when shorter), which also marks the Dutch forms PostgreSQL's stemming matched
("melding" marks "meldingen"). Matched words are wrapped in the backends' shared marks.
"""

import re

from search.backends import MARK_END, MARK_START

SNIPPET_WORDS = 30
_WORD = re.compile(r"\w+", re.UNICODE)


def _stems(query: str) -> list[str]:
    words = {word.lower() for word in _WORD.findall(query)}
    return [word if len(word) <= 4 else word[: max(4, len(word) - 2)] for word in words]


def snippet(text: str, query: str, words: int = SNIPPET_WORDS) -> str:
    tokens = text.split()
    stems = _stems(query)

    def matches(token: str) -> bool:
        found = _WORD.search(token.lower())
        return bool(found) and any(found.group().startswith(stem) for stem in stems)

    first = next((i for i, token in enumerate(tokens) if matches(token)), 0)
    start = max(0, first - words // 3)
    window = tokens[start : start + words]
    marked = [f"{MARK_START}{token}{MARK_END}" if matches(token) else token for token in window]
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + words < len(tokens) else ""
    return prefix + " ".join(marked) + suffix
