"""Cross-group duplicates: programs two groups entered under slightly different titles.

Titles are normalised for Indonesian (case, accents, punctuation, common
abbreviations such as "Prov." or "Kel.", filler words such as "Dinas" or
"Program"), their words sorted, and compared with rapidfuzz. The secretariat
links the pairs it confirms; a link is its own record, so unlinking takes
nothing from either program and both keep their groups' votes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from jakres_desk.base.errors import ValidationError
from jakres_desk.base.lazy import lazy_module
from jakres_desk.core.services.common import TEXT_MAX, get, text
from jakres_desk.store.db import JakresFile
from jakres_desk.store.models import Candidate, Group, Program, ProgramLink
from jakres_desk.store.stamps import new_id

if TYPE_CHECKING:
    from rapidfuzz import fuzz, process
else:  # loaded on the first comparison: the report and the GUI's first frame do without
    fuzz, process = lazy_module("rapidfuzz.fuzz"), lazy_module("rapidfuzz.process")

# Abbreviations written out, so "Kel. Kamal Muara" meets "Kelurahan Kamal Muara".
ABBREVIATIONS = {
    "prov": "provinsi",
    "prop": "provinsi",
    "kel": "kelurahan",
    "kec": "kecamatan",
    "kab": "kabupaten",
    "adm": "administrasi",
    "kep": "kepulauan",
    "jak": "jakarta",
    "jkt": "jakarta",
    "jakut": "jakarta utara",
    "jaksel": "jakarta selatan",
    "jakbar": "jakarta barat",
    "jaktim": "jakarta timur",
    "jakpus": "jakarta pusat",
    "pemprov": "pemerintah provinsi",
    "pemkot": "pemerintah kota",
    "pemda": "pemerintah",
    "dishub": "perhubungan",
    "dinkes": "kesehatan",
    "disdik": "pendidikan",
    "dlh": "lingkungan hidup",
    "lh": "lingkungan hidup",
    "bpbd": "penanggulangan bencana",
    "sda": "sumber daya air",
    "pu": "pekerjaan umum",
    "rth": "ruang terbuka hijau",
    "rptra": "ruang publik terpadu ramah anak",
    "ipal": "instalasi pengolahan air limbah",
    "tps": "tempat pengolahan sampah",
    "rt": "rukun tetangga",
    "rw": "rukun warga",
    "thn": "tahun",
    "th": "tahun",
    "no": "nomor",
    "utk": "untuk",
    "dgn": "dengan",
    "dg": "dengan",
    "yg": "yang",
}
# Words that name the kind of thing, not which one: dropped before comparing.
FILLER = frozenset(
    "dinas suku sudin badan program kegiatan pembangunan penyelenggaraan pelaksanaan "
    "peningkatan dki daerah khusus ibukota di dan ke dari untuk yang dengan dalam serta "
    "pada bagi oleh dll".split()
)
_WORD = re.compile(r"[a-z0-9]+")
PREFIX = 3  # rarest words of a title indexed to find its possible duplicates


class Key(NamedTuple):
    """A program's title and agency, normalised for comparison."""

    title: str
    agency: str


