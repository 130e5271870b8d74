"""The text rules (`domain.text_rules`) and every input path that reads text from a file:
a data file (`org load`), a package (verify and import), a review file.

Each path refuses exactly the texts the rules refuse, with the rule's code, the field and
the character, and takes every other text to its next check. Generated texts mix lone
surrogates, controls, direction controls, combining marks, emoji and very long strings.
"""

from __future__ import annotations

import dataclasses
import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from kuhina_desktop import messages
from kuhina_desktop.catalogue.review import ReviewError, parse_review_file
from kuhina_desktop.domain import checks, model, text_rules
from kuhina_desktop.domain.serialize import snapshot_to_json
from kuhina_desktop.domain.text_rules import (
    TextRefused,
    check_json_text,
    check_text,
    json_text_fault,
    text_fault,
)
from kuhina_desktop.packages.errors import PackageError
from kuhina_desktop.packages.reader import read_package
from kuhina_desktop.resources import resource_path
from kuhina_desktop.services.data_file import load_data_file
from tests.unit import hostile_packages
from tests.unit.text_samples import TEXT_SETTINGS, texts

# -- the rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "char", "position"),
    [
        ("Yhdistys \ud800", text_rules.BROKEN, "U+D800", 10),
        ("\udfffalku", text_rules.BROKEN, "U+DFFF", 1),
        ("ab\x00", text_rules.CONTROL, "U+0000", 3),
        ("\x1b[31mpunainen", text_rules.CONTROL, "U+001B", 1),
        ("DEL\x7f", text_rules.CONTROL, "U+007F", 4),
        ("CSI \x9b31m", text_rules.CONTROL, "U+009B", 5),
        ("x\ufffe", text_rules.CONTROL, "U+FFFE", 2),
        ("x\ufdd0", text_rules.CONTROL, "U+FDD0", 2),
        ("x\U0001ffff", text_rules.CONTROL, "U+1FFFF", 2),
        ("vapaa \u202eeerf", text_rules.DIRECTION, "U+202E", 7),
        ("\u2066isolate\u2069", text_rules.DIRECTION, "U+2066", 1),
        ("a\u202ab", text_rules.DIRECTION, "U+202A", 2),
    ],
)
def test_refused_everywhere(text: str, code: str, char: str, position: int) -> None:
    for multiline in (True, False):
        assert text_fault(text, multiline=multiline) == text_rules.TextFault(code, char, position)


@pytest.mark.parametrize("text", ["rivi\ntoinen", "sarkain\tväli", "cr\r\nlf", "a\u2028b"])
def test_line_breaks_only_in_multi_line_texts(text: str) -> None:
    assert text_fault(text, multiline=True) is None
    fault = text_fault(text, multiline=False)
    assert fault is not None and fault.code == text_rules.LINE_BREAK


@pytest.mark.parametrize(
    "text",
    [
        "Pöllö ja Åsa", "e\u0301 (e + combining acute)", "👩\u200d👩\u200d👧 perhe", "🇫🇮",
        "\u200eLRM \u200fRLM \u061cALM", "ZWNJ \u200c", "漢字 Ω", "\u00a0nbsp", "",
        "x" * 100_000, "\U0010fffd (the last private-use character)",
    ],
)  # fmt: skip
def test_accepted_text(text: str) -> None:
    assert text_fault(text, multiline=False) is None
    assert check_text(text, "name", multiline=False) == text


def test_check_text_names_the_field() -> None:
    with pytest.raises(TextRefused) as refused:
        check_text("Hyvä\u202e", "Nimi")
    assert refused.value.code == text_rules.DIRECTION
    assert refused.value.params == {"field": "Nimi", "char": "U+202E", "position": 5}
    assert "Nimi" in refused.value.message("fi") and "U+202E" in refused.value.message("en")


def test_the_json_walk_gives_the_path_of_the_first_fault() -> None:
    value = {"a": [{"b": "ok"}, {"c": ["ok", "x\x07"]}], "d": "\ud800"}
    assert json_text_fault(value) == (
        "a[1].c[1]",
        text_rules.TextFault(text_rules.CONTROL, "U+0007", 2),
    )
    assert json_text_fault({"ok": ["fine\n", 1, None, 2.5, True]}) is None
    path, fault = json_text_fault({"x": {"bad\nkey": 1}}) or ("", None)
    assert path == 'x["bad\\x0akey"] (key)' and fault is not None
    assert fault.code == text_rules.LINE_BREAK
    with pytest.raises(TextRefused) as refused:
        check_json_text({"reason": "\u2067"}, "receipt.json")
    assert refused.value.params["field"] == "receipt.json: reason"


