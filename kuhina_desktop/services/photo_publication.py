"""Photos that will not be published: those of a coaching environment whose permission to
publish is not confirmed (`Environment.photo_confirmed_on`, package format 3).

Such a photo is still sent to the coordinator, but no output of the catalogue shows it. Every
photo stored before the confirmation existed starts unconfirmed, so after an upgrade photos
would silently vanish from the web catalogue; the checklist lists each environment that has
such photos (`unpublished_photos`), so the volunteer can tick them. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from kuhina_desktop.domain.model import Environment, Snapshot


@dataclass(frozen=True)
class UnpublishedPhotos:
    """The photos of one environment that will not be published (positions in `photos`)."""

    environment: Environment
    positions: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.positions)

    @property
    def field(self) -> str:
        """The path of the first one's confirmation, where the window takes the volunteer."""
        return f"photo_confirmed_on[{self.positions[0]}]"


def unpublished_photos(snapshot: Snapshot) -> tuple[UnpublishedPhotos, ...]:
    """Each coaching environment with a photo not confirmed for publication, in the order of
    the snapshot; environments whose photos are all confirmed (or that have none) are left
    out."""
    found = []
    for env in snapshot.environments:
        positions = env.unconfirmed_photos()
        if positions:
            found.append(UnpublishedPhotos(env, tuple(positions)))
    return tuple(found)