def _words(value: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    out: list[str] = []
    for word in _WORD.findall(plain.casefold()):
        for part in ABBREVIATIONS.get(word, word).split():
            if part not in FILLER:
                out.append(part)
    return out


def normalise(title: str, agency: str = "") -> Key:
    """Title and agency as compared: lower case, no punctuation, abbreviations written out."""
    return Key(" ".join(_words(title)), " ".join(_words(agency)))


@dataclass(frozen=True)
class Pair:
    """Two programs that may be one, each with the groups that took it up."""

    program_a: str
    program_b: str
    title_a: str
    title_b: str
    agency_a: str
    agency_b: str
    groups_a: tuple[str, ...]
    groups_b: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class _Program:
    id: str
    title: str
    agency: str
    groups: frozenset[str]
    key: Key

    @property
    def sorted_title(self) -> str:
        return " ".join(sorted(self.key.title.split()))


def _candidates(f: JakresFile) -> tuple[list[_Program], dict[str, str], set[tuple[str, str]]]:
    """Programs some group took up, group names, and the pairs already linked."""
    with f.read() as s:
        taken: dict[str, set[str]] = {}
        for pid, gid in s.execute(select(Candidate.program_id, Candidate.group_id)):
            taken.setdefault(pid, set()).add(gid)
        rows = s.execute(select(Program.id, Program.title, Program.agency)).all()
        names = {g.id: g.name for g in s.scalars(select(Group))}
        linked = {
            (a, b) for a, b in s.execute(select(ProgramLink.program_a, ProgramLink.program_b))
        }
    progs = [
        _Program(pid, t, a, frozenset(taken[pid]), normalise(t, a))
        for pid, t, a in rows
        if pid in taken
    ]
    return progs, names, linked


def suggest_pairs(f: JakresFile, threshold: float = 85) -> list[Pair]:
    """Pairs of programs, taken up in different groups, whose titles nearly match."""
    progs, names, linked = _candidates(f)
    progs.sort(key=lambda p: p.id)
    keys = [p.sorted_title for p in progs]
    pairs = []
    for i, others in enumerate(_blocks(progs)):
        if not others:
            continue
        for _choice, score, j in process.extract(
            keys[i],
            [keys[j] for j in others],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            limit=None,
        ):
            pair = _pair(progs[i], progs[others[j]], score, names, linked)
            if pair is not None:
                pairs.append(pair)
    return sorted(pairs, key=lambda p: (-p.score, p.title_a, p.title_b))


def _blocks(progs: list[_Program]) -> list[list[int]]:
    """For each program, the later ones with the same numbers sharing one of its rarest words.

    Duplicates have the same numbers and differ by a typo or one word (see
    words_agree), so they share all but one or two words: indexing only the
    PREFIX rarest words of each title still brings them together, and keeps
    each comparison list short.
    """
    words = [sorted(set(p.key.title.split())) for p in progs]
    freq = Counter(w for ws in words for w in ws)
    index: dict[tuple[tuple[str, ...], str], list[int]] = {}
    prefixes = []
    for i, ws in enumerate(words):
        numbers = tuple(w for w in ws if w.isdigit())
        rare = sorted((w for w in ws if not w.isdigit()), key=lambda w: (freq[w], w))
        prefix = [(numbers, w) for w in rare[:PREFIX]] or [(numbers, "")]
        prefixes.append(prefix)
        for key in prefix:
            index.setdefault(key, []).append(i)
    return [
        sorted({j for key in prefix for j in index[key] if j > i})
        for i, prefix in enumerate(prefixes)
    ]


def _pair(
    a: _Program, b: _Program, score: float, names: dict[str, str], linked: set[tuple[str, str]]
) -> Pair | None:
    if len(a.groups | b.groups) < 2 or not a.key.title:
        return None  # one group saw both: not a cross-group duplicate
    if a.key.agency and b.key.agency and fuzz.ratio(a.key.agency, b.key.agency) < 50:
        return None  # clearly different agencies run them
    if not words_agree(a.key.title.split(), b.key.title.split()):
        return None
    if a.id > b.id:
        a, b = b, a
    if (a.id, b.id) in linked:
        return None
    return Pair(
        a.id,
        b.id,
        a.title,
        b.title,
        a.agency,
        b.agency,
        tuple(sorted(names.get(g, g) for g in a.groups)),
        tuple(sorted(names.get(g, g) for g in b.groups)),
        round(score, 1),
    )


def words_agree(a: list[str], b: list[str]) -> bool:
    """Whether two titles differ only by typos (and at most one extra word).

    Similar titles often share a long common part ("sumur resapan kelurahan")
    and differ in the word that matters (the place, the RW): numbers must be
    the same, and a word of one title without a near twin (ratio 80) in the
    other is allowed only once.
    """
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    if {w for w in only_a | only_b if w.isdigit()}:
        return False
    lonely = [w for w in only_a if not any(fuzz.ratio(w, v) >= 80 for v in only_b)]
    lonely += [w for w in only_b if not any(fuzz.ratio(w, v) >= 80 for v in only_a)]
    return len(lonely) <= 1


@dataclass(frozen=True)
class LinkRecord:
    """A confirmed "same program" link."""

    id: str
    program_a: str
    program_b: str
    note: str


def link(f: JakresFile, *, a: str, b: str, note: str = "") -> LinkRecord:
    """Record that two programs are one (the order of a and b does not matter)."""
    if a == b:
        raise ValidationError("link_same_program", field="program")
    a, b = sorted((a, b))
    note = text(note, "note", limit=TEXT_MAX)
    with f.write() as s:
        get(s, Program, a, "program")
        get(s, Program, b, "program")
        taken = s.scalar(
            select(ProgramLink.id).where(ProgramLink.program_a == a, ProgramLink.program_b == b)
        )
        if taken is not None:
            raise ValidationError("link_exists", field="program")
        row = ProgramLink(id=new_id(), program_a=a, program_b=b, note=note)
        s.add(row)
        s.flush()
        return LinkRecord(row.id, a, b, note)


def unlink(f: JakresFile, link_id: str) -> None:
    """Remove a link (a tombstone records it); both programs stay as they were."""
    with f.write() as s:
        s.delete(get(s, ProgramLink, link_id, "link"))


def list_links(f: JakresFile) -> list[LinkRecord]:
    """Every link, in a stable order."""
    with f.read() as s:
        rows = s.scalars(select(ProgramLink).order_by(ProgramLink.program_a, ProgramLink.program_b))
        return [LinkRecord(r.id, r.program_a, r.program_b, r.note) for r in rows]
