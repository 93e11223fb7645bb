"""Cross-group duplicates: suggested pairs, links that can be undone, provenance kept."""

from __future__ import annotations

import pytest

from jakres_desk.base.errors import ValidationError
from jakres_desk.core.merge import duplicates as dedupe
from jakres_desk.core.merge.duplicates import normalise, suggest_pairs
from jakres_desk.core.merge.matching import same_program
from jakres_desk.core.services import groups, programs
from jakres_desk.store.db import JakresFile


@pytest.mark.parametrize(
    ("title", "agency", "title_words", "agency_key"),
    [
        (
            "Pembangunan Sumur Resapan di Kel. Kamal Muara",
            "Dinas Sumber Daya Air",
            "sumur resapan kelurahan kamal muara",
            "sda",
        ),
        ("Program ‘Kampung Iklim’ (ProKlim)", "DLH", "kampung iklim ( proklim )", "lh"),
        (
            "RPTRA Kec. Cilincing, Jakut",
            "Pemprov DKI",
            "ruang publik terpadu ramah anak kecamatan cilincing jakarta_utara",
            "",
        ),
        ("  SOSIALISASI   siaga-bencana  ", "BPBD", "sosialisasi siaga bencana", "bpbd"),
        ("Normalisasi Sungai Ciliwung (DSDA)", "", "normalisasi sungai ciliwung", "sda"),
        (
            "Normalisasi Kali Ciliwung",
            "Dinas Sumber Daya Air",
            "normalisasi sungai ciliwung",
            "sda",
        ),
        ("Gerakan 1 Rumah 1 Jumantik", "", "gerakan 1 rumah 1 jumantik", ""),
        ("Gerakan Satu Rumah Satu Jumantik", "", "gerakan 1 rumah 1 jumantik", ""),
        ("Posyandu RW 07 Jl. Anggrek", "", "posyandu rukun warga 7 jalan anggrek", ""),
        ("KSB RW tiga belas", "", "kampung siaga bencana rukun warga 13", ""),
    ],
)
def test_normalise_for_jakarta(title: str, agency: str, title_words: str, agency_key: str) -> None:
    key = normalise(title, agency)
    assert (key.title.replace("( ", "").replace(" )", ""), key.agency) == (
        title_words.replace("( ", "").replace(" )", ""),
        agency_key,
    )


def test_agency_written_out_or_abbreviated_is_the_same() -> None:
    long_form, *others = [
        normalise("", a).agency for a in ("Dinas Lingkungan Hidup", "DLH", "Dinas LH")
    ]
    assert others == [long_form, long_form]
    assert normalise("", "Dinas Perhubungan").agency == normalise("", "Dishub").agency
    assert normalise("", "DSDA").agency == normalise("", "Dinas Sumber Daya Air").agency
    assert normalise("", "Dinas SDA").agency == normalise("", "DSDA").agency


def test_places_are_kept_apart() -> None:
    barat, timur = (
        normalise("Bank Sampah Unit di Jakarta Barat"),
        normalise("Bank Sampah Unit di Jakarta Timur"),
    )
    assert barat.places == {"jakarta_barat"} and timur.places == {"jakarta_timur"}
    assert same_program(barat, timur, threshold=50) is None
    assert normalise("Bank Sampah Jakbar").places == barat.places


def test_ciliwung_across_two_groups_is_suggested(workshop: JakresFile) -> None:
    """The defect of issue 13: kali/sungai, "(DSDA)", DSDA vs Dinas Sumber Daya Air."""
    a = _room(workshop, 3, "Normalisasi Kali Ciliwung", "Dinas Sumber Daya Air")
    b = _room(workshop, 2, "Normalisasi Sungai Ciliwung (DSDA)", "Dinas SDA")
    _room(workshop, 1, "Normalisasi Kali Pesanggrahan", "Dinas Sumber Daya Air")
    [pair] = suggest_pairs(workshop)
    assert {pair.program_a, pair.program_b} == {a, b}
    assert pair.score == 100.0
    assert {pair.groups_a, pair.groups_b} == {("Kelompok 2",), ("Kelompok 3",)}


def _room(f: JakresFile, number: int, title: str, agency: str = "") -> str:
    g = groups.list_groups(f)[number - 1]
    return programs.add_room_program(f, group_id=g.id, title=title, agency=agency).program_id


def test_pairs_across_groups_are_suggested(workshop: JakresFile) -> None:
    a = _room(workshop, 1, "Pembangunan Sumur Resapan Kel. Kamal Muara", "Dinas SDA")
    b = _room(workshop, 2, "Sumur resapan Kelurahan Kamal Muara", "Dinas Sumber Daya Air")
    _room(workshop, 3, "Transjakarta Terintegrasi", "Dishub")
    [pair] = suggest_pairs(workshop)
    assert {pair.program_a, pair.program_b} == {a, b}
    assert pair.score == 100.0
    assert {pair.groups_a, pair.groups_b} == {("Kelompok 1",), ("Kelompok 2",)}
    assert {pair.title_a, pair.title_b} == {
        "Pembangunan Sumur Resapan Kel. Kamal Muara",
        "Sumur resapan Kelurahan Kamal Muara",
    }


