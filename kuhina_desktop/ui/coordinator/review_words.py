"""Showing what changed in a value, word by word, and cutting long values at words.

`word_diff_html(old, new)` marks the words that went away (struck through, on red) and the
words that came (bold and underlined, on green): the marks never rest on colour alone.
Everything is escaped, since package text is untrusted. `cut_at_word` shortens a value for
a table cell without breaking a word in two.
"""

from __future__ import annotations

import difflib
import html
import re

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")
REMOVED_STYLE = "background-color:#ffd7d5; color:#6b0000; text-decoration:line-through;"
ADDED_STYLE = "background-color:#c9f2d0; color:#003d0f; font-weight:600; text-decoration:underline;"


def tokens(text: str) -> list[str]:
    """Words, runs of spaces and single punctuation marks, in order."""
    return _TOKENS.findall(text)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def word_diff_html(old: str, new: str) -> tuple[str, str]:
    """The old and the new value as HTML, with the changed words marked on each side."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        gone, came = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            left.append(_escape(gone))
            right.append(_escape(came))
            continue
        if gone:
            left.append(_mark(gone, REMOVED_STYLE))
        if came:
            right.append(_mark(came, ADDED_STYLE))
    return "".join(left), "".join(right)


def _mark(text: str, style: str) -> str:
    """A marked run; leading and trailing spaces stay outside the mark."""
    core = text.strip()
    if not core:
        return _escape(text)
    start = text.index(core)
    before, after = text[:start], text[start + len(core) :]
    return f"{_escape(before)}<span style='{style}'>{_escape(core)}</span>{_escape(after)}"


def changed_words(old: str, new: str) -> tuple[list[str], list[str]]:
    """The words removed and the words added (for tests and the accessible description)."""
    a, b = tokens(old), tokens(new)
    removed: list[str] = []
    added: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            removed += [t for t in a[i1:i2] if t.strip()]
            added += [t for t in b[j1:j2] if t.strip()]
    return removed, added


def cut_at_word(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters, cut after a whole word with "…"."""
    line = " · ".join(part.strip() for part in text.splitlines() if part.strip())
    if len(line) <= limit:
        return line
    head = line[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ·,;:") + "…"
