"""`jakres-desk duplicates`, `link`, `unlink`, `people` and `same-person` (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jakres_desk.cli import main
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.merge import people
from jakres_desk.core.services import groups, participants, programs, votes
from jakres_desk.store.db import JakresFile, open_file
from tests.conftest import DEVICE
from tests.core.merging import LAPTOP_2, hand_in, laptop, own_group, write_kit


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def master(workshop: JakresFile) -> tuple[Path, str, str, str]:
    """A master with Ciliwung entered by groups 3 and 2 differently, and one other program."""
    g = groups.list_groups(workshop)

    def room(number: int, title: str, agency: str) -> str:
        return programs.add_room_program(
            workshop, group_id=g[number - 1].id, title=title, agency=agency
        ).program_id

    a = room(3, "Normalisasi Kali Ciliwung", "Dinas Sumber Daya Air")
    b = room(2, "Normalisasi Sungai Ciliwung (DSDA)", "Dinas SDA")
    c = room(1, "Bank Sampah Unit di Jakarta Barat", "DLH")
    workshop.close()
    return workshop.path, a, b, c


def test_duplicates_lists_the_ciliwung_pair(master, capsys) -> None:
    path, a, b, _c = master
    code, out, err = run(capsys, "duplicates", str(path))
    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert first.startswith("  100%  ")
    assert {first[8:16], second[8:16]} == {a[:8], b[:8]}
    assert "Normalisasi Kali Ciliwung  (Dinas Sumber Daya Air; Kelompok 3)" in out
    assert "Normalisasi Sungai Ciliwung (DSDA)  (Dinas SDA; Kelompok 2)" in out
    code, out, _ = run(capsys, "duplicates", str(path), "--json")
    [pair] = json.loads(out)
    assert {pair["program_a"], pair["program_b"]} == {a, b}
    assert pair["score"] == 100.0 and sorted(pair["groups_a"] + pair["groups_b"]) == [
        "Kelompok 2",
        "Kelompok 3",
    ]
    assert {pair["agency_a"], pair["agency_b"]} == {"Dinas Sumber Daya Air", "Dinas SDA"}


def test_link_and_unlink_by_id_or_its_start(master, capsys) -> None:
    path, a, b, c = master
    code, out, err = run(capsys, "link", str(path), a[:6], c, "--note", "sama")
    assert (code, err) == (0, "")
    assert out.split() == sorted([a[:8], c[:8]])[:1] + ["="] + sorted([a[:8], c[:8]])[1:]
    with open_file(path, device_id=DEVICE) as f:
        [link] = dedupe.list_links(f)
    assert (link.note, link.suggested) == ("sama", None)  # by hand
    code, _, err = run(capsys, "link", str(path), c, a)
    assert (code, err) == (1, "jakres-desk: program: these two programs are already linked\n")
    code, out, err = run(capsys, "unlink", str(path), c, a)
    assert (code, err) == (0, "") and "!=" in out
    code, _, err = run(capsys, "unlink", str(path), c, a)
    assert (code, err) == (1, "jakres-desk: program: these two programs are not linked\n")
    code, out, _ = run(capsys, "duplicates", str(path))
    assert out.count("%") == 1  # the pair is still suggested


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (("zzzzzzzz", "A"), "no program has the id 'zzzzzzzz' (see: jakres-desk duplicates)"),
        (("A", "A"), "program: a program cannot be linked to itself"),
        (("abc", "A"), "no program has the id 'abc' (see: jakres-desk duplicates)"),
    ],
)
def test_link_refuses_unknown_or_the_same_id_clearly(master, capsys, ids, message) -> None:
    path, a, _b, _c = master
    code, out, err = run(capsys, "link", str(path), *(a if i == "A" else i for i in ids))
    assert (code, out) == (1, "")
    assert err == f"jakres-desk: {message}\n"


def test_people_flags_a_walk_in_from_another_roster_and_same_person_makes_one(
    workshop: JakresFile, tmp_path: Path, capsys
) -> None:
    one, two = groups.list_groups(workshop)[:2]
    roster = participants.add_participant(
        workshop, name="Ir. Budi Santoso, M.T.", organisation="Dinas SDA", group_id=one.id
    )
    participants.add_participant(workshop, name="Budi Santoso", group_id=two.id)  # no org
    kit = write_kit(workshop, 2, tmp_path / "kit-2.jakres")
    with laptop(kit, LAPTOP_2) as f:
        g = own_group(f)
        walk = participants.add_participant(
            f, name="Budi Santoso", organisation="DSDA", group_id=g, walk_in=True
        )
        cand = programs.add_room_program(f, group_id=g, title="Sumur Resapan Jakarta Barat")
        votes.set_dots(f, candidate_id=cand.id, participant_id=walk.id, count=2)
        handed = hand_in(f, tmp_path / "kelompok-2.jakres")
    workshop.close()
    code, out, err = run(capsys, "merge", str(workshop.path), str(handed))
    assert code == 0, err
    assert (
        f"walk-in Budi Santoso looks like Ir. Budi Santoso, M.T. on the roster of Kelompok 1; "
        f"if they are one person: jakres-desk same-person MASTER {walk.id[:8]} {roster.id[:8]}"
    ) in out
    code, out, _ = run(capsys, "people", str(workshop.path))
    assert out.splitlines() == [
        f"{walk.id[:8]}  Budi Santoso (Kelompok 2, walk-in)  ~  {roster.id[:8]}  "
        "Ir. Budi Santoso, M.T. (Kelompok 1)  Dinas SDA"
    ]
    code, out, err = run(capsys, "same-person", str(workshop.path), walk.id[:8], roster.id[:8])
    assert (code, err) == (0, "")
    assert out.strip() == (
        f"{walk.id[:8]} -> {roster.id[:8]}  Ir. Budi Santoso, M.T.  (+1 dots, +0 scores)"
    )
    with open_file(workshop.path, device_id=DEVICE) as f:
        assert people.look_alikes(f) == []
        names = [p.name for p in participants.list_participants(f, two.id)]
        assert sorted(names) == ["Budi Santoso", "Ir. Budi Santoso, M.T."]
        [kept] = [p for p in participants.list_participants(f, two.id) if p.id == roster.id]
        assert kept.present and not kept.walk_in
        left = votes.dots_left(f, two.id)
        assert left[roster.id] == max(left.values()) - 2  # the walk-in's two dots are theirs
    code, _, err = run(capsys, "same-person", str(workshop.path), walk.id[:8], roster.id[:8])
    assert code == 1 and "no participant has the id" in err


def test_duplicates_threshold_is_a_similarity(master, capsys) -> None:
    path, *_ = master
    code, _out, err = run(capsys, "duplicates", str(path), "--threshold", "20")
    assert code == 2 and "a similarity from 50 to 100, not '20'" in err
    code, out, _ = run(capsys, "duplicates", str(path), "--threshold", "100")
    assert code == 0 and out.count("%") == 1
