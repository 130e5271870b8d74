"""Benchmark of the static web catalogue (issue 5): publish time, and in Chromium the time
until the first results show and the time per filter keystroke.

    .venv/bin/python tests/bench/bench_site.py [--sizes 10000 300000] [--browser-size 10000]

Each size runs in its own child process (so one run's memory does not colour another's):
a catalogue of that many published opportunities is built from demo content (not timed),
then `publish_site` writes it into a temporary folder in one process (KUHINA_PUBLISH_WORKERS=1,
the floor) and again with every core (the process pool of site_offers), each timed end to
end (wall clock, and CPU seconds of the publishing process; other work on the machine
skews wall-clock time), and the sizes of
the front page, a municipality's page and the data files are reported. At the browser
size, the largest municipality's page is opened from file:// in Debian's Chromium:
- first results: first contentful paint (the page holds the list's first entries), beside
  the floor of the same page without its entries and scripts (in turns, RUNS runs each;
  goal: within 1.1× the floor), the
  moment catalogue.js has set up the filters (`performance.mark("kuhina-ready")`) and the
  moment it has read the municipality's whole data set (`kuhina-loaded`);
- per keystroke, once the data is read: a word typed into the search box and then erased
  one character at a time, each time from the input event to the list updated and laid
  out, and to the next frame.
The goal is under 100 ms per keystroke at the regional scale (10,000 opportunities).
Prints one JSON line per size and a last line with all of them. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kuhina_desktop.catalogue.published import PublishedCatalogue  # noqa: E402
from kuhina_desktop.exports.site import publish_site  # noqa: E402
from kuhina_desktop.exports.site_offers import WORKERS_ENV  # noqa: E402

PER_ORGANISATION = 30
TODAY = date(2026, 11, 28)
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WORD = "kierratys"
RUNS = 9  # page loads of the page and of its floor, in turns; the medians are reported
PAINT_GOAL = 1.1  # first paint within 1.1x the page without entries and scripts (issue 19)

KEYSTROKES_JS = """async (word) => {
  const input = document.getElementById('f-search');
  const list = document.getElementById('results');
  const update = [], frame = [];
  const typed = [...word].map((_, n) => word.slice(0, n + 1));
  const erased = typed.slice(0, -1).reverse().concat(['']);
  for (const value of typed.concat(erased)) {
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    void list.offsetHeight;
    update.push(performance.now() - start);
    await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
    frame.push(performance.now() - start);
  }
  return {update, frame};
}"""


def build_catalogue(opportunities: int) -> PublishedCatalogue:
    """`opportunities` published opportunities from demo content, with the demo's photos."""
    from kuhina_desktop.demo.content import generate_demo
    from tests.unit.published_fixtures import published_from_snapshots

    organisations, rest = divmod(opportunities, PER_ORGANISATION)
    demo = generate_demo(organisations, PER_ORGANISATION, seed=7)
    if rest:
        demo += generate_demo(1, rest, seed=8)
    snapshots, attachments = [], {}
    for item in demo:
        published = [replace(o, status="published") for o in item.snapshot.opportunities]
        snapshots.append(replace(item.snapshot, opportunities=published))
        attachments.update(item.attachments)
    del demo
    return published_from_snapshots(snapshots, attachments)


def folder_size(folder: Path) -> tuple[int, int]:
    files = total = 0
    for path in folder.rglob("*"):
        if path.is_file():
            files += 1
            total += path.stat().st_size
    return files, total


def data_head(site: Path, name: str) -> dict[str, Any]:
    text = (site / "data" / "fi" / f"{name}.js").read_text(encoding="utf-8")
    head: dict[str, Any] = json.loads(text.split(" = ", 1)[1].rstrip().rstrip(";"))
    return head


def largest_municipality(site: Path) -> tuple[str, int]:
    """The municipality with the most opportunities, and how many it has."""
    counts = {
        path.stem.removeprefix("kunta-"): data_head(site, path.stem)["count"]
        for path in (site / "data" / "fi").glob("kunta-[0-9][0-9][0-9].js")
    }
    code = max(counts, key=lambda c: (counts[c], c))
    return code, counts[code]


def floor_page(site: Path, code: str) -> Path:
    """The municipality's page without its entries and scripts: the same frame, header,
    headings and footer, so its first paint is the least that page could cost."""
    html = (site / "kunta" / f"{code}.html").read_text(encoding="utf-8")
    html = re.sub(r"<script [^>]*></script>\n", "", html)
    html = re.sub(r'(<ul id="results"[^>]*>).*?(</ul>)', r"\1\2", html, flags=re.S)
    floor = site / "kunta" / f"{code}-floor.html"
    floor.write_text(html, encoding="utf-8")
    return floor


def first_paint(page: Any) -> float:
    """The page's first contentful paint, waited for from here (the pages' CSP refuses
    Playwright's wait_for_function)."""
    for _ in range(200):
        paint: float = page.evaluate(
            "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0"
        )
        if paint:
            return paint
        page.wait_for_timeout(25)
    raise RuntimeError("no first contentful paint")


