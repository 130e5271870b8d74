"""What the reader says about where and how big: a package file that is not a regular
file, the real size of a file too large, NaN at its line and column, and `created_at`
bounded by the reader's clock."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kuhina_desktop.packages import limits
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.json_guard import parse_member
from kuhina_desktop.packages.reader import read_package, read_package_file
from kuhina_desktop.services.data_file import load_data_file
from tests.unit import hostile_packages


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (POSIX)")
def test_dev_zero_is_not_a_package_file() -> None:
    with pytest.raises(PackageError) as refused:
        read_package_file(Path("/dev/zero"))
    assert (refused.value.code, refused.value.params) == (
        "package_file_not_regular",
        {"path": "/dev/zero"},
    )


def test_a_folder_is_not_a_package_file(tmp_path: Path) -> None:
    with pytest.raises(PackageError) as refused:
        read_package_file(tmp_path)
    assert refused.value.code in ("package_file_not_regular", "package_file_unreadable")
    if os.name == "posix":
        assert refused.value.code == "package_file_not_regular"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "x.kuhina"
    os.mkfifo(pipe)
    with pytest.raises(PackageError) as refused:
        read_package_file(pipe)
    assert refused.value.code == "package_file_not_regular"


def test_a_file_too_large_is_refused_with_its_real_size(tmp_path: Path) -> None:
    path = tmp_path / "big.kuhina"
    size = limits.MAX_ARCHIVE_BYTES + 12345
    with open(path, "wb") as handle:
        handle.truncate(size)  # sparse: no 50 MB written
    with pytest.raises(PackageError) as refused:
        read_package_file(path)
    assert (refused.value.code, refused.value.params) == (
        "archive_too_large",
        {"size": size, "max": limits.MAX_ARCHIVE_BYTES},
    )


def test_a_good_file_reads_whole(tmp_path: Path) -> None:
    path = tmp_path / "good.kuhina"
    path.write_bytes(hostile_packages.valid_package())
    assert read_package_file(path) == hostile_packages.valid_package()
    with pytest.raises(PackageError) as refused:
        read_package_file(tmp_path / "missing.kuhina")
    assert refused.value.code == "package_file_unreadable"


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        (b'{"sequence": NaN}', 1, 14),
        (b'{\n  "a": "NaN and Infinity in a string",\n  "b": [1, -Infinity]\n}', 3, 12),
        (b'{"a": "\\" NaN", "b":\n\n      Infinity}', 3, 7),
        (b"[1,\n" + b"9" * 5000 + b"]", 2, 1),
    ],
)
def test_not_json_is_reported_where_it_is(text: bytes, line: int, column: int) -> None:
    with pytest.raises(PackageError) as refused:
        parse_member("manifest.json", text)
    assert refused.value.code == "member_json_invalid"
    assert refused.value.params == {"name": "manifest.json", "line": line, "column": column}


def _created(created_at: str) -> bytes:
    return hostile_packages._changed(lambda p: p.manifest.update(created_at=created_at))


def test_created_at_may_be_a_day_ahead_of_the_clock_but_no_more() -> None:
    now = datetime(2026, 11, 20, 10, 0, 0, tzinfo=UTC)
    assert read_package(_created("2026-11-21T10:00:00Z"), now=now).sequence == 7
    assert read_package(_created("2026-11-21T10:00:00+00:00"), now=now).sequence == 7
    assert read_package(_created("2020-01-01T00:00:00Z"), now=now).sequence == 7
    with pytest.raises(PackageError) as refused:
        read_package(_created("2026-11-21T10:00:01Z"), now=now)
    assert (refused.value.code, refused.value.params) == (
        "manifest_created_at_future",
        {"value": "2026-11-21T10:00:01Z", "latest": "2026-11-21T10:00:00Z"},
    )


def test_trailing_data_is_reported_with_its_size_and_offset() -> None:
    valid = hostile_packages.valid_package()
    with pytest.raises(PackageError) as refused:
        read_package(valid + b"x" * 17)
    assert (refused.value.code, refused.value.params) == (
        "archive_trailing_data",
        {"size": 17, "offset": len(valid)},
    )


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        (b'{\n  "a": "NaN",\n  "b": NaN\n}', "json_constant_invalid",
         {"value": "NaN", "line": 3, "column": 8}),
        (b'{"a": [1,\n\n -Infinity]}', "json_constant_invalid",
         {"value": "-Infinity", "line": 3, "column": 2}),
        (b'{"a":\n ' + b"1" * 5000 + b"}", "json_invalid",
         {"line": 2, "column": 2, "detail": "number too long"}),
    ],
)  # fmt: skip
def test_a_data_file_says_where_its_json_goes_wrong(
    tmp_path: Path, text: bytes, code: str, params: dict[str, object]
) -> None:
    path = tmp_path / "data.json"
    path.write_bytes(text)
    snapshot, problems = load_data_file(path)
    assert snapshot is None
    assert [(p.code, p.params) for p in problems] == [(code, params)]


def test_sums_malformed_names_the_line_of_a_byte_that_is_not_ascii() -> None:
    from kuhina_desktop.packages.reader import parse_sums

    with pytest.raises(PackageError) as refused:
        parse_sums(("a" * 64 + "  data.json\n" + "b" * 64 + "  dätä.json\n").encode())
    assert refused.value.params == {"line": 2}


@pytest.mark.parametrize(
    ("text", "code", "field"),
    [
        ('{"a": "raw \u202e"}', "member_text_direction_control", "a"),
        ('{"a": ["x", "raw C1 \u009b"]}', "member_text_control_character", "a[1]"),
        ('{"a": {"b": "\U0010ffff"}}', "member_text_control_character", "a.b"),
        ('{"a\\nb": 1}', "member_text_line_break", '["a\\x0ab"] (key)'),
        ('{"k\u2028": 1}', "member_text_line_break", '["k\\u2028"] (key)'),
        ('{"a": "bell \\u0007"}', "member_text_control_character", "a"),
        ('{"a": "backspace \\b"}', "member_text_control_character", "a"),
        ('{"a": "form feed \\f"}', "member_text_control_character", "a"),
    ],
)
def test_text_as_it_stands_or_escaped_is_refused(text: str, code: str, field: str) -> None:
    """Raw characters (as the writer writes non-ASCII text) and escapes both reach the
    text rules: the quick look at the JSON text lets nothing through."""
    with pytest.raises(PackageError) as refused:
        parse_member("data.json", text.encode("utf-8"))
    assert (refused.value.code, refused.value.params["field"]) == (code, field)


@pytest.mark.parametrize(
    "text",
    ['{"a": "rivi\\nrivi\\ttab", "b": "\u2028 \u200f 👩\u200d👧"}', '{"C:\\\\bin": "\\\\f"}'],
)
def test_text_the_rules_take_passes(text: str) -> None:
    assert parse_member("data.json", text.encode("utf-8"))
