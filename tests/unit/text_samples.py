"""Hostile and friendly text for the tests of every input path (`domain.text_rules`).

`texts()` draws short and very long strings mixing ordinary letters, Finnish and Swedish
ones, lone surrogates, C0 and C1 controls, noncharacters, text direction controls, line
breaks, combining marks and emoji (also joined with U+200D). The settings are fixed and
derandomized, so a run is the same on every machine and `make test` stays quick.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SPECIAL = (
    "\u0301", "\n", "\u202e", "\x1b", "\ud800", "👩\u200d👩\u200d👧", "\t", "\u2066",
    "\x9b", "\udfff", "e\u0301", "\u2028", "\ufffe", "\x00", "\u200f", "\r", "\u202a",
    "\x7f", "\udc00", "🇫🇮", "\u2029", "\u2069", "\x85", "\uffff", "\u200d", "\u202b",
    "\x07", "\udbff", "\u0308", "\u202c", "\ufdd0", "\U0010ffff", "\u200e", "\u202d",
    "\u2067", "\u2068", "\u061c", "\u200c", "🏳️\u200d🌈", "Ä", "ö", "å", "Ω", "漢", "\u00a0",
)  # fmt: skip

_PLAIN = st.sampled_from("abcdefghijklmnopqrstuvwxyzäöå ABCÄÖÅ0123456789.,-")
_ANY = st.characters(codec=None, exclude_categories=["Cc", "Cs"])  # controls: in SPECIAL
# The listed characters, not st.characters(categories=["Cs"]): drawn beside the others, the
# surrogates would crowd out every other kind (the four listed are the range's edges).
_SPECIAL = st.sampled_from(SPECIAL)


@st.composite
def _short(draw: st.DrawFn, max_size: int) -> str:
    """Mostly ordinary characters, with up to two special ones put in anywhere."""
    characters = draw(st.lists(st.one_of(_PLAIN, _PLAIN, _PLAIN, _ANY), max_size=max_size))
    for special in draw(st.lists(_SPECIAL, max_size=2)):
        characters.insert(draw(st.integers(0, len(characters))), special)
    return "".join(characters)


def texts(max_size: int = 30) -> st.SearchStrategy[str]:
    """Short texts, and now and then a very long one (a short one repeated)."""
    short = _short(max_size)
    long = st.tuples(short.filter(bool), st.integers(100, 4000)).map(
        lambda pair: (pair[0] * pair[1])[: pair[1]]
    )
    return st.one_of(short, short, short, long)


TEXT_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
