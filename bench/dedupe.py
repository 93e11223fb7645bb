"""Suggesting cross-group duplicates among 10,000 programs, against the plain all-pairs scan.

Builds a workshop whose five groups have taken up 10,000 programs (titles made of
Indonesian program words, made-up kelurahan names and RW numbers; every 50th is
the one before entered again by another group with small differences), then
times core.dedupe.suggest_pairs. The comparison is the plain way: rapidfuzz
over every pair of the same normalised titles in the same run (ratio only, so
it also counts "Sumur Resapan RW 05" against "... RW 07"). Goal: seconds.

    python bench/dedupe.py [--programs 10000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from jakres_desk.core.merge.duplicates import normalise, suggest_pairs  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=10_000)
    args = parser.parse_args()
    from jakres_desk.store.db import open_file

    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        path = Path(tmp) / "dedupe.jakres"
        build(path, args.programs)
        with open_file(path, device_id=DEVICE) as f:
            t = time.perf_counter()
            pairs = suggest_pairs(f)
            mine = time.perf_counter() - t
            with f.read() as s:
                titles = [p.title for p in s.query(Program)]
    keys = [" ".join(sorted(normalise(x).title.split())) for x in titles]
    t = time.perf_counter()
    plain = sum(
        1
        for i, key in enumerate(keys)
        for _, _, j in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=85, limit=None)
        if j > i
    )
    base = time.perf_counter() - t
    print(f"suggest_pairs: {len(pairs)} pairs among {args.programs} programs in {mine:.2f} s")
    print(f"plain all-pairs rapidfuzz scan: {plain} pairs in {base:.2f} s")
    print(f"ratio {mine / base:.2f}x (below 1: blocking by numbers and rare words pays)")


if __name__ == "__main__":
    main()
