"""Web servers on 127.0.0.1 for the web catalogue's browser tests: the published site on one
port, a municipality's page that embeds it on another, a stranger's page on a third (each
port is its own origin)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` over http; yields its address (`http://127.0.0.1:PORT/`)."""
    handler = partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


HOST_PAGE = """<!DOCTYPE html>
<html lang="fi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kunnan sivu</title>
<style>body {{ margin: 0; font-family: sans-serif; }}
.top {{ padding: 1rem; background: #dde; }}</style>
</head>
<body>
<div class="top"><p>Kunnan verkkosivu: työllisyyspalvelut</p></div>
<main>
<h1>Järjestöjen mahdollisuudet</h1>
{embed}
<p id="after">Sivun loppu.</p>
<ol id="log"></ol>
</main>
<script src="log.js"></script>
{extra}
</body>
</html>
"""

# The host page writes down every message it is sent, after embed.js had its turn: a test
# waits for the entry to know a message was handled.
LOG_SCRIPT = """window.addEventListener("message", function (event) {
  var entry = document.createElement("li");
  entry.textContent = event.origin + " " + JSON.stringify(event.data);
  document.getElementById("log").appendChild(entry);
});
"""

STRANGER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Stranger</title></head>
<body><p>A page of another origin.</p></body></html>
"""


def write_host(folder: Path, embed: str, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "log.js").write_text(LOG_SCRIPT, encoding="utf-8")
    page = folder / "index.html"
    page.write_text(HOST_PAGE.format(embed=embed, extra=extra), encoding="utf-8")
    return page


def write_stranger(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(STRANGER_PAGE, encoding="utf-8")