def test_a_deep_structure_is_walked_without_recursion() -> None:
    value: Any = "\ud800"
    for _ in range(100_000):
        value = [value]
    found = json_text_fault(value)
    assert found is not None and found[1].code == text_rules.BROKEN


def test_validation_applies_the_same_rules() -> None:
    """A record stored before the rules existed is caught at export by validation."""
    assert checks.characters_problem("a\u202eb", multiline=True) == ("invalid_characters", {})
    assert checks.characters_problem("a\ud800", multiline=True) == ("invalid_characters", {})
    assert checks.characters_problem("a\nb", multiline=True) is None


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(text_rules.CODES))
def test_every_code_has_three_languages_with_its_parameters(code: str) -> None:
    catalogue = json.loads(resource_path("messages", "text.json").read_text(encoding="utf-8"))
    assert set(catalogue) == set(text_rules.CODES)
    assert set(catalogue[code]) == {"fi", "sv", "en"}
    for template in catalogue[code].values():
        assert _placeholders(template) == set(text_rules.CODES[code])
    assert "{" not in messages.translate(code, "sv", field="Namn", char="U+0000", position=1)


@TEXT_SETTINGS
@given(text=texts())
def test_the_quick_look_agrees_with_the_search(text: str) -> None:
    """`isprintable` lets a text pass without the search only when the search finds nothing
    (every refused character is of a category it refuses)."""
    for multiline in (True, False):
        pattern = text_rules._MULTILINE if multiline else text_rules._SINGLE_LINE
        astral = text_rules._ASTRAL_NONCHARACTERS.search(text)
        searched = pattern.search(text) is None and astral is None
        assert (text_fault(text, multiline=multiline) is None) == searched


def test_every_refused_character_fails_the_quick_look() -> None:
    refused = [chr(c) for c in range(0x110000) if text_rules._SINGLE_LINE.search(chr(c))]
    refused += [chr(p * 0x10000 + e) for p in range(1, 17) for e in (0xFFFE, 0xFFFF)]
    assert len(refused) > 2000  # surrogates, controls, noncharacters, direction, breaks
    assert not any(character.isprintable() for character in refused)


# -- every path, with generated text ----------------------------------------------------


def _expected(text: str, *, multiline: bool) -> str | None:
    fault = text_fault(text, multiline=True)
    if fault is not None:
        return fault.code
    return None if multiline or text_fault(text, multiline=False) is None else "single-line"


def _snapshot_with(text: str) -> model.Snapshot:
    snap = hostile_packages.snapshot()
    opportunity = dataclasses.replace(
        snap.opportunities[0], description=model.Text(fi="Kuvaus. " + text)
    )
    return dataclasses.replace(snap, opportunities=[opportunity, *snap.opportunities[1:]])


@TEXT_SETTINGS
@given(text=texts())
def test_a_data_file_refuses_exactly_the_refused_text(text: str, tmp_path: Path) -> None:
    data = snapshot_to_json(hostile_packages.snapshot())
    data["organisation"]["name"]["en"] = "Org " + text  # single-line
    data["opportunities"][0]["description"]["fi"] = "Kuvaus. " + text  # multi-line
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")
    snapshot, problems = load_data_file(path)
    fault = text_fault(text)
    text_problems = [p for p in problems if p.code in text_rules.CODES]
    if fault is not None:
        assert snapshot is None
        assert [(p.field, p.code) for p in problems] == [("organisation.name.en", fault.code)]
        full = text_fault("Org " + text)
        assert full is not None and problems[0].params == full.params("organisation.name.en")
    else:
        assert snapshot is not None and text_problems == []
        name_problems = {p.code for p in problems if p.field == "name.en"}
        assert ("invalid_characters" in name_problems) == (
            _expected(text, multiline=False) == "single-line"
        )


@TEXT_SETTINGS
@given(text=texts())
def test_a_package_refuses_exactly_the_refused_text(text: str) -> None:
    def change(p: hostile_packages.Parts) -> None:
        p.data["opportunities"][0]["description"]["fi"] = "Kuvaus. " + text
        p.data["opportunities"][0]["title"]["en"] = "Title " + text
        p.data_bytes = (json.dumps(p.data, ensure_ascii=True, indent=2) + "\n").encode()

    package = hostile_packages._changed(change)
    fault = text_fault(text)
    try:
        verified = read_package(package)
    except PackageError as error:
        if fault is not None:
            assert error.code == "member_" + fault.code
            assert error.params["field"] == "opportunities[0].title.en"
            assert error.params["char"] == fault.char
        else:
            assert not error.code.startswith("member_text_")
            assert error.code == "data_validation_failed", error.params
            fields = {problem.field for problem in error.problems}  # type: ignore[attr-defined]
            codes = {problem.code for problem in error.problems}  # type: ignore[attr-defined]
            assert fields <= {"title.en", "title.fi", "description.fi"}
            assert codes <= {"invalid_characters", "too_long"}
            line_break = text_fault(text, multiline=False) is not None
            assert ("invalid_characters" in codes) == line_break
    else:
        assert fault is None and text_fault(text, multiline=False) is None
        assert verified.snapshot.opportunities[0].description == model.Text(fi="Kuvaus. " + text)


