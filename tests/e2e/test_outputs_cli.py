"""The three outputs from the command line, on `kuhina demo` packages imported into a
catalogue: a hidden record and unpublished opportunities appear in none of them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kuhina_desktop.cli import main
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace


def kuhina(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--language", "en", *[str(a) for a in args]])
    return code, capsys.readouterr().err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    assert (
        main(
            [
                "demo",
                "--out",
                str(out),
                "--organisations",
                "3",
                "--opportunities",
                "12",
                "--seed",
                "11",
            ]
        )
        == 0
    )
    return out


def test_outputs_leave_out_hidden_and_unpublished_records(
    tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = tmp_path / "cat"
    assert kuhina(capsys, "catalogue", "init", "--workspace", cat)[0] == 0
    packages = sorted((demo / "packages").glob("*.kuhina"))
    code, err = kuhina(
        capsys, "catalogue", "import", "--workspace", cat, "--trust-new", "--accept-all", *packages
    )
    assert code == 0, err

    with CatalogueWorkspace.open(cat) as ws:
        view = ws.published()
    shown = [opp for _org, opp in view.opportunities()]
    assert shown and all(opp.status == "published" for opp in shown)
    victim = shown[0]
    code, err = kuhina(
        capsys,
        "catalogue",
        "hide",
        "--workspace",
        cat,
        "--record",
        victim.id,
        "--reason",
        "Tarkistetaan sisältö",
    )
    assert code == 0, err

    # Everything the packages hold, published or not, to tell what must stay out.
    with CatalogueWorkspace.open(cat) as ws:
        visible_ids = {opp.id for _org, opp in ws.published().opportunities()}
    assert victim.id not in visible_ids

    code, err = kuhina(
        capsys, "catalogue", "opendata", "--workspace", cat, "--out", tmp_path / "open"
    )
    assert code == 0, err
    code, err = kuhina(
        capsys, "catalogue", "publish", "--workspace", cat, "--out", tmp_path / "site"
    )
    assert code == 0, err
    assert (tmp_path / "site" / "index.html").is_file()
    code, err = kuhina(
        capsys, "catalogue", "excel", "--workspace", cat, "--out", tmp_path / "excel"
    )
    assert code == 0, err

    catalogue_json = json.loads((tmp_path / "open" / "kuhina-catalogue.json").read_text())
    exported_ids = {
        opp["id"] for org in catalogue_json["organisations"] for opp in org["opportunities"]
    }
    assert exported_ids == visible_ids

    site_text = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in (tmp_path / "site").rglob("*")
        if p.suffix in {".html", ".js"}
    )
    assert victim.id not in site_text
    assert victim.title.fi not in site_text or any(
        o.title.fi == victim.title.fi for o in shown if o.id in visible_ids
    )
    for opp in shown[1:]:
        assert opp.id in site_text

    for workbook in (tmp_path / "excel").glob("*.xlsx"):
        with zipfile.ZipFile(workbook) as zf:
            xml = "".join(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".xml"))
        assert victim.title.fi not in xml or any(
            o.title.fi == victim.title.fi for o in shown if o.id in visible_ids
        )

    hsds_services = json.loads((tmp_path / "open" / "hsds" / "services.json").read_text())
    assert victim.id not in {s["id"] for s in hsds_services}


def test_outputs_refuse_a_missing_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("excel", "opendata", "publish"):
        code, err = kuhina(
            capsys,
            "catalogue",
            command,
            "--workspace",
            tmp_path / "none",
            "--out",
            tmp_path / "out",
        )
        assert code == 1
        assert "no workspace" in err
        assert not (tmp_path / "out").exists()


def test_publish_refuses_a_folder_holding_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = tmp_path / "cat"
    assert kuhina(capsys, "catalogue", "init", "--workspace", cat)[0] == 0
    target = tmp_path / "documents"
    target.mkdir()
    (target / "thesis.docx").write_bytes(b"important")
    code, err = kuhina(capsys, "catalogue", "publish", "--workspace", cat, "--out", target)
    assert code == 1
    assert "holds other files" in err
    assert sorted(p.name for p in target.iterdir()) == ["thesis.docx"]


def test_publish_with_a_base_address(
    tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = tmp_path / "cat"
    assert kuhina(capsys, "catalogue", "init", "--workspace", cat)[0] == 0
    packages = sorted((demo / "packages").glob("*.kuhina"))
    code, err = kuhina(
        capsys, "catalogue", "import", "--workspace", cat, "--trust-new", "--accept-all", *packages
    )
    assert code == 0, err
    site = tmp_path / "site"
    for bad in ("www.example.fi", "javascript:alert(1)", "https://example.fi/#x"):
        code, err = kuhina(
            capsys, "catalogue", "publish", "--workspace", cat, "--out", site, "--base-url", bad
        )
        assert code == 1 and "is not valid" in err and "https://" in err, err
        assert not site.exists()
    code, err = kuhina(
        capsys, "catalogue", "publish", "--workspace", cat, "--out", site,
        "--base-url", "https://kuhina.example.fi/luettelo", "--feedback-email", "a11y@example.fi",
    )  # fmt: skip
    assert code == 0, err
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://kuhina.example.fi/luettelo/index.html</loc>" in sitemap
    assert (site / "robots.txt").is_file()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://kuhina.example.fi/luettelo/index.html">' in index
    assert "a11y@example.fi" in (site / "en" / "saavutettavuusseloste.html").read_text("utf-8")
    # Without the option, the workspace's saved setting (none here): the site as before.
    code, err = kuhina(capsys, "catalogue", "publish", "--workspace", cat, "--out", site)
    assert code == 0, err
    assert not (site / "sitemap.xml").exists()
    assert "canonical" not in (site / "index.html").read_text(encoding="utf-8")


def test_status_notes_offers_without_how_to_apply(
    tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kuhina_desktop.services.outputs import web_flags

    cat = tmp_path / "cat"
    assert kuhina(capsys, "catalogue", "init", "--workspace", cat)[0] == 0
    packages = sorted((demo / "packages").glob("*.kuhina"))
    code, err = kuhina(
        capsys, "catalogue", "import", "--workspace", cat, "--trust-new", "--accept-all", *packages
    )
    assert code == 0, err
    with CatalogueWorkspace.open(cat) as ws:
        flagged = web_flags(ws)
        names = {s.organisation_id: s.name for s in ws.status()}
    assert flagged, "the demo should have a published offer without how-to-apply text"
    capsys.readouterr()
    assert main(["--language", "en", "catalogue", "status", "--workspace", str(cat)]) == 0
    lines = capsys.readouterr().out.splitlines()
    for org_id, name in names.items():
        count = sum(1 for f in flagged if f.organisation_id == org_id)
        line = next(line for line in lines if line.startswith(name))
        assert (f"{count} published without how to apply" in line) == bool(count), line
