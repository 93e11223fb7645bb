"""What a committed write tells those listening, and when the WAL is folded back.

Shared by store/db.py (the ORM's writes) and store/plain.py (the merge's bare
sqlite3 writes), so that neither needs the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

WAL_SOFT_LIMIT = 4 * 1024 * 1024  # ORM writes and merges (bulk, rare): keep the WAL small
WAL_HARD_LIMIT = 64 * 1024 * 1024  # votes: leave checkpoints to idle time unless huge


class Change(NamedTuple):
    """What one committed write touched: table names and record ids."""

    tables: frozenset[str]
    ids: frozenset[str]


Listener = Callable[[Change], None]
