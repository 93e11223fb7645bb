"""The services' limits and choices, kept apart from the services (which need the ORM).

The services check what a person types against them; core/rules/values.py checks
every value entering a file (a merge, a load) against the same ones, without
importing SQLAlchemy.
"""

from __future__ import annotations

NAME_MAX = 300  # characters of a name, a title, an organisation
TEXT_MAX = 20_000  # characters of a description, a note
WEIGHT_MAX = 100.0  # a criterion's weight
SOURCES = ("room", "suggested", "reported")  # where a criterion came from
ORIGINS = ("catalogue", "room")  # where a program came from
