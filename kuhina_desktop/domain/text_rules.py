"""Which characters the program accepts in text, checked once, where text comes in.

Every text the program takes from outside (a data file, a package, a review file, a
receipt, a field of a window) must be something it can store (SQLite and PostgreSQL take
UTF-8 only), print (a terminal interprets control characters) and publish (the web
catalogue, Excel's XML, open data) without surprise. The rules, in the order checked:

- `text_broken_character`: a lone UTF-16 surrogate (U+D800-U+DFFF, which JSON can spell
  as `"\\ud800"`) is not a character and cannot be written as UTF-8;
- `text_control_character`: C0 controls (U+0000-U+001F) other than tab, line feed and
  carriage return, DEL (U+007F), the C1 controls (U+0080-U+009F; U+009B starts a terminal
  escape sequence) and the 66 Unicode noncharacters (U+FDD0-U+FDEF and the last two code
  points of every plane, U+FFFE and U+FFFF among them, which XML forbids);
- `text_direction_control`: the bidirectional embeddings, overrides and isolates
  (U+202A-U+202E, U+2066-U+2069) are refused, not removed: they can make a text display
  in another order than it is stored ("Trojan Source"), so that a name or an address seems
  to say something else; Finnish, Swedish and English never need them, and removing them
  silently would change what the writer meant. The marks U+200E, U+200F and U+061C, the
  joiners U+200C and U+200D (emoji sequences), combining marks and emoji are text;
- `text_line_break`: tab, line feed, carriage return and U+2028/U+2029 only in multi-line
  texts (descriptions and other long texts); a name, a title, an address or a code is one
  line.

Nothing is rewritten here: a text either passes or is refused with the first offending
character, its position (1-based, in code points) and the field it is in, so the message
can say where to look. `text_fault` checks one text, `json_text_fault` every string and
key of parsed JSON, and `TextRefused` is the known error for callers that raise. The
record validation (`domain.checks`) applies the same rules, so a record that was stored
before they existed is caught at export.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kuhina_desktop.errors import KnownError

BROKEN = "text_broken_character"
CONTROL = "text_control_character"
DIRECTION = "text_direction_control"
LINE_BREAK = "text_line_break"

# Every code with the names of its message parameters (resources/messages/text.json).
CODES: dict[str, tuple[str, ...]] = {
    BROKEN: ("field", "char", "position"),
    CONTROL: ("field", "char", "position"),
    DIRECTION: ("field", "char", "position"),
    LINE_BREAK: ("field", "char", "position"),
}

_SURROGATES = "\ud800-\udfff"
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"
_DIRECTION = "\u202a-\u202e\u2066-\u2069"
_LINE_BREAKS = "\t\n\r\u2028\u2029"

# Within the Basic Multilingual Plane, and the noncharacters beyond it on their own: a
# character class holding the 32 single astral code points searches 15 times slower, so
# the second search runs only for a text that has a character beyond U+FFFF at all.
_MULTILINE = re.compile(f"[{_SURROGATES}{_CONTROLS}{_NONCHARACTERS}{_DIRECTION}]")
_SINGLE_LINE = re.compile(f"[{_SURROGATES}{_CONTROLS}{_NONCHARACTERS}{_DIRECTION}{_LINE_BREAKS}]")
_ASTRAL_NONCHARACTERS = re.compile(
    "["
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
    + "]"
)


def _has_astral(value: str) -> bool:
    """Whether `value` has a character beyond U+FFFF: an ASCII text (a flag the string
    keeps) has none; otherwise each such character takes two UTF-16 units. About 40 times
    quicker than `max(value)`, which made a 300 kB data.json's quick look cost 4 ms."""
    return not value.isascii() and len(value.encode("utf-16-le", "surrogatepass")) > 2 * len(value)


def _first(value: str, multiline: bool) -> re.Match[str] | None:
    # Quick (a C loop, five times quicker than the search on a short text): every refused
    # character is of a category `isprintable` refuses: Cs, Cc, Cf (the direction
    # controls), Cn (the noncharacters), Zl and Zp (U+2028, U+2029). A multi-line text
    # may have line feeds, which are not printable but allowed, so they are left out.
    if (value.replace("\n", " ") if multiline else value).isprintable():
        return None
    match = (_MULTILINE if multiline else _SINGLE_LINE).search(value)
    if _has_astral(value):
        astral = _ASTRAL_NONCHARACTERS.search(value, 0, match.start() if match else len(value))
        if astral is not None:
            return astral
    return match


_DIRECTION_SET = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_LINE_BREAK_SET = frozenset(_LINE_BREAKS)


@dataclass(frozen=True)
class TextFault:
    """The first character of a text that is refused: why, which one and where."""

    code: str
    char: str  # as `U+202E`
    position: int  # 1-based, in code points

    def params(self, field: str) -> dict[str, Any]:
        """The message parameters, with the field named as the caller knows it."""
        return {"field": field, "char": self.char, "position": self.position}


def _kind(character: str) -> str:
    point = ord(character)
    if 0xD800 <= point <= 0xDFFF:
        return BROKEN
    if character in _DIRECTION_SET:
        return DIRECTION
    if character in _LINE_BREAK_SET:
        return LINE_BREAK
    return CONTROL


