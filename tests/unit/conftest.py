"""Fixtures of this folder's tests."""

from tests.catalogue_support.postgres import database_url, postgres_server  # noqa: F401
