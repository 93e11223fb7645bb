"""The look-alike notes of a merge decide as before, with rapidfuzz asked only when needed."""

from __future__ import annotations

import random

from jakres_desk.core.merge import lookalikes as la
from jakres_desk.core.merge.lookalikes import Person

WORDS = "budi budiman siti sity rahma rahmah andi andy agus wati dewi dewy susanto santoso".split()
TITLES = ["", "Bpk. ", "Ibu ", "Dr. ", "H. "]
DEGREES = ["", ", S.T.", ", M.Si"]
ORGS = [
    "", " ", "BPBD DKI", "Badan Penanggulangan Bencana Daerah", "Dinas Sumber Daya Air",
    "Dinas SDA", "PMI Jakarta Utara", "Palang Merah Indonesia", "Kelurahan Penjaringan",
    "kel. penjaringan", "Universitas Indonesia", "Univ Indonesia", "LSM Rujak", "Rujak Center",
]  # fmt: skip


def _words(rnd: random.Random) -> list[str]:
    return rnd.sample(WORDS, rnd.randint(1, 3))


def _written(rnd: random.Random, words: list[str]) -> str:
    """One way of writing a name: an initial, a typo, the order, titles and degrees."""
    words = list(words)
    if rnd.random() < 0.3:
        words[0] = words[0][0] + "."
    if rnd.random() < 0.3:
        i = rnd.randrange(len(words))
        j = rnd.randrange(len(words[i]))
        words[i] = words[i][:j] + rnd.choice("aeiouy") + words[i][j + 1 :]
    if rnd.random() < 0.3:
        rnd.shuffle(words)
    return rnd.choice(TITLES) + " ".join(words).title() + rnd.choice(DEGREES)


def _pair(rnd: random.Random) -> tuple[str, str]:
    """Two names: one person's written twice, or two people's."""
    a = _words(rnd)
    b = a if rnd.random() < 0.6 else _words(rnd)
    return _written(rnd, a), _written(rnd, b)


def _old_same_person_likely(walk_in: Person, roster: Person) -> bool:
    """The rule as it was written before the cheap bound (organisations first)."""
    if not walk_in.walk_in or roster.walk_in or walk_in.group_id == roster.group_id:
        return False
    orgs = la.organisations_agree(walk_in.organisation, roster.organisation)
    if orgs is False:
        return False
    if orgs is None:
        return la.name_words(walk_in.name) == la.name_words(roster.name)
    return la.names_agree(walk_in.name, roster.name)


def test_the_cheap_bound_never_hides_a_match() -> None:
    rnd = random.Random(14)
    agreed = 0
    for _ in range(4000):
        a, b = _pair(rnd)
        if la.names_agree(a, b):
            agreed += 1
            assert la._names_may_agree(a, b), (a, b)
    assert agreed > 100  # the sample holds matches, not only strangers


def test_look_alikes_are_found_as_before() -> None:
    rnd = random.Random(41)
    people = []
    for i in range(150):
        a, b = _pair(rnd)
        org = rnd.choice(ORGS)
        people.append(Person(f"r{i}", a, org, rnd.choice(["g1", "g2", "g3"]), False))
        other = org if rnd.random() < 0.8 else rnd.choice(ORGS)
        people.append(Person(f"w{i}", b, other, rnd.choice(["g1", "g2", "g3"]), True))
    found = 0
    for w in people:
        for r in people:
            old = _old_same_person_likely(w, r)
            assert la.same_person_likely(w, r) == old, (w, r)
            found += old
    assert found > 10
