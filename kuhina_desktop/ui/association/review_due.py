"""When an opportunity is due for review: the rule lives in `domain.checked`."""

from __future__ import annotations

from kuhina_desktop.domain.checked import REVIEW_INTERVAL, last_checked, review_due

__all__ = ["REVIEW_INTERVAL", "last_checked", "review_due"]