def text_fault(value: str, *, multiline: bool = True) -> TextFault | None:
    """None when `value` may be stored, printed and published, else its first fault."""
    match = _first(value, multiline)
    if match is None:
        return None
    character = match.group()
    return TextFault(_kind(character), f"U+{ord(character):04X}", match.start() + 1)


def fault_count(value: str, *, multiline: bool = True) -> int:
    """How many characters of `value` the rules refuse (0 for a clean text)."""
    if text_fault(value, multiline=multiline) is None:
        return 0
    count = len((_MULTILINE if multiline else _SINGLE_LINE).findall(value))
    return count + len(_ASTRAL_NONCHARACTERS.findall(value))


def is_clean(value: str, *, multiline: bool = True) -> bool:
    # The quick look of `_first` first, here: the record validation asks it of every text.
    if (value.replace("\n", " ") if multiline else value).isprintable():
        return True
    return _first(value, multiline) is None


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
KEY_SHOWN_MAX = 40


def _escaped(text: str) -> str:
    """Printable ASCII as it is, anything else as a `\\x..`/`\\u....` escape."""
    return "".join(
        c if " " <= c <= "~" else (f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}")
        for c in text
    )


def _key_part(key: str) -> str:
    """A JSON key as a path part: plain keys as they are, others escaped and quoted."""
    if _PLAIN_KEY.fullmatch(key):
        return key
    more = "…" if len(key) > KEY_SHOWN_MAX else ""
    return f'["{_escaped(key[:KEY_SHOWN_MAX])}{more}"]'


def _join(path: str, key: str) -> str:
    part = _key_part(key)
    if part.startswith("["):
        return path + part
    return f"{path}.{part}" if path else part


def json_source_is_clean(source: str) -> bool:
    """Whether no string of the JSON text `source` can hold a refused character: none
    stands in it as it is, and no escape that could spell one does (`\\u`, `\\b`, `\\f`).
    A quick look before parsing's result is walked; keys need `keys_are_clean` besides,
    since a line break is refused in a key and `\\n` is everywhere in descriptions."""
    return _ESCAPE.search(source) is None and _first(source, True) is None


# A backslash before u, b or f (also after an escaped backslash, as the `in` tests it
# replaces found it): one search of a 370 kB data.json takes 0.09 ms, three `in` 1 ms.
_ESCAPE = re.compile(r"\\[ubf]")


def keys_are_clean(keys: Iterable[str]) -> bool:
    """Whether every JSON key passes (one line each)."""
    return _first(" ".join(keys), False) is None


def json_has_fault(value: Any) -> bool:
    """Whether any string or key of parsed JSON is refused (`json_text_fault` says where).

    Quick: one walk level by level gathers the strings and keys, and one search of each
    joined text decides, so a clean document costs about what measuring it does.
    """
    strings: list[str] = []
    keys: list[str] = []
    level: list[Any] = [value]
    while level:
        below: list[Any] = []
        for item in level:
            kind = type(item)
            if kind is str:
                strings.append(item)
            elif kind is dict:
                keys.extend(item)
                below.extend(item.values())
            elif kind is list:
                below.extend(item)
        level = below
    return _first("\n".join(strings), True) is not None or _first(" ".join(keys), False) is not None


def json_text_fault(value: Any) -> tuple[str, TextFault] | None:
    """The path (`opportunities[3].title.fi`) and fault of the first refused string of
    parsed JSON, keys included (a key is one line); None when every string passes.

    Strings may be multi-line here: which fields must be one line is the record
    validation's business. Walks without recursion, so any depth is safe.
    """
    if not json_has_fault(value):
        return None
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, item = stack.pop()
        kind = type(item)
        if kind is str:
            fault = text_fault(item)
            if fault is not None:
                return path or "(text)", fault
        elif kind is dict:
            children = []
            for key, child in item.items():
                fault = text_fault(key, multiline=False)
                if fault is not None:
                    return _join(path, key) + " (key)", fault
                children.append((_join(path, key), child))
            stack.extend(reversed(children))
        elif kind is list:
            stack.extend((f"{path}[{i}]", child) for i, child in reversed(list(enumerate(item))))
    return None


class TextRefused(KnownError):
    """Text refused by these rules; `code` is one of `CODES`, params field, char, position."""

    def __init__(self, field: str, fault: TextFault) -> None:
        super().__init__(fault.code, **fault.params(field))
        self.fault = fault


def check_text(value: str, field: str, *, multiline: bool = True) -> str:
    """`value` when it passes, else `TextRefused` naming `field` (for readers that raise)."""
    fault = text_fault(value, multiline=multiline)
    if fault is not None:
        raise TextRefused(field, fault)
    return value


def check_json_text(value: Any, where: str = "") -> Any:
    """`value` (parsed JSON) when all its strings pass, else `TextRefused` naming the path,
    prefixed with `where` (e.g. the file's name) when given."""
    found = json_text_fault(value)
    if found is not None:
        path, fault = found
        raise TextRefused(f"{where}: {path}" if where else path, fault)
    return value


__all__ = [
    "BROKEN",
    "CODES",
    "CONTROL",
    "DIRECTION",
    "LINE_BREAK",
    "TextFault",
    "TextRefused",
    "check_json_text",
    "check_text",
    "fault_count",
    "is_clean",
    "json_has_fault",
    "json_source_is_clean",
    "json_text_fault",
    "keys_are_clean",
    "text_fault",
]
