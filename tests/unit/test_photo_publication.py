"""The checklist's rule for photos that will not be published: each coaching environment
with a photo whose permission to publish is not confirmed is listed, with the positions of
those photos (issue 20: photos stored before the confirmation existed start unconfirmed)."""

from __future__ import annotations

from kuhina_desktop.domain.model import Address, Environment, Organisation, Snapshot, Text
from kuhina_desktop.services.photo_publication import unpublished_photos


def environment(name: str, photos: int, confirmed_on: list[str | None]) -> Environment:
    return Environment(
        name=Text(fi=name),
        address=Address("Torikatu 1", "80100", "Joensuu", "167"),
        photos=[f"sha256:{name}{n}" for n in range(photos)],
        photo_descriptions=[Text(fi=f"Kuva {n}") for n in range(photos)],
        photo_confirmed_on=confirmed_on,
    )


def test_each_environment_with_unconfirmed_photos_is_listed_with_their_positions() -> None:
    flea = environment("Kirpputori", 3, ["2026-11-30", None, None])
    cafe = environment("Kahvila", 2, ["2026-11-30", "2026-12-01"])  # all confirmed
    bare = environment("Verstas", 0, [])  # no photos
    stored_before = environment("Pesula", 2, [])  # stored before the confirmation existed
    snapshot = Snapshot(Organisation(name=Text(fi="Yhdistys")), [flea, cafe, bare, stored_before])

    found = unpublished_photos(snapshot)

    assert [(e.environment.id, e.positions, e.count) for e in found] == [
        (flea.id, (1, 2), 2),
        (stored_before.id, (0, 1), 2),
    ]
    assert found[0].field == "photo_confirmed_on[1]"
    assert found[1].field == "photo_confirmed_on[0]"


def test_confirming_the_last_photo_takes_the_environment_off_the_list() -> None:
    flea = environment("Kirpputori", 2, [None, "2026-11-30"])
    org = Organisation(name=Text(fi="Yhdistys"))
    assert [e.positions for e in unpublished_photos(Snapshot(org, [flea]))] == [(0,)]
    flea.photo_confirmed_on[0] = "2026-12-07"
    assert unpublished_photos(Snapshot(org, [flea])) == ()
