"""The members' CRC-32 is ISA-L's (`packages.zip_checks`): the same function as zlib's,
over bytes and over views into the archive, so a package's verdict does not depend on it."""

from __future__ import annotations

import zlib

from hypothesis import given
from hypothesis import strategies as st
from isal import isal_zlib


@given(st.binary(max_size=70_000), st.integers(0, 100), st.integers(0, 100))
def test_isal_crc32_is_zlib_crc32(content: bytes, start: int, cut: int) -> None:
    assert isal_zlib.crc32(content) == zlib.crc32(content)
    view = memoryview(content)[start : max(start, len(content) - cut)]
    assert isal_zlib.crc32(view) == zlib.crc32(view)


def test_isal_crc32_over_a_large_member() -> None:
    content = bytes(range(256)) * 40_000 + b"end"  # 10 MB, past any short-input path
    assert isal_zlib.crc32(content) == zlib.crc32(content)
    assert isal_zlib.crc32(memoryview(content)[3:]) == zlib.crc32(content[3:])
