"""A smaller ICU data library for the Linux bundle (used by kuhina.spec).

PySide6's Qt on Linux links ICU 73, whose data library (`libicudata.so.73`, about 31 MB)
holds one ICU "common data" package: every locale's collation, time-zone names, currency,
unit and language names, break-iterator dictionaries, transliterators and about 190 legacy
code-page converters. Qt Core calls only these ICU functions (`nm -D --undefined-only
libQt6Core.so.6`; no other Qt library of the bundle calls ICU):

- `ucol_*`: QCollator and QString::localeAwareCompare (the tables sort locale-aware);
- `u_strToUpper`/`u_strToLower`: QLocale::toUpper/toLower (case data is built into
  libicuuc, not the data library);
- `ucal_open`, `ucal_getTimeZoneDisplayName`, `ucal_getCanonicalTimeZoneID`: QTimeZone's
  names and ids;
- `ucnv_*`: QStringConverter for encodings Qt does not implement itself (UTF-8/16/32 and
  Latin-1 are Qt's own), e.g. an HTML page in windows-1252 pasted into a text field.

So the package is rebuilt keeping:

- locale-specific data (in every tree) only for root and the program's languages, Finnish,
  Swedish and English (with their regional variants: fi_FI, sv_FI, en_GB...). The program
  sets the default QLocale to fi_FI, sv_FI or en_GB (kuhina_desktop/ui/i18n.py), so
  collation, case mapping and zone names ask for these; ICU answers any other locale with
  root's data (its normal fallback), never an error;
- every locale-independent item (time-zone rules, metazones, likely subtags, plural rules,
  normalisation, the converter alias table...), except the two trees nothing of the above
  uses: `brkitr/` (break iterators and their Thai/CJK/Khmer dictionaries, ICU's
  BreakIterator, which Qt does not call: its text boundaries are its own) and `translit/`
  (ICU's Transliterator);
- the single-byte code-page converters (windows-125x, ISO 8859, KOI8, DOS and Mac pages;
  ~0.4 MB); the multi-byte ones (Chinese, Japanese and Korean code pages, EBCDIC DBCS;
  ~4.6 MB) are left out: opening one then fails, and Qt falls back to UTF-8.

The result (about 5 MB) is linked by the GNU assembler and linker (binutils, which the
bundle's build needs anyway for `strip`) into a library with the same soname and symbol
(`icudt73_dat`), which libicuuc finds exactly as before. bundle-test.sh checks that
collation, case mapping, time-zone names and converters give the same answers with it as
with the full data.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

KEPT_LANGUAGES = frozenset({"root", "en", "fi", "sv"})
DROPPED_TREES = frozenset({"brkitr", "translit"})
_LOCALE = re.compile(r"^([a-z]{2,3}|root)(_|$)")
_NOT_LOCALES = frozenset({"res_index", "pool"})
_SYMBOL = re.compile(rb"^icudt\d+_dat$")


def _common_data(library: bytes) -> tuple[str, bytes]:
    """(symbol name, the common data package) from an ICU data library (ELF, 64-bit LE)."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", library, pos
            )
            end = library.index(b"\0", strtab_offset + st_name)
            name = library[strtab_offset + st_name : end]
            if _SYMBOL.match(name):
                home = sections[shndx]
                start = home[4] + value - home[3]
                return name.decode(), library[start : start + length]
    raise ValueError("no icudt*_dat symbol")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, content) items, in the order of its table."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD" or package[4 + 4] != 0:
        raise ValueError("not a little-endian ICU common data package")
    (count,) = struct.unpack_from("<I", package, header_size)
    table = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in table[1:]] + [len(package) - header_size]
    items = []
    for (name_offset, offset), end in zip(table, ends, strict=True):
        name_start = header_size + name_offset
        name = package[name_start : package.index(b"\0", name_start)].decode("ascii")
        items.append((name, package[header_size + offset : header_size + end]))
    return package[:header_size], items


def _pack(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package: header, table of contents, names, then 16-byte aligned items."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    offset = _align(table_size + len(names))
    name_offset = table_size
    table = [struct.pack("<I", len(items))]
    body = []
    for name, content in items:
        table.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = content + b"\0" * (_align(len(content)) - len(content))
        body.append(padded)
        offset += len(padded)
    head = b"".join(table) + names
    return header + head + b"\0" * (_align(len(head)) - len(head)) + b"".join(body)


def _align(size: int) -> int:
    return (size + 15) & ~15


def _language(item: str) -> str | None:
    """The language of a locale's resource bundle (`coll/fi.res` -> fi), else None."""
    base = item.rsplit("/", 1)[-1]
    if not base.endswith(".res") or base[:-4] in _NOT_LOCALES:
        return None
    match = _LOCALE.match(base[:-4])
    return match.group(1) if match else None


def _single_byte_converter(content: bytes) -> bool:
    """True for a .cnv whose characters are one byte each (UConverterStaticData's
    maxBytesPerChar, after the data header: structSize, name[60], codepage, platform,
    conversionType, minBytesPerChar, maxBytesPerChar)."""
    header_size = int(struct.unpack_from("<H", content, 0)[0])
    return content[header_size + 4 + 60 + 4 + 3] == 1


def keep(item: str, content: bytes) -> bool:
    """Whether the bundle keeps this item (`icudt73l/coll/fi.res`): see the module's text."""
    parts = item.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return False
    language = _language(item)
    if language is not None and language not in KEPT_LANGUAGES:
        return False
    return not (item.endswith(".cnv") and not _single_byte_converter(content))


def slim_package(package: bytes, keep: Callable[[str, bytes], bool] = keep) -> bytes:
    header, items = _items(package)
    return _pack(header, [(name, content) for name, content in items if keep(name, content)])


def slim_library(source: Path, target: Path) -> tuple[int, int]:
    """Write a copy of ICU data library `source` holding only the items `keep` wants, with
    the same soname and symbol. Returns (old, new) package sizes in bytes."""
    symbol, package = _common_data(source.read_bytes())
    slim = slim_package(package)
    _items(slim)  # the result reads back
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data, assembly, obj = (Path(folder) / n for n in ("icudt.dat", "icudt.s", "icudt.o"))
        data.write_bytes(slim)
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, %object\n"
            f"\t.size {symbol}, {len(slim)}\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            '\t.section .note.GNU-stack,"",%progbits\n'
        )
        subprocess.run(["as", "-o", str(obj), str(assembly)], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", source.name, "-o", str(target), str(obj)], check=True
        )
    return len(package), len(slim)
