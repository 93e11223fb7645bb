"""The import log reads in the reader's language, whatever language the merge ran in."""

from __future__ import annotations

from jakres_desk.base.messages import MESSAGES
from jakres_desk.core.merge.log import ImportLine, summary, translated


def _line(message: str, status: str = "merged") -> ImportLine:
    return ImportLine(
        id="x",
        imported_at="2026-03-01T10:00:00",
        source_name="kelompok-2.jakres",
        source_sha256="0" * 64,
        group_id="g",
        group_name="Kelompok 2",
        device_id="abcdef0123456789",
        captured_at="2026-03-01T09:00:00",
        status=status,
        added=3,
        deleted=1,
        message=message,
    )


def test_an_english_note_reads_in_indonesian() -> None:
    stored = "; ".join(
        MESSAGES[k]["en"].format(count=n)
        for k, n in (("merge_note_deleted", 1), ("merge_note_not_its_own", 2))
    )
    text = summary(_line(stored), "id")
    assert "records" not in text
    assert text.endswith(
        "— 1 data yang sudah dihapus di berkas induk tidak dikembalikan; "
        "2 data bukan milik kelompok ini ditolak (lihat rinciannya di log)"
    )


def test_an_indonesian_note_reads_in_english() -> None:
    stored = MESSAGES["merge_note_adopted"]["id"].format(
        group="Kelompok 2", title="Lokakarya; uji", date="2026-03-01"
    )
    assert translated(stored, "en") == "adopted as Kelompok 2 from 'Lokakarya; uji' (2026-03-01)"


def test_a_refusal_reads_in_the_readers_language() -> None:
    stored = MESSAGES["adopt_one_file"]["en"]
    assert summary(_line(stored, "refused"), "id").endswith(MESSAGES["adopt_one_file"]["id"])


def test_text_of_no_template_stays_as_it_is() -> None:
    assert translated("catatan bebas; apa adanya", "en") == "catatan bebas; apa adanya"
