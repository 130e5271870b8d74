"""Killed exports and publishes leave whole outputs and nothing that outlives the next run.

* `org export` SIGKILLed at random moments, many times, each run to a new file: after each
  kill every `*.kuhina` in the output folder is a whole package the reader accepts, no two
  carry one sequence number (also across the whole loop), and the workspace records each
  with its number and SHA-256; after each completed export no temporary file is left.
* `catalogue publish` SIGKILLed at random moments, many times, from two catalogues in turn
  into one output path: after each kill the path holds one of the two whole sites, file for
  file; after each completed publish nothing of the program's own is left beside it.

The kills come from the fork worker of `test_catalogue_crash.py`; the kill moments are
random within the length of an unkilled run (for exports half of them in its last third,
where the file is written), and the checks are about what is on disk, never about how long
anything took. `tests/unit/test_export_kill_points.py` kills exports at chosen points.
"""

from __future__ import annotations

import hashlib
import io
import random
import signal
import time
from pathlib import Path

import pytest
from PIL import Image

from kuhina_desktop.domain import model
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
from kuhina_desktop.services.org_workspace import OrgWorkspace
from tests.catalogue_support.packages import publishers
from tests.e2e.test_catalogue_crash import ForkWorker
from tests.unit.hostile_packages import ref, snapshot

MARK_ENV = "KUHINA_TEST_MARK"  # in the environment of every process a test below starts

KILLS = 30


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with its SHA-256."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def kill_moment(rng: random.Random, full_run: float) -> float:
    """Anywhere in a run, or (every other time) in its last third, where the package is
    checked and written: a kill there is the one that could leave a signed file behind."""
    return (
        rng.uniform(0, full_run) if rng.random() < 0.5 else rng.uniform(full_run * 2 / 3, full_run)
    )


def noise_png(seed: int, side: int = 1200) -> bytes:
    """A PNG of noise (about 4 MB), so that writing the package takes a while."""
    pixels = random.Random(seed).randbytes(side * side * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, format="PNG", compress_level=0)
    return buffer.getvalue()


def big_workspace(folder: Path) -> OrgWorkspace:
    """A workspace whose package is about 12 MB: the write is a good part of an export."""
    photos = {ref(image, "png"): image for image in map(noise_png, range(3))}
    snap = snapshot()
    snap.environments[0].photos = list(photos)
    snap.environments[0].photo_descriptions = [model.Text(f"Kohinaa {n}") for n in range(3)]
    ws = OrgWorkspace.create(folder, snap.organisation.name.fi, organisation=snap.organisation)
    ws.load(snap, photos)
    return ws


@pytest.mark.slow
def test_killed_exports_leave_whole_packages_with_distinct_numbers(tmp_path: Path) -> None:
    workspace, out = tmp_path / "ws", tmp_path / "out"
    out.mkdir()
    worker = ForkWorker(tmp_path)
    seen: dict[int, str] = {}  # sequence -> SHA-256 of every package ever at an output path
    try:
        with big_workspace(workspace) as ws:
            public_key = ws.public_key_line()
        code, full_run = worker.run(
            "org", "export", "--workspace", workspace, "--out", out / "0.kuhina"
        )
        assert code == 0

        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        codes = []
        for attempt in range(1, KILLS + 1):
            target = out / f"{attempt}.kuhina"
            argv = ("org", "export", "--workspace", workspace, "--out", target)
            code, _seconds = worker.run(*argv, kill_after=kill_moment(rng, full_run))
            assert code in (0, -signal.SIGKILL), f"seed {seed}"
            codes.append(code)
            hidden = [p.name for p in out.iterdir() if p.name.startswith(".")]
            if code == 0:
                assert hidden == [], f"left after a completed export: {hidden} (seed {seed})"
            for path in out.glob("*.kuhina"):
                data = path.read_bytes()
                package = read_package(data, public_key=public_key)  # whole, or it raises
                digest = hashlib.sha256(data).hexdigest()
                assert seen.setdefault(package.sequence, digest) == digest, (
                    f"two packages with sequence {package.sequence} (seed {seed})"
                )
            with OrgWorkspace.open(workspace) as ws:
                recorded = {row.sequence: row.sha256 for row in ws.store.list_exports()}
            for sequence, digest in seen.items():
                assert recorded.get(sequence) == digest, f"{sequence} not recorded (seed {seed})"

        code, _seconds = worker.run(
            "org", "export", "--workspace", workspace, "--out", out / "last.kuhina"
        )
        assert code == 0
        assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    finally:
        worker.close()
    assert -signal.SIGKILL in codes, "no run was killed"


