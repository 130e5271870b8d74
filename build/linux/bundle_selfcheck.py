"""Checks run inside the frozen bundle, by bundle-test.sh, for what the command line cannot
show: picture import, Excel's writer, the PostgreSQL driver and the trimmed ICU data.

kuhina.spec builds this script into `build/work/kuhina/kuhina-selfcheck`, an executable
that is not part of the bundle: it shares the bundle's Python modules (the same PYZ, so
it imports only what the program itself bundles) and, run from a folder next to the
bundle's `_internal`, its libraries and plugins. It can also run from a source checkout
(`.venv/bin/python build/linux/bundle_selfcheck.py icu`): bundle-test.sh compares the `icu`
output of both, the full ICU data against the bundle's.

Commands (exit 0 when every check passes, 1 with a message otherwise):
  pictures WORKSPACE   add JPEG, PNG, WebP, TIFF, GIF and BMP pictures to an organisation
                       workspace the way the picture editor does, then show them with Qt
  excel FILE.xlsx      openpyxl writes with lxml, and the workbook reads back
  postgres             psycopg and its libpq load
  phones               phone numbers parse and format (phonenumbers' data modules load)
  icu                  print what Qt's ICU calls answer (collation, case, zone names,
                       converters) in the program's languages, as JSON
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


class CheckFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def gui_application() -> object:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["kuhina-selfcheck"])


def pictures(workspace: str) -> None:
    from PIL import Image, ImageDraw
    from PySide6.QtGui import QImage

    from kuhina_desktop.services.org_workspace import OrgWorkspace

    app = gui_application()  # noqa: F841  (Qt's image plugins want an application)
    photo = Image.new("RGB", (2400, 1200), (200, 220, 240))
    ImageDraw.Draw(photo).ellipse((300, 200, 1500, 1000), fill=(200, 60, 40))
    logo = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(logo).rectangle((50, 50, 250, 250), fill=(30, 90, 200, 255))
    # What a volunteer may pick (IMAGE_SUFFIXES in ui/widgets/image_editor.py), and what comes out:
    # a JPEG when the picture is opaque, a PNG when it has transparency.
    cases: list[tuple[str, Image.Image, dict[str, Any], str]] = [
        ("JPEG", photo, {"quality": 90}, "jpg"),
        ("PNG", photo, {}, "jpg"),
        ("PNG", logo, {}, "png"),
        ("WEBP", photo, {"quality": 80}, "jpg"),
        ("WEBP", logo, {"lossless": True}, "png"),
        ("TIFF", photo, {"compression": "tiff_lzw"}, "jpg"),
        ("GIF", logo.convert("P"), {}, "jpg"),
        ("BMP", photo, {}, "jpg"),
    ]
    with OrgWorkspace.open(Path(workspace)) as ws:
        for fmt, image, options, wanted in cases:
            source = io.BytesIO()
            image.save(source, format=fmt, **options)
            ref = ws.add_image(source.getvalue())
            check(ref.endswith("." + wanted), f"{fmt}: stored as {ref}, expected .{wanted}")
            stored = ws.attachment(ref)
            check(stored is not None, f"{fmt}: {ref} not stored")
            shown = QImage()
            check(shown.loadFromData(stored or b""), f"{fmt}: Qt cannot show {ref}")
            check(
                max(shown.width(), shown.height()) <= 1600,
                f"{fmt}: {shown.width()}x{shown.height()} is over 1600 px",
            )
            print(
                f"picture {fmt} -> {ref.rsplit('/', 1)[1][:12]}… {shown.width()}x{shown.height()}"
            )


def excel(path: str) -> None:
    import openpyxl
    from openpyxl.xml import LXML

    check(LXML, "openpyxl does not find lxml: it would write a cell's leading CR as LF")
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book[book.sheetnames[0]]
    rows = [r for r in sheet.iter_rows(max_row=3, values_only=True)]
    check(len(rows) >= 2 and any(rows[0]), f"{path}: no header and data rows")
    print(f"excel {Path(path).name}: sheets {len(book.sheetnames)}, header {rows[0][:2]}…")


def postgres() -> None:
    import hashlib
    import hmac

    # On Linux Python's ssl and hashlib use psycopg's OpenSSL (kuhina.spec, share_openssl):
    # hashing works before and after libpq is loaded, and stays OpenSSL's (fast) one.
    wanted = "18206ec5e91a4289810c02a669e99cf1137f4a418cb96c97ed165ffe404a35f8"
    check(hashlib.sha256.__name__ == "openssl_sha256", "hashlib does not use OpenSSL")
    before = hashlib.sha256(b"kuhina").hexdigest()
    import psycopg

    check(psycopg.pq.__impl__ in ("binary", "c"), f"libpq wrapper: {psycopg.pq.__impl__}")
    after = hashlib.sha256(b"kuhina").hexdigest()
    check(before == after == wanted, f"sha256: {before}, {after}, expected {wanted}")
    mac = hmac.new(b"key", b"kuhina", "sha512").hexdigest()
    check(len(mac) == 128, "hmac-sha512")
    import ssl

    ssl.create_default_context()
    print(
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {psycopg.pq.version()}, "
        f"Python's ssl and hashlib on {ssl.OPENSSL_VERSION}"
    )


def phones() -> None:
    import phonenumbers

    cases = [
        ("040 123 4567", "+358 40 1234567"),
        ("+46 8 123 456 78", "+46 8 123 456 78"),
        ("+44 20 7946 0000", "+44 20 7946 0000"),
        ("013 123 4567", "+358 13 1234567"),
    ]
    for text, wanted in cases:
        number = phonenumbers.parse(text, "FI")
        shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        check(shown == wanted, f"{text}: formatted as {shown}, expected {wanted}")
        check(phonenumbers.is_valid_number(number), f"{text}: not valid")
    print(f"phones: {len(cases)} numbers parsed and formatted")


WORDS = [
    "öljy",
    "Åland",
    "ärtsoppa",
    "zeta",
    "vaasa",
    "Wasa",
    "aamu",
    "Ähtäri",
    "över",
    "å",
    "ångström",
    "Éclair",
    "eclair",
    "ecole",
    "Œuvre",
    "ost",
    "Øre",
    "þorn",
    "Ü",
    "uusi",
    "yö",
    "ÿ",
    "ß",
    "ss",
    "cote",
    "côte",
    "coté",
    "côté",
    "10",
    "9",
    "a-b",
    "ab",
    "A",
    "a",
]
ZONES = ["Europe/Helsinki", "Europe/Stockholm", "Europe/London", "America/New_York", "UTC"]
HTML_SAMPLES = [
    ("windows-1252", "Ähtäri € «ok» – Œuvre"),
    ("ISO-8859-15", "Ähtäri €"),
    ("windows-1251", "Привет, мир"),
    ("KOI8-R", "Привет"),
    ("cp866", "Привет"),
    ("ISO-8859-7", "Καλημέρα"),
    ("macintosh", "Ähtäri"),
]


def icu() -> None:
    from PySide6.QtCore import QCollator, QDateTime, QLocale, Qt, QTimeZone

    report: dict[str, object] = {}
    for name in ("fi_FI", "sv_FI", "en_GB", "fi", "sv", "en_US"):
        locale = QLocale(name)
        collator = QCollator(locale)
        report[f"sort {name}"] = sorted(WORDS, key=collator.sortKey)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        report[f"sort {name} numeric, any case"] = sorted(WORDS, key=collator.sortKey)
        report[f"upper {name}"] = locale.toUpper("ärtsoppa ß ıi ǆ ﬁ")
        report[f"lower {name}"] = locale.toLower("ÄRTSOPPA İI Σ ΣΑΣ")
        QLocale.setDefault(locale)
        # The default collator: what QSortFilterProxyModel's locale-aware sort uses.
        report[f"default collator {name}"] = [
            (a, b, _sign(QCollator().compare(a, b)))
            for a, b in [("å", "ä"), ("ö", "z"), ("v", "w"), ("ü", "y"), ("Öljy", "öljy")]
        ]
        summer = QDateTime.fromString("2026-07-01T12:00:00", "yyyy-MM-ddTHH:mm:ss")
        winter = QDateTime.fromString("2026-01-15T12:00:00", "yyyy-MM-ddTHH:mm:ss")
        for zone_id in ZONES:
            zone = QTimeZone(zone_id.encode())
            names = []
            for moment in (summer, winter):
                for kind in (
                    QTimeZone.NameType.LongName,
                    QTimeZone.NameType.ShortName,
                    QTimeZone.NameType.OffsetName,
                ):
                    names.append(zone.displayName(moment, kind, locale))
            report[f"zone {zone_id} {name}"] = names
    report["zone ids"] = [
        bytes(QTimeZone(z.encode()).id().data()).decode() for z in [*ZONES, "Asia/Calcutta"]
    ]
    # Legacy encodings reach ICU's converters through QStringDecoder::decoderForHtml, e.g.
    # when HTML in windows-1252 is pasted (QMimeData.html()).
    for charset, text in HTML_SAMPLES:
        report[f"html {charset}"] = _pasted_html(charset, text.encode(charset))
    # Other locales fall back to root's data in the bundle: they must work, not match.
    for name in ("de_DE", "ru_RU", "zh_CN", "ja_JP", "th_TH"):
        sorted(WORDS, key=QCollator(QLocale(name)).sortKey)
        QLocale(name).toUpper("abc")
        QTimeZone(b"Europe/Helsinki").displayName(
            QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale(name)
        )
    for charset in ("Shift_JIS", "GB18030", "Big5", "EUC-KR"):  # left out of the bundle
        _pasted_html(charset, b"\x82\xa0\x82\xa2")  # あい in Shift_JIS
    print(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))


def _pasted_html(charset: str, body: bytes) -> str:
    from PySide6.QtCore import QByteArray, QMimeData

    data = QMimeData()
    head = f'<html><head><meta charset="{charset}"></head><body>'.encode("ascii")
    data.setData("text/html", QByteArray(head + body + b"</body></html>"))
    return data.html()


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


COMMANDS: dict[str, Callable[..., None]] = {
    "pictures": pictures,
    "excel": excel,
    "postgres": postgres,
    "phones": phones,
    "icu": icu,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        COMMANDS[argv[0]](*argv[1:])
    except CheckFailed as exc:
        print(f"selfcheck {argv[0]}: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
