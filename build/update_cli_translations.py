"""Compile the command line's translations: `make translations` runs it.

`resources/i18n/cli/cli-help.json` maps each English text (argparse's own user-facing
texts, and the help and descriptions of Kuhina's commands and options) to its Finnish and
Swedish translation; an entry whose English has a plural form is keyed
"singular|plural" and holds a list of forms. This script lists the help texts the
parser has that the file lacks (add them, translated, and run it again), then writes
`resources/i18n/cli/<language>/LC_MESSAGES/kuhina-cli.mo` for fi and sv in GNU gettext's
binary format, which `gettext` reads (kuhina_desktop/cli/cli_language.py).
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "i18n" / "cli"
SOURCE = FOLDER / "cli-help.json"
DOMAIN = "kuhina-cli"
HEADER = (
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


def parser_texts(parser: argparse.ArgumentParser) -> set[str]:
    """Every help text and description of a parser and its sub-parsers."""
    found = {parser.description} if parser.description else set()
    for action in parser._actions:  # noqa: SLF001 - argparse keeps no public list
        if action.help and action.help is not argparse.SUPPRESS:
            found.add(action.help)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for choice in action._choices_actions:  # noqa: SLF001
                if choice.help:
                    found.add(choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                found |= parser_texts(sub)
    return found


def write_mo(entries: dict[str, str], path: Path) -> None:
    """A GNU .mo file: magic, revision, count, the two string tables, then the strings."""
    items = sorted({"": HEADER, **entries}.items())
    ids = [k.encode("utf-8") for k, _ in items]
    strs = [v.encode("utf-8") for _, v in items]
    count = len(items)
    start = 7 * 4 + count * 16
    table_ids, table_strs, data = [], [], b""
    for blob in ids:
        table_ids.append((len(blob), start + len(data)))
        data += blob + b"\0"
    for blob in strs:
        table_strs.append((len(blob), start + len(data)))
        data += blob + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, count, 28, 28 + count * 8, 0, 0)
    out += b"".join(struct.pack("<2I", *pair) for pair in table_ids)
    out += b"".join(struct.pack("<2I", *pair) for pair in table_strs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out + data)


def catalogue(table: dict[str, dict[str, object]], language: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for english, translated in table.items():
        value = translated.get(language)
        if value is None:
            continue
        if isinstance(value, list):  # "singular|plural": the forms, NUL-separated
            singular, plural = english.split("|", 1)
            entries[f"{singular}\0{plural}"] = "\0".join(str(v) for v in value)
        else:
            entries[english] = str(value)
    return entries


def main() -> int:
    sys.path.insert(0, str(REPO))
    from kuhina_desktop.cli import build_parser

    table = json.loads(SOURCE.read_text(encoding="utf-8"))
    missing = sorted(parser_texts(build_parser()) - set(table))
    for text in missing:
        print(f"missing in {SOURCE.relative_to(REPO)}: {text!r}")
    for language in ("fi", "sv"):
        write_mo(catalogue(table, language), FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.mo")
    print(f"command line translations written ({len(table)} texts, {len(missing)} missing)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
