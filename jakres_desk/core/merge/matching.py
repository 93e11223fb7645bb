"""Whether two program titles name one program: the words of Jakarta, compared.

A title and its agency are normalised with the lists in resources/matching/
(agencies and their short names, Indonesian word equivalences and
abbreviations, numbers written as words, places): "Normalisasi Kali Ciliwung"
of Dinas Sumber Daya Air and "Normalisasi Sungai Ciliwung (DSDA)" of Dinas SDA
become the same words and the same agency. Places and numbers decide: the same
program in Jakarta Barat and in Jakarta Timur is two programs. Pure functions,
no file: core/merge/duplicates.py applies them to a workshop.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from jakres_desk.base.errors import ValidationError
from jakres_desk.base.lazy import lazy_module

if TYPE_CHECKING:
    from rapidfuzz import fuzz
else:  # loaded on the first comparison: the report and the GUI's first frame do without
    fuzz = lazy_module("rapidfuzz.fuzz")


APP = "jakres-desk"
_WORD = re.compile(r"[a-z0-9]+")
_BRACKET = re.compile(r"[(\[]([^)\]]*)[)\]]")
AGENCY_FLOOR = 50  # below this, two agencies no list knows are different ones
TYPO = 80  # two words at least this alike are one word mistyped


class Vocabulary(NamedTuple):
    """The lists matching uses, from resources/matching/ and the user's own copy."""

    agencies: dict[tuple[str, ...], str]  # alias words -> agency key
    names: dict[str, str]  # agency key -> its name
    same: dict[str, str]
    abbreviations: dict[str, tuple[str, ...]]
    numbers: dict[str, str]
    filler: frozenset[str]
    places: dict[tuple[str, ...], str]  # place words -> place key
    longest: int  # most words in an alias or a place name
    acronyms: dict[str, frozenset[str]]  # agency key -> its one-word names ("dsda")
    place_keys: frozenset[str]
    agency_starts: frozenset[str]  # first words of the agency names
    place_starts: frozenset[str]  # first words of the place names


def plain_words(value: str) -> list[str]:
    """Lower-case ASCII words of a text: accents, punctuation and dashes gone."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(plain.casefold())


def user_folder() -> Path:
    """Where a secretariat's own copies of the lists go (see docs/merge.md)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "matching"


