"""The receipt round trip driven through the command line, shared by the e2e and GUI tests.

An association (a `kuhina demo` workspace) sends two packages; the coordinator imports
them, rejects one change of the second with a reason, hides one offer and writes a
receipt. `ReceiptFlow` keeps every path and id the tests look at.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from kuhina_desktop.cli import main
from kuhina_desktop.domain.model import Text
from kuhina_desktop.services.org_workspace import OrgWorkspace

REJECT_REASON = "Otsikko ei kerro, mitä tehtävässä tehdään."
HIDE_REASON = "Tarjous on päättynyt, kertoi kunta."
NEW_TITLE = "Kaikenlaista kivaa puuhaa"


def run(*args: str | Path) -> int:
    try:
        return main(["--language", "en", *[str(a) for a in args]])
    except SystemExit as exit_:
        return int(exit_.code or 0)


@dataclass
class ReceiptFlow:
    root: Path
    org_folder: Path
    catalogue: Path
    organisation_id: str
    rejected_id: str  # the opportunity whose new title was rejected
    hidden_id: str  # the opportunity the coordinator hid
    packages: list[Path]
    receipt: Path

    @classmethod
    def build(
        cls, root: Path, *, note: str | None = "Kiitos! Tarkistakaa vanhat tarjoukset."
    ) -> ReceiptFlow:
        demo = root / "demo"
        assert run("demo", "--out", demo, "--organisations", "1", "--opportunities", "4",
                   "--seed", "13") == 0  # fmt: skip
        [org_folder] = [p for p in demo.iterdir() if p.is_dir() and p.name != "packages"]
        [first] = sorted((demo / "packages").glob("*.kuhina"))
        with OrgWorkspace.open(org_folder) as ws:
            organisation_id = ws.organisation.id
            published = [o for o in ws.snapshot().opportunities if o.status == "published"]
            changed, hidden = published[0], published[1]
            ws.save_opportunity(dataclasses.replace(changed, title=Text(fi=NEW_TITLE)))
        second = root / "second.kuhina"
        assert run("org", "export", "--workspace", org_folder, "--out", second) == 0
        catalogue = root / "catalogue"
        assert run("catalogue", "init", "--workspace", catalogue) == 0
        assert run("catalogue", "import", "--workspace", catalogue, first, "--trust-new",
                   "--accept-all") == 0  # fmt: skip
        review_path = root / "review.json"
        assert run("catalogue", "import", "--workspace", catalogue, second,
                   "--review-out", review_path) == 0  # fmt: skip
        review = json.loads(review_path.read_text(encoding="utf-8"))
        for change in review["packages"][0]["changes"]:
            change["decision"] = "accept"
            if change["record_id"] == changed.id and change.get("field") == "title.fi":
                change["decision"], change["reason"] = "reject", REJECT_REASON
        review_path.write_text(json.dumps(review), encoding="utf-8")
        assert run("catalogue", "import", "--workspace", catalogue, second,
                   "--review-file", review_path) == 0  # fmt: skip
        assert run("catalogue", "hide", "--workspace", catalogue, "--record", hidden.id,
                   "--reason", HIDE_REASON) == 0  # fmt: skip
        receipt = root / "vastaus.kuhina-receipt"
        site = "https://tyo.example.fi/"
        args = ["catalogue", "receipt", "--workspace", catalogue, "--organisation",
                organisation_id, "--out", receipt, "--site-url", site]  # fmt: skip
        if note:
            args += ["--note", note]
        assert run(*args) == 0
        return cls(root, org_folder, catalogue, organisation_id, changed.id, hidden.id,
                   [first, second], receipt)  # fmt: skip