def measure_browser(site: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    code, count = largest_municipality(site)
    url = (site / "kunta" / f"{code}.html").as_uri()
    floor_url = floor_page(site, code).as_uri()
    runs: list[dict[str, Any]] = []
    floors: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(RUNS):  # the page and its floor in turns, so both see the same load
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(floor_url)
            page.wait_for_load_state("load")
            floors.append(first_paint(page))
            page.close()
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(url)
            page.wait_for_selector("body[data-loaded=true]", timeout=120_000)
            first_paint(page)
            timing = page.evaluate(
                """() => ({
                  paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
                  ready: performance.getEntriesByName('kuhina-ready')[0].startTime,
                  loaded: performance.getEntriesByName('kuhina-loaded')[0].startTime,
                  entries: document.querySelectorAll('#results > li').length})"""
            )
            timing.update(page.evaluate(KEYSTROKES_JS, WORD))
            runs.append(timing)
            page.close()
        browser.close()
    update = [ms for run in runs for ms in run["update"]]
    frame = [ms for run in runs for ms in run["frame"]]
    return {
        "page": f"kunta/{code}.html",
        "opportunities_on_page": count,
        "entries_in_page": runs[0]["entries"],
        "page_kb": round((site / "kunta" / f"{code}.html").stat().st_size / 1e3, 1),
        "first_paint_ms": round(statistics.median(r["paint"] for r in runs), 1),
        "floor_first_paint_ms": round(statistics.median(floors), 1),
        "script_ready_ms": round(statistics.median(r["ready"] for r in runs), 1),
        "data_loaded_ms": round(statistics.median(r["loaded"] for r in runs), 1),
        "keystroke_update_ms_median": round(statistics.median(update), 1),
        "keystroke_update_ms_max": round(max(update), 1),
        "keystroke_to_frame_ms_median": round(statistics.median(frame), 1),
        "keystroke_to_frame_ms_max": round(max(frame), 1),
        "keystrokes": len(update),
    }


def child(size: int, browser_size: int) -> None:
    started = time.perf_counter()
    catalogue = build_catalogue(size)
    built = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="kuhina-bench-site-") as temp:
        out = Path(temp) / "site"
        # Today's publish in one process (the floor), then with every core (site_offers).
        os.environ[WORKERS_ENV] = "1"
        started = time.perf_counter()
        publish_site(catalogue, out, today=TODAY)
        serial = time.perf_counter() - started
        shutil.rmtree(out)
        os.environ.pop(WORKERS_ENV)
        started, cpu = time.perf_counter(), time.process_time()
        publish_site(catalogue, out, today=TODAY)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        files, size_bytes = folder_size(out)
        result: dict[str, Any] = {
            "opportunities": size,
            "organisations": len(catalogue.organisations),
            "catalogue_build_seconds": round(built, 1),
            "publish_seconds": round(seconds, 1),
            "publish_one_process_seconds": round(serial, 1),
            "cores": os.cpu_count(),
            "publish_cpu_seconds": round(cpu, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3),
            "files": files,
            "megabytes": round(size_bytes / 1e6),
            "index_html_kb": round((out / "index.html").stat().st_size / 1e3, 1),
            "data_fi_mb": round(folder_size(out / "data" / "fi")[1] / 1e6, 1),
            "largest_data_file_kb": round(
                max(p.stat().st_size for p in (out / "data" / "fi").iterdir()) / 1e3, 1
            ),
        }
        if size == browser_size and Path(CHROMIUM).exists():
            result["browser"] = measure_browser(out)
        shutil.rmtree(out, ignore_errors=True)
    print(json.dumps(result), flush=True)


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 300_000])
    parser.add_argument("--browser-size", type=int, default=10_000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.browser_size)
        return []
    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--child", str(size)]
        command += ["--browser-size", str(args.browser_size)]
        done = subprocess.run(
            command, check=True, capture_output=True, text=True, env={**os.environ}
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(json.dumps(result), flush=True)
        results.append(result)
    print(
        json.dumps({"bench": "site", "results": results, "rows": table_rows(results)}), flush=True
    )
    return results


def table_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures for docs/performance.md (make bench)."""
    rows: list[dict[str, Any]] = []
    for r in results:
        size = f"{r['opportunities']:,}"
        ratio = round(r["publish_seconds"] / r["publish_one_process_seconds"], 2)
        national = r["opportunities"] >= 300_000
        rows.append(
            {
                "figure": f"publish, {size} opportunities, {r['cores']} cores",
                "value": r["publish_seconds"],
                "unit": "s",
                "floor": "the same publish in one process",
                "floor_value": r["publish_one_process_seconds"],
                "ratio": ratio,
                "goal": "≤ 0.5× the floor" if national else None,
                "met": ratio <= 0.5 if national else None,
            }
        )
        rows.append(
            {
                "figure": f"index.html (the front page), {size} opportunities",
                "value": r["index_html_kb"],
                "unit": "kB",
                "goal": None,
                "met": None,
            }
        )
        browser = r.get("browser")
        if browser:
            where = (
                f"{browser['page']} ({browser['opportunities_on_page']} in the list, "
                f"{browser['entries_in_page']} in the page)"
            )
            paint_ratio = browser["first_paint_ms"] / browser["floor_first_paint_ms"]
            # The page holds the list's first entries, so they show at the first paint; the
            # filters work at once on what is loaded, and on everything once it is read.
            rows.append(
                {
                    "figure": f"first results shown (first paint), {where}",
                    "value": browser["first_paint_ms"],
                    "unit": "ms",
                    "floor": "the same page without its entries and scripts",
                    "floor_value": browser["floor_first_paint_ms"],
                    "ratio": round(paint_ratio, 2),
                    "goal": f"≤ {PAINT_GOAL}× the floor",
                    "met": paint_ratio <= PAINT_GOAL,
                }
            )
            rows.append(
                {
                    "figure": f"filters ready (the script has read all the data), {where}",
                    "value": browser["data_loaded_ms"],
                    "unit": "ms",
                    "goal": None,
                    "met": None,
                }
            )
            rows.append(
                {
                    "figure": f"per filter keystroke to frame (max), {where}",
                    "value": browser["keystroke_to_frame_ms_max"],
                    "unit": "ms",
                    "goal": "< 100 ms",
                    "met": browser["keystroke_to_frame_ms_max"] < 100,
                }
            )
    return rows


if __name__ == "__main__":
    main()