def _read(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    from importlib.resources import files  # here: only when the lists are first read

    shipped = json.loads(
        files("jakres_desk.resources").joinpath("matching", name).read_text(encoding="utf-8")
    )
    own = user_folder() / name
    if not own.is_file():
        return shipped, {}
    try:
        mine = json.loads(own.read_text(encoding="utf-8"))
        if not isinstance(mine, dict):
            raise ValueError("not a JSON object")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValidationError("matching_list_bad", path=str(own), detail=str(exc)) from exc
    return shipped, mine


@cache
def vocabulary() -> Vocabulary:
    """The matching lists, read once: shipped ones with the user's additions."""
    try:
        return _vocabulary()
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        detail = f"{type(exc).__name__}: {exc}"
        raise ValidationError("matching_list_bad", path=str(user_folder()), detail=detail) from exc


def _vocabulary() -> Vocabulary:
    agencies_file, own_agencies = _read("agencies.json")
    words, own_words = _read("words.json")
    places_file, own_places = _read("places.json")
    by_key = {a["key"]: a for a in agencies_file["agencies"]}
    by_key.update({a["key"]: a for a in own_agencies.get("agencies", [])})
    agencies = {
        tuple(plain_words(alias)): key
        for key, entry in by_key.items()
        for alias in [entry["name"], *entry.get("aliases", [])]
        if plain_words(alias)
    }
    merged = {k: {**words.get(k, {}), **own_words.get(k, {})} for k in ("same", "abbreviations")}
    numbers = {**words["numbers"], **own_words.get("numbers", {})}
    places_map = {**places_file["places"], **own_places.get("places", {})}
    places = {tuple(plain_words(n)): key for key, ns in places_map.items() for n in ns}
    return Vocabulary(
        agencies=agencies,
        names={key: entry["name"] for key, entry in by_key.items()},
        same=merged["same"],
        abbreviations={k: tuple(v.split()) for k, v in merged["abbreviations"].items()},
        numbers=numbers,
        filler=frozenset(words["filler"]) | frozenset(own_words.get("filler", [])),
        places=places,
        longest=max(len(k) for k in (*agencies, *places)),
        acronyms={
            key: frozenset(a[0] for a, k in agencies.items() if k == key and len(a) == 1)
            for key in by_key
        },
        place_keys=frozenset(places.values()),
        agency_starts=frozenset(k[0] for k in agencies),
        place_starts=frozenset(k[0] for k in places),
    )


def _phrases(
    words: list[str], table: dict[tuple[str, ...], str], starts: frozenset[str], longest: int
) -> Iterable[tuple[int, int, str]]:
    """(start, end, key) of each phrase of a table found in words, longest first, no overlap.

    `starts` holds the first words of the table's phrases: most words start none.
    """
    i = 0
    while i < len(words):
        if words[i] not in starts:
            i += 1
            continue
        for size in range(min(longest, len(words) - i), 0, -1):
            key = table.get(tuple(words[i : i + size]))
            if key is not None:
                yield i, i + size, key
                i += size
                break
        else:
            i += 1


def agencies_in(value: str, voc: Vocabulary | None = None) -> tuple[frozenset[str], list[str]]:
    """The agencies a text names (their keys) and its words no agency name explains."""
    voc = voc or vocabulary()
    words = plain_words(value)
    found: set[str] = set()
    rest: list[str] = []
    at = 0
    for start, end, key in _phrases(words, voc.agencies, voc.agency_starts, voc.longest):
        rest += words[at:start]
        found.add(key)
        at = end
    rest += words[at:]
    return frozenset(found), rest


def _expand(words: Iterable[str], voc: Vocabulary) -> list[str]:
    out: list[str] = []
    for word in words:
        out.extend(voc.abbreviations.get(word, (word,)))
    return out


def _is_acronym(word: str, before: list[str]) -> bool:
    """Whether a word is made of the initials of words before it ("KSB" after Kampung Siaga…)."""
    initials = "".join(w[0] for w in before if w)
    return len(word) >= 2 and word.isalpha() and word in initials


def _aside(match: re.Match[str], title: str, voc: Vocabulary, named: set[str]) -> str:
    """A bracketed part of a title: an agency name or an acronym of what precedes goes."""
    inner = match.group(1)
    found, rest = agencies_in(inner, voc)
    if found and not [w for w in rest if w not in voc.filler]:
        named.update(found)
        return " "
    words = plain_words(inner)
    before = _expand(plain_words(title[: match.start()]), voc)
    if len(words) == 1 and _is_acronym(words[0], before):
        return " "
    return f" ( {inner} ) "


class Key(NamedTuple):
    """A program's title and agency as compared."""

    title: str  # its words, normalised, in order
    agency: str  # agency keys (sorted) when the list knows them, else its words
    agencies: frozenset[str]  # the agency keys; empty when unknown or not given
    places: frozenset[str]  # the places the title names
    bare: str = ""  # the title without its bracketed asides (their numbers and places kept)


def _numbers(words: list[str]) -> list[str]:
    """Digits for numbers in words, "tiga belas" and "dua puluh" too; no leading zeros."""
    out: list[str] = []
    for word in words:
        if word.isdigit():
            word = word.lstrip("0") or "0"
        last = out[-1] if out and out[-1].isdigit() else None
        if last is not None and word == "belas":
            out[-1] = str(10 + int(last))
        elif last is not None and word == "puluh":
            out[-1] = str(10 * int(last))
        elif last is not None and word.isdigit() and last.endswith("0") and int(word) < 10:
            out[-1] = str(int(last) + int(word))
        else:
            out.append(word)
    return out


def _title_words(title: str, voc: Vocabulary, own: set[str]) -> tuple[list[str], list[str]]:
    """The compared words of a title, and of the title without its asides."""
    words = [w for w in _expand(_tokens(title), voc) if w not in own]
    spans = list(_phrases(words, voc.places, voc.place_starts, voc.longest))
    for start, end, key in reversed(spans):
        words[start:end] = [key]
    mapped: list[str] = []
    for word in words:
        mapped.extend(voc.numbers.get(word, voc.same.get(word, word)).split())
    mapped = _numbers(mapped)
    full = [w for w in mapped if w not in voc.filler and w not in "()"]
    bare: list[str] = []
    depth = 0
    for w in mapped:
        depth += (w == "(") - (w == ")")
        if w in voc.filler or w in "()":
            continue
        if depth == 0 or w.isdigit() or w in voc.place_keys:
            bare.append(w)
    return full, bare


def _tokens(value: str) -> list[str]:
    """plain_words, keeping brackets as words of their own."""
    out: list[str] = []
    for part in re.split(r"([()])", value):
        out.extend([part] if part in "()" and part else plain_words(part))
    return out


def normalise(title: str, agency: str = "", voc: Vocabulary | None = None) -> Key:
    """Title and agency as compared: Jakarta's names and words written one way."""
    voc = voc or vocabulary()
    found, rest = agencies_in(agency, voc)
    named: set[str] = set()
    title = _BRACKET.sub(lambda m: _aside(m, title, voc, named), title)
    found = found or frozenset(named)
    own = {w for key in found for w in voc.acronyms.get(key, ())}
    words, bare = _title_words(title, voc, own)
    places = frozenset(w for w in words if w in voc.place_keys)
    agency_words = [w for w in _expand(rest, voc) if w not in voc.filler]
    agency_text = " ".join(sorted(found)) if found else " ".join(agency_words)
    return Key(" ".join(words), agency_text, frozenset(found), places, " ".join(bare))


def agencies_agree(a: Key, b: Key) -> bool:
    """Whether two programs may be run by one agency (an unknown or missing one may)."""
    if not a.agency or not b.agency:
        return True
    if a.agencies and b.agencies:
        return bool(a.agencies & b.agencies)
    return fuzz.ratio(a.agency, b.agency) >= AGENCY_FLOOR


def _explained(word: str, others: list[str], spare: set[str]) -> tuple[int, int] | None:
    """Where in others a run of spare words is the word split ("pasca banjir") or spelled out."""
    for i, first in enumerate(others):
        if first not in spare or first[0] != word[0]:
            continue
        joined, initials = first, first[0]
        for j in range(i + 1, len(others)):
            if others[j] not in spare:
                break
            joined, initials = joined + others[j], initials + others[j][0]
            if word in (joined, initials):
                return i, j + 1
            if not (word.startswith(joined) or word.startswith(initials)):
                break
    return None


def _may_reconcile(a: list[str], b: list[str]) -> bool:
    """A quick look: could a word of one title be two words, or initials, of the other?"""
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    for one, other in ((only_a, only_b), (only_b, only_a)):
        starts = {w[0] for w in other}
        for word in one:
            if (
                len(word) > 1
                and word[0] in starts
                and (
                    word[1] in starts
                    or any(word.startswith(w) for w in other if len(w) < len(word))
                )
            ):
                return True
    return False


def reconcile(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    """Both titles with a word one writes as two or as initials written the other's way."""
    a, b = list(a), list(b)
    for one, other in ((a, b), (b, a)):
        for word in [w for w in one if w not in other]:
            at = _explained(word, other, set(other) - set(one))
            if at is not None:
                other[at[0] : at[1]] = [word]
    return a, b


def words_agree(a: list[str], b: list[str]) -> bool:
    """Whether two titles differ only by typos (and at most one extra word).

    Similar titles often share a long common part ("sumur resapan kelurahan")
    and differ in the word that matters (the place, the RW): numbers must be
    the same, and a word of one title without a near twin (ratio TYPO) in the
    other is allowed only once. Give it reconciled titles (see reconcile).
    """
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    if {w for w in only_a | only_b if w.isdigit()}:
        return False
    lonely = [w for w in only_a if not any(fuzz.ratio(w, v) >= TYPO for v in only_b)]
    lonely += [w for w in only_b if not any(fuzz.ratio(w, v) >= TYPO for v in only_a)]
    return len(lonely) <= 1


def similarity(a: str, b: str) -> float:
    """How alike two titles are, 0-100, whatever the order or the spacing of their words."""
    ordered = fuzz.ratio(" ".join(sorted(a.split())), " ".join(sorted(b.split())))
    joined = fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))
    return float(max(ordered, joined))


def same_program(a: Key, b: Key, threshold: float = 85) -> float | None:
    """The similarity of two programs when they may be one, else None.

    Each title is tried whole and without its bracketed asides; the best
    agreeing pair of forms counts.
    """
    if not a.title or not b.title:
        return None
    if a.places and b.places and a.places != b.places:
        return None  # the same kind of program in another place
    if not agencies_agree(a, b):
        return None
    best: float | None = None
    for x in {a.title, a.bare or a.title}:
        for y in {b.title, b.bare or b.title}:
            xs, ys = x.split(), y.split()
            if not words_agree(xs, ys):
                if not _may_reconcile(xs, ys):
                    continue
                xs, ys = reconcile(xs, ys)
            if xs and ys and words_agree(xs, ys):
                score = similarity(" ".join(xs), " ".join(ys))
                best = score if best is None else max(best, score)
    return best if best is not None and best >= threshold else None
