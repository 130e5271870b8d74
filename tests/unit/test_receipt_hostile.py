"""The hostile receipt corpus: every broken or hostile receipt is refused by the reader with
its own reason, and reading writes nothing anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuhina_desktop.messages import catalogue, translate
from kuhina_desktop.packages.receipt.format import REASONS, ReceiptRefused
from kuhina_desktop.packages.receipt.reader import read_receipt
from tests.unit.hostile_receipts import CASES, Case, valid_receipt
from tests.unit.test_package_hostile import _listing, no_writes  # noqa: F401  (a fixture)

# Codes the reader cannot give for a receipt's bytes: the association's checks (the
# workspace tests give them) and a file that cannot be read.
NOT_FROM_BYTES = {
    "receipt_key_unexpected", "receipt_key_unconfirmed", "receipt_key_not_pinned",
    "receipt_other_organisation", "receipt_package_unknown", "receipt_package_mismatch",
    "receipt_older", "receipt_file_unreadable", "receipt_signature_algorithm",
    # receipt.json is the only member SHA256SUMS may list: unlisted, the listing is empty
    "receipt_member_unlisted",
}  # fmt: skip


def test_the_corpus_covers_every_rule_of_the_reader() -> None:
    assert len({c.name for c in CASES}) == len(CASES) >= 50
    covered = {c.code for c in CASES}
    assert covered <= set(REASONS)
    assert set(REASONS) - covered - NOT_FROM_BYTES == set()


def test_the_valid_receipt_is_read() -> None:
    receipt = read_receipt(valid_receipt())
    assert receipt.sequence == 1 and receipt.content["decisions"][0]["decision"] == "reject"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_receipt_is_refused_with_its_own_reason(
    case: Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_writes: list[str],  # noqa: F811
) -> None:
    data = case.make()
    monkeypatch.chdir(tmp_path)
    before = _listing(tmp_path)
    with pytest.raises(ReceiptRefused) as refused:
        read_receipt(data)
    assert refused.value.code == case.code, (case.rule, refused.value.params)
    assert set(refused.value.params) == set(REASONS[case.code])
    assert no_writes == []
    assert _listing(tmp_path) == before


def test_every_reason_has_a_text_in_three_languages_with_its_parameters() -> None:
    texts = catalogue()
    for code, params in REASONS.items():
        assert set(texts[code]) == {"fi", "sv", "en"}, code
        for language in ("fi", "sv", "en"):
            sample = {name: f"<{name}>" for name in params}
            text = translate(code, language, **sample)
            assert all(f"<{name}>" in text for name in params), (code, language)
            assert "paket" not in text.lower() or code in {
                "receipt_package_unknown", "receipt_package_mismatch", "receipt_older"
            } or language != "fi", (code, text)  # fmt: skip
