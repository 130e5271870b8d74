"""Showing untrusted text where Qt would guess rich text (tool tips, item data).

Qt renders a tool tip as HTML when it "looks like" HTML, so a package's title such as
`<img src=...>` would load a local file. Escaping inside an explicit rich-text wrapper
shows the text exactly as written.
"""

from __future__ import annotations

import html


def tooltip(text: str) -> str:
    """A tool tip showing `text` literally, line breaks kept."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
