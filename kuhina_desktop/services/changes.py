"""What an operation changed, so a window refreshes only that (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """Record ids added, changed and removed, and the lists that need a refresh."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    lists: set[str] = field(default_factory=set)

    def merge(self, other: Changes) -> Changes:
        self.added += other.added
        self.changed += other.changed
        self.removed += other.removed
        self.lists |= other.lists
        return self

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)
