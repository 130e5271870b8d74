"""Demo packages for the coordinator's window tests, made once per test session.

Three organisations of `kuhina demo` content, each with its first package; for the first
organisation also a second package in which one published opportunity has a new Finnish
title, so a review has a field change to reject. A tampered copy of a package has one byte
changed inside, as a package altered on the way would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kuhina_desktop.demo.content import generate_demo
from kuhina_desktop.domain.model import Opportunity
from kuhina_desktop.services.org_workspace import OrgWorkspace
from kuhina_desktop.services.package_export import export_package

ORGANISATIONS = 3
OPPORTUNITIES = 6
SEED = 7
NEW_TITLE = "Uusi otsikko: Työkokeilu kierrätyskeskuksessa"


@dataclass(frozen=True)
class DemoPackages:
    first: list[Path]  # sequence 1 of each organisation
    second: Path  # sequence 2 of the first organisation
    tampered: Path  # a broken copy of the second organisation's package
    changed: Opportunity  # the opportunity whose title the second package changes
    old_title: str


def published(ws: OrgWorkspace) -> list[Opportunity]:
    return [o for o in ws.snapshot().opportunities if o.status == "published"]


def make_demo_packages(folder: Path) -> DemoPackages:
    packages = folder / "packages"
    packages.mkdir(parents=True)
    first: list[Path] = []
    workspaces: list[Path] = []
    for number, demo in enumerate(generate_demo(ORGANISATIONS, OPPORTUNITIES, SEED)):
        org = demo.snapshot.organisation
        ws_folder = folder / f"org{number}"
        with OrgWorkspace.create(
            ws_folder, org.name.fi, org.business_id, None, organisation=org
        ) as ws:
            ws.load(demo.snapshot, demo.attachments)
            first.append(
                export_package(ws, packages / f"org{number}-1.kuhina", passphrase=None).path
            )
        workspaces.append(ws_folder)
    with OrgWorkspace.open(workspaces[0]) as ws:
        opp = published(ws)[0]
        old_title = opp.title.fi
        opp.title.fi = NEW_TITLE
        ws.save_opportunity(opp)
        second = export_package(ws, packages / "org0-2.kuhina", passphrase=None).path
    data = bytearray(first[1].read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0x01
    tampered = packages / "org1-tampered.kuhina"
    tampered.write_bytes(bytes(data))
    return DemoPackages(first, second, tampered, opp, old_title)
