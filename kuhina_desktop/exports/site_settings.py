"""What the coordinator sets for the published web catalogue (docs/web-catalogue.md):

- `base_url`: the address the site is published at (`https://www.example.fi/kuhina/`). With
  it, every page gets its canonical address and Open Graph tags, the site gets `sitemap.xml`
  and `robots.txt`, and the embed help shows the real address. Without it the site is as
  before: every link relative, no sitemap.
- `feedback_email`: where the accessibility statement sends feedback.
- `controller_name`, `controller_email`: who is responsible for the catalogue's personal data
  and how to reach them, named in the privacy notice (`tietosuojaseloste.html`). Without them
  the notice says the controller has not been set, and publishing warns.

`checked_settings` refuses anything else with a translated message and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from kuhina_desktop.errors import KnownError
from kuhina_desktop.exports.site_data import mailto_href

_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?")
_PATH = re.compile(r"[A-Za-z0-9._~/%!$'()*+,;=:@-]*")


@dataclass(frozen=True)
class SiteSettings:
    base_url: str | None = None  # always ends with "/"
    feedback_email: str | None = None
    controller_name: str | None = None
    controller_email: str | None = None
    # How long an organisation's records are kept (the privacy notice says it): the
    # catalogue's retention setting, filled in by services.outputs, never saved here.
    retention_months: int = 24


def checked_base_url(value: str | None) -> str | None:
    """An absolute http(s) address without query or fragment, ending with "/"; None if empty."""
    text = (value or "").strip()
    if not text:
        return None
    parts = urlsplit(text)
    plain = (
        parts.scheme.lower() in ("http", "https")
        and _HOST.fullmatch(parts.netloc or "") is not None
        and _PATH.fullmatch(parts.path) is not None
        and not parts.query
        and not parts.fragment
        and "#" not in text
        and "?" not in text
    )
    if not plain or len(text) > 500:
        raise KnownError("site_base_url_invalid", value=text[:200])
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"


def checked_feedback_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if mailto_href(text) is None or len(text) > 254:
        raise KnownError("site_feedback_email_invalid", value=text[:200])
    return text


def checked_controller_name(value: str | None) -> str | None:
    """One line of plain text, at most 200 characters; None if empty."""
    text = " ".join((value or "").split())
    if not text:
        return None
    if len(text) > 200 or any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise KnownError("site_controller_name_invalid", value=text[:200])
    return text


def checked_controller_email(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if mailto_href(text) is None or len(text) > 254:
        raise KnownError("site_controller_email_invalid", value=text[:200])
    return text


def checked_settings(
    base_url: str | None,
    feedback_email: str | None,
    controller_name: str | None = None,
    controller_email: str | None = None,
) -> SiteSettings:
    return SiteSettings(
        checked_base_url(base_url),
        checked_feedback_email(feedback_email),
        checked_controller_name(controller_name),
        checked_controller_email(controller_email),
    )