def _review_file(reason: str, label: str) -> bytes:
    change = {
        "id": "c1", "record_type": "opportunity", "record_id": hostile_packages.OPP_IDS[0],
        "change": "changed", "field": "title", "label": label, "hidden": False,
        "old": {"fi": "Vanha"}, "new": {"fi": "Uusi " + label}, "decision": "reject",
        "reason": reason,
    }  # fmt: skip
    review = {
        "format": "kuhina-review", "format_version": 1, "created_at": "2026-11-20T10:00:00Z",
        "packages": [{
            "package_sha256": "a" * 64, "file": "x.kuhina",
            "organisation_id": hostile_packages.ORG_ID, "organisation_name": "Yhdistys",
            "sequence": 1, "summary": {}, "changes": [change],
        }],
    }  # fmt: skip
    return json.dumps(review, ensure_ascii=True).encode("ascii")


@TEXT_SETTINGS
@given(text=texts())
def test_a_review_file_refuses_exactly_the_refused_text(text: str) -> None:
    fault = text_fault(text)
    try:
        review = parse_review_file(_review_file("Syy: " + text[:1000], "Otsikko"))
    except ReviewError as error:
        assert fault is not None and fault.position <= 1000
        assert error.code == fault.code
        assert error.params["field"] == "review file: packages[0].changes[0].reason"
    else:
        assert fault is None or fault.position > 1000
        assert review.packages[0].changes[0].reason == "Syy: " + text[:1000]


def test_a_review_file_names_a_hostile_label() -> None:
    with pytest.raises(ReviewError) as refused:
        parse_review_file(_review_file("ok", "\x1b]0;owned\x07"))
    assert refused.value.code == text_rules.CONTROL
    assert refused.value.params["field"] == "review file: packages[0].changes[0].label"


def test_a_hide_reason_with_hostile_text_hides_nothing(tmp_path: Path) -> None:
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace

    with CatalogueWorkspace.create(tmp_path / "catalogue") as ws:
        with pytest.raises(TextRefused) as refused:
            ws.hide(hostile_packages.OPP_IDS[0], "Harhaanjohtava \x1b[8m")
        assert refused.value.params == {"field": "reason", "char": "U+001B", "position": 16}
        assert ws.audit(limit=5) == []


def test_a_user_name_the_audit_log_cannot_hold_is_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kuhina_desktop.services import catalogue_workspace

    monkeypatch.setattr(catalogue_workspace.getpass, "getuser", lambda: "koordinaattori\udcff")
    assert catalogue_workspace.default_actor() == "unknown"
    monkeypatch.setattr(catalogue_workspace.getpass, "getuser", lambda: "Åsa")
    assert catalogue_workspace.default_actor() == "Åsa"


@TEXT_SETTINGS
@given(text=texts())
def test_a_receipt_refuses_exactly_the_refused_text(text: str) -> None:
    from kuhina_desktop.packages.receipt.format import ReceiptRefused
    from kuhina_desktop.packages.receipt.reader import read_receipt
    from tests.unit import hostile_receipts

    value = hostile_receipts.content(note="Kiitos! " + text[:3000])
    p = hostile_receipts.parts(value)
    p.receipt_bytes = (json.dumps(value, ensure_ascii=True, indent=2) + "\n").encode()
    fault = text_fault(text[:3000])
    try:
        receipt = read_receipt(p.build())
    except ReceiptRefused as error:
        assert fault is not None, error.code  # nothing else is wrong with the receipt
        assert error.code == "receipt_member_" + fault.code
        assert (error.params["field"], error.params["char"]) == ("note", fault.char)
    else:
        assert fault is None
        assert receipt.content["note"] == "Kiitos! " + text[:3000]


def test_a_receipt_note_with_hostile_text_makes_no_receipt(tmp_path: Path) -> None:
    """`kuhina catalogue receipt --note`: argv's undecodable bytes arrive as surrogates."""
    from kuhina_desktop.services.catalogue_workspace import CatalogueWorkspace
    from kuhina_desktop.services.receipt_making import receipt_content

    with (
        CatalogueWorkspace.create(tmp_path / "catalogue") as ws,
        pytest.raises(TextRefused) as refused,
    ):
        receipt_content(
            ws, hostile_packages.ORG_ID, public_key="", rotation=None, note="Kiitos \udcff"
        )
    assert refused.value.params == {"field": "note", "char": "U+DCFF", "position": 8}
