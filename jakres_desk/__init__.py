"""jakres-desk: offline desktop app for Resilient Jakarta priority-program workshops."""

__version__ = "0.1.0"