def catalogue_with(folder: Path, count: int, seed: int) -> Path:
    with CatalogueWorkspace.create(folder) as ws:
        for pub in publishers(count, opportunities=8, seed=seed):
            result = ws.import_package(pub.export(), trust_new=True, decisions="accept_all")
            assert result.done
    return folder


@pytest.mark.slow
def _workers_left(mark: str, wait: float = 10.0) -> list[str]:
    """Processes still running that a publish of this test spawned (their environment has
    the test's mark); they end once their publish is gone."""
    deadline = time.monotonic() + wait
    needle = f"{MARK_ENV}={mark}".encode()
    while True:
        left = []
        for environ in Path("/proc").glob("[0-9]*/environ"):
            try:
                if needle in environ.read_bytes().split(b"\0"):
                    left.append(environ.parent.name)
            except OSError:
                continue
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_publishes_leave_a_whole_site_at_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """Also with the opportunities' pages rendered by two processes (site_offers: forced
    whatever the size); no worker outlives a killed publish."""
    monkeypatch.setenv("KUHINA_PUBLISH_WORKERS", workers)
    monkeypatch.setenv(MARK_ENV, tmp_path.name)
    catalogues = [catalogue_with(tmp_path / "a", 2, 81), catalogue_with(tmp_path / "b", 3, 82)]
    site = tmp_path / "public" / "site"
    worker = ForkWorker(tmp_path)
    try:
        # The two whole sites, each as a publish writes it.
        sites, full_run = [], 0.0
        for index, catalogue in enumerate(catalogues):
            reference = tmp_path / f"reference-{index}"
            code, seconds = worker.run(
                "catalogue", "publish", "--workspace", catalogue, "--out", reference
            )
            assert code == 0
            sites.append(tree(reference))
            full_run = max(full_run, seconds)
        assert sites[0] != sites[1]
        code, _seconds = worker.run(
            "catalogue", "publish", "--workspace", catalogues[0], "--out", site
        )
        assert code == 0

        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        codes, states = [], []
        for attempt in range(KILLS):
            catalogue = catalogues[attempt % 2]
            argv = ("catalogue", "publish", "--workspace", catalogue, "--out", site)
            code, _seconds = worker.run(*argv, kill_after=rng.uniform(0, full_run))
            assert code in (0, -signal.SIGKILL), f"seed {seed}"
            codes.append(code)
            assert site.is_dir(), f"no site at its path (seed {seed})"
            state = tree(site)
            assert state in sites, f"the site at its path is not whole (seed {seed})"
            states.append(sites.index(state))
            if code == 0:
                assert state == sites[attempt % 2]
                assert sorted(p.name for p in site.parent.iterdir()) == ["site"], f"seed {seed}"
        code, _seconds = worker.run(
            "catalogue", "publish", "--workspace", catalogues[1], "--out", site
        )
        assert code == 0
        assert tree(site) == sites[1]
        assert sorted(p.name for p in site.parent.iterdir()) == ["site"]
    finally:
        worker.close()
    assert -signal.SIGKILL in codes, "no run was killed"
    assert not _workers_left(tmp_path.name), "a page-rendering process outlived its publish"
