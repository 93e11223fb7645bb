"""A workshop whose five groups took up N programs, for the dedupe row of bench/run.

Titles are made of Indonesian program words, made-up kelurahan names and RW
numbers; every 50th is the one before entered again by another group with
small differences (what the secretariat's duplicate suggestions must find).
bench/inproc.py times core's suggest_pairs on it against rapidfuzz's
process.cdist over every pair (the same keys, scorer and cut-off).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jakres_desk.core.services import groups, workshops  # noqa: E402
from jakres_desk.store.models import Candidate, Program  # noqa: E402
from jakres_desk.store.stamps import new_id  # noqa: E402

DEVICE = "33333333-3333-4333-8333-333333333333"
WHAT = (
    "Pembangunan Sumur Resapan|Revitalisasi Taman|Sosialisasi Siaga Bencana|Bank Sampah"
    "|Pelatihan Kader Posyandu|Normalisasi Kali|Penataan Kampung|Jalur Sepeda|Pompa Air"
    "|Ruang Terbuka Hijau|Pengolahan Air Limbah|Sekolah Aman Bencana|Pasar Sehat"
).split("|")
SYLLABLES = "ka ma ja su ta ra pu lo wi se ba ngi de ci gan dur ben sari jaya".split()


def place(rnd: random.Random) -> str:
    """A made-up kelurahan name, e.g. 'Kel. Sukamaju'."""
    name = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4)))
    return f"{rnd.choice(('Kel.', 'Kec.', 'Kampung'))} {name.capitalize()}"


def title(rnd: random.Random, i: int) -> str:
    """A program title: what, where, which RW."""
    return f"{rnd.choice(WHAT)} {place(rnd)} RW {rnd.randint(1, 30):02d}"


def build(path: Path, n: int) -> None:
    f = workshops.create_workshop(path, device_id=DEVICE, title="Bench", date="2018-09-26")
    ws = workshops.get_workshop(f)
    gids = [g.id for g in groups.list_groups(f)]
    rnd = random.Random(3)
    text = ""
    with f.write() as s:
        for i in range(n):
            if i % 50 == 1:  # the previous one, entered again by another group, differently
                text = text.replace("Kel.", "Kelurahan").replace("Pembangunan ", "") + "."
            else:
                text = title(rnd, i)
            pid = new_id()
            s.add(Program(id=pid, workshop_id=ws.id, title=text, agency="", origin="room"))
            s.add(Candidate(id=new_id(), group_id=gids[i % len(gids)], program_id=pid))
    f.close()
