"""Widgets, table models, background work and dialogs both windows use."""
