"""Record ids and timestamps, the provenance every synced record carries."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta

_lock = threading.Lock()
_last = datetime.min.replace(tzinfo=UTC)

# Built-in records (preset focus areas, pillar categories) get name-based ids so
# that two files made from the same preset agree on them and merge cleanly.
NAMESPACE = "6f1d3c1e-5b0a-4a8e-9f4e-0c6a3a7e1b2d"

# uuid.uuid4() and str(uuid.UUID(text)) written out: the uuid module imports `platform`
# and asks it what system this is, a cost every command paid for a few ids.
_VARIANT_CLEAR, _VARIANT = ~(0xC000 << 48), 0x8000 << 48  # RFC 4122
_VERSION_CLEAR, _VERSION_4 = ~(0xF000 << 64), 4 << 76


def new_id() -> str:
    """A fresh random UUID (version 4) for a new record, as str(uuid.uuid4())."""
    n = int.from_bytes(os.urandom(16), "big")
    return _dashed((n & _VARIANT_CLEAR | _VARIANT) & _VERSION_CLEAR | _VERSION_4)


def canonical_uuid(text: str) -> str:
    """str(uuid.UUID(text)): the UUID in its usual form; ValueError if it is not one."""
    digits = text.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return _dashed(int(digits, 16))


def _dashed(n: int) -> str:
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def stable_id(*parts: str) -> str:
    """A UUID derived from names, identical on every device."""
    import uuid  # only when building presets

    return str(uuid.uuid5(uuid.UUID(NAMESPACE), "/".join(parts)))


def now_stamp() -> str:
    """UTC time in ISO form, strictly increasing within this process."""
    global _last
    with _lock:
        now = datetime.now(UTC)
        if now <= _last:
            now = _last + timedelta(microseconds=1)
        _last = now
    return now.isoformat(timespec="microseconds")
