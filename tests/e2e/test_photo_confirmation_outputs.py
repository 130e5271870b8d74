"""A photo is published only when the association confirmed that the people in it agreed,
or that nobody can be recognised (issue 20, package format 3), through the command line as
a coordinator runs it: import, `publish`, `opendata`, `excel`.

One coaching environment has two photos, the first confirmed and the second not. Every
file of the web catalogue, of the open data and of every workbook (its XML parts) is
scanned for the unconfirmed photo: its content hash (the image file's name and every
reference to it), its bytes and its description. The confirmed photo is there.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from kuhina_desktop.domain.model import Text
from kuhina_desktop.services.images import normalise_image
from tests.catalogue_support.packages import Publisher, publishers
from tests.e2e.test_catalogue_cli import Cli, write

SHOWN_TEXT = "Lajittelupöytä, jonka ääressä ei ole ketään"
HIDDEN_TEXT = "Kassalla seisova työnhakija kasvot näkyvissä"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], database_url: str | None) -> Cli:
    run = Cli(capsys, tmp_path / "catalogue")
    extra = ["--database-url", database_url] if database_url else []
    code, _out, err = run.catalogue("init", *extra)
    assert code == 0, err
    return run


def image(colour: tuple[int, int, int]) -> tuple[str, bytes]:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(buffer, "PNG")
    return normalise_image(buffer.getvalue())


def with_two_photos(pub: Publisher) -> tuple[str, str, bytes]:
    """The first environment (where the publisher's offers take place) gets a confirmed
    and an unconfirmed photo; returns their refs and the unconfirmed photo's bytes."""
    (shown, shown_bytes), (hidden, hidden_bytes) = image((30, 140, 60)), image((200, 30, 90))
    env = pub.snapshot.environments[0]
    offers = pub.snapshot.opportunities
    assert any(o.environment_id == env.id and o.status == "published" for o in offers)
    env.photos = [shown, hidden]
    env.photo_descriptions = [Text(fi=SHOWN_TEXT), Text(fi=HIDDEN_TEXT)]
    env.photo_confirmed_on = ["2026-11-20", None]
    pub.attachments.update({shown: shown_bytes, hidden: hidden_bytes})
    return shown, hidden, hidden_bytes


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def workbook_parts(folder: Path, out: Path) -> list[Path]:
    """Every XML part of every workbook in `folder`, unpacked into `out`."""
    books = sorted(folder.rglob("*.xlsx"))
    assert books
    for book in books:
        with zipfile.ZipFile(book) as archive:
            for name in archive.namelist():
                target = out / book.stem / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(name))
    return files_under(out)


def traces(files: list[Path], needles: list[bytes]) -> list[str]:
    """Each file whose name or content holds one of `needles`."""
    found = []
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            if needle in content or needle in path.name.encode():
                found.append(f"{path.name}: {needle[:40]!r}")
    return found


def test_an_unconfirmed_photo_is_in_no_output_and_a_confirmed_one_is(
    cli: Cli, tmp_path: Path
) -> None:
    (pub,) = publishers(1, opportunities=3, seed=23)
    shown, hidden, hidden_bytes = with_two_photos(pub)
    code, _out, err = cli.catalogue(
        "import", write(tmp_path / "in", "p1.kuhina", pub.export()), "--trust-new", "--accept-all"
    )
    assert code == 0, err
    for command, out in (("publish", "site"), ("opendata", "open"), ("excel", "books")):
        code, _out, err = cli.catalogue(command, "--out", tmp_path / out)
        assert code == 0, (command, err)

    shown_hash, hidden_hash = (ref.rsplit("/", 1)[1].split(".")[0] for ref in (shown, hidden))
    hidden_needles = [hidden_hash.encode(), hidden_bytes, HIDDEN_TEXT.encode()]
    site, open_data = files_under(tmp_path / "site"), files_under(tmp_path / "open")
    books = workbook_parts(tmp_path / "books", tmp_path / "parts")
    assert len(site) > 20 and len(open_data) > 3 and books
    assert traces(site, hidden_needles) == []
    assert traces(open_data, hidden_needles) == []
    assert traces(books, hidden_needles) == []

    # the confirmed photo: its file, its pages with its description, its open-data ref
    assert [p.name for p in site if p.name.startswith(shown_hash)] == [shown.rsplit("/", 1)[1]]
    pages = [p for p in site if p.suffix == ".html"]
    assert traces(pages, [shown_hash.encode()]) and traces(pages, [SHOWN_TEXT.encode()])
    assert traces(open_data, [shown_hash.encode()])


def test_a_withdrawn_confirmation_takes_the_photo_out_at_the_next_publish(
    cli: Cli, tmp_path: Path
) -> None:
    """Both photos confirmed and published; the association withdraws the second one's
    confirmation; the next publish into the same folder has no trace of it."""
    (pub,) = publishers(1, opportunities=3, seed=23)
    shown, hidden, hidden_bytes = with_two_photos(pub)
    pub.snapshot.environments[0].photo_confirmed_on = ["2026-11-20", "2026-11-20"]
    site = tmp_path / "site"
    for number in (1, 2):
        package = write(tmp_path / "in", f"p{number}.kuhina", pub.export())
        code, _out, err = cli.catalogue("import", package, "--trust-new", "--accept-all")
        assert code == 0, err
        code, _out, err = cli.catalogue("publish", "--out", site)
        assert code == 0, err
        hidden_hash = hidden.rsplit("/", 1)[1].split(".")[0]
        found = traces(files_under(site), [hidden_hash.encode(), hidden_bytes])
        if number == 1:
            assert found  # published while confirmed
            pub.snapshot.environments[0].photo_confirmed_on = ["2026-11-20", None]
        else:
            assert found == []
    shown_name = shown.rsplit("/", 1)[1]
    assert (site / "kuvat" / shown_name).is_file()
