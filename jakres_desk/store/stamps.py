"""Record ids and timestamps, the provenance every synced record carries."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

_lock = threading.Lock()
_last = datetime.min.replace(tzinfo=UTC)

# Built-in records (preset focus areas, pillar categories) get name-based ids so
# that two files made from the same preset agree on them and merge cleanly.
NAMESPACE = uuid.UUID("6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2d")


def new_id() -> str:
    """A fresh random UUID for a new record."""
    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    """A UUID derived from names, identical on every device."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def now_stamp() -> str:
    """UTC time in ISO form, strictly increasing within this process."""
    global _last
    with _lock:
        now = datetime.now(UTC)
        if now <= _last:
            now = _last + timedelta(microseconds=1)
        _last = now
    return now.isoformat(timespec="microseconds")