def test_a_typo_still_pairs_but_a_different_program_does_not(workshop: JakresFile) -> None:
    _room(workshop, 1, "Kampung Siaga Bencana RW 05")
    _room(workshop, 2, "Kampung Siaga Bencanna RW 05")
    _room(workshop, 3, "Kampung Iklim RW 05")
    pairs = suggest_pairs(workshop)
    assert [(p.title_a, p.title_b) for p in pairs] in (
        [("Kampung Siaga Bencana RW 05", "Kampung Siaga Bencanna RW 05")],
        [("Kampung Siaga Bencanna RW 05", "Kampung Siaga Bencana RW 05")],
    )
    assert 85 <= pairs[0].score < 100


def test_same_group_or_other_agency_is_not_a_cross_group_pair(workshop: JakresFile) -> None:
    _room(workshop, 1, "Bank Sampah Unit RW")
    _room(workshop, 1, "Bank Sampah Unit RW 2")
    _room(workshop, 2, "Pelatihan Kader Posyandu", "Dinas Kesehatan")
    _room(workshop, 3, "Pelatihan Kader Posyandu", "Dinas Perhubungan")
    assert suggest_pairs(workshop) == []


def test_link_is_reversible_and_keeps_both_programs(workshop: JakresFile) -> None:
    a = _room(workshop, 1, "Sumur Resapan Kelurahan Kamal Muara")
    b = _room(workshop, 2, "Sumur Resapan Kel. Kamal Muara")
    assert len(suggest_pairs(workshop)) == 1
    link = dedupe.link(workshop, a=b, b=a, note="Program yang sama")
    assert (link.program_a, link.program_b) == tuple(sorted((a, b)))
    assert suggest_pairs(workshop) == []
    with pytest.raises(ValidationError) as info:
        dedupe.link(workshop, a=a, b=b)
    assert info.value.key == "link_exists"
    dedupe.unlink(workshop, link.id)
    assert dedupe.list_links(workshop) == []
    assert len(suggest_pairs(workshop)) == 1
    # Provenance: each program is still its own group's candidate.
    by_group = {
        g.name: [c.program_id for c in programs.list_candidates(workshop, g.id)]
        for g in groups.list_groups(workshop)[:2]
    }
    assert by_group == {"Kelompok 1": [a], "Kelompok 2": [b]}


def test_a_program_is_not_linked_to_itself(workshop: JakresFile) -> None:
    a = _room(workshop, 1, "Sumur Resapan")
    with pytest.raises(ValidationError) as info:
        dedupe.link(workshop, a=a, b=a)
    assert info.value.key == "link_same_program"
    assert "itself" in info.value.message("en") and "dirinya" in info.value.message("id")


def test_another_place_or_number_is_another_program(workshop: JakresFile) -> None:
    _room(workshop, 1, "Sumur Resapan Kel. Kamal Muara")
    _room(workshop, 2, "Sumur Resapan Kel. Pluit")
    _room(workshop, 3, "Posyandu Ramah Anak RW 05")
    _room(workshop, 4, "Posyandu Ramah Anak RW 07")
    assert suggest_pairs(workshop) == []


def test_a_secretariat_adds_an_agency_in_its_own_list(tmp_path, monkeypatch) -> None:
    from jakres_desk.base.errors import ValidationError as Invalid
    from jakres_desk.core.merge import matching

    monkeypatch.setattr(matching, "user_folder", lambda: tmp_path)
    matching.vocabulary.cache_clear()
    try:
        assert normalise("", "BPAD").agency == "bpad"  # unknown: its own words
        (tmp_path / "agencies.json").write_text(
            '{"agencies": [{"key": "aset", "name": "Badan Pengelola Aset Daerah",'
            ' "aliases": ["BPAD"]}]}',
            encoding="utf-8",
        )
        (tmp_path / "words.json").write_text('{"same": {"setu": "situ"}}', encoding="utf-8")
        matching.vocabulary.cache_clear()
        assert normalise("", "BPAD").agency == normalise("", "Badan Pengelola Aset Daerah").agency
        assert normalise("Revitalisasi Setu Babakan").title == "revitalisasi situ babakan"
        assert normalise("", "DSDA").agency == "sda"  # the shipped list is still there
        (tmp_path / "agencies.json").write_text('{"agencies": [{"name": "x"}]}', "utf-8")
        matching.vocabulary.cache_clear()
        with pytest.raises(Invalid) as info:
            normalise("x")
        assert "KeyError: 'key'" in info.value.message("en")
        (tmp_path / "places.json").write_text("{not json", encoding="utf-8")
        matching.vocabulary.cache_clear()
        with pytest.raises(Invalid) as info:
            normalise("x")
        assert info.value.key == "matching_list_bad"
        assert str(tmp_path / "places.json") in info.value.message("en")
    finally:
        matching.vocabulary.cache_clear()
