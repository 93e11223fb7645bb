"""The catalogue sorts itself in the order Qt's proxy sort gave, column by column.

`CatalogueModel.sort_rows` sorts in Python on keys computed once, where
QSortFilterProxyModel asked the model for both keys of every comparison. The
reference here is a plain QSortFilterProxyModel over the same records.
"""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import QSortFilterProxyModel, Qt

from jakres_desk.core.records import ProgramRecord
from jakres_desk.ui.models.base import RECORD_ROLE, SORT_ROLE
from jakres_desk.ui.models.candidates import CatalogueFilter, CatalogueModel

WORDS = ["Bank", "bank", "Sampah", "IPAL", "ipal", "Ünïcödé", "城市", "😀 emoji", "Émile", "", "a"]


def records(n: int = 120) -> list[ProgramRecord]:
    rnd = random.Random(5)
    out = []
    for i in range(n):
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3))) or "x"
        agency = rnd.choice(["Dinas A", "dinas a", "", "Ünï", "城"])
        areas = tuple(sorted(rnd.sample([1, 2, 3, 4, 5], rnd.randint(0, 2))))
        out.append(
            ProgramRecord(
                f"p{i:03d}", title, agency, "", rnd.choice(["catalogue", "room"]), None, areas
            )
        )
    return sorted(out, key=lambda p: (p.title, p.id))  # as list_programs gives them


def ids(proxy) -> list[str]:
    return [proxy.index(r, 0).data(RECORD_ROLE).id for r in range(proxy.rowCount())]


def statuses(proxy) -> list[str]:
    return [proxy.index(r, 3).data(SORT_ROLE) for r in range(proxy.rowCount())]


def test_every_column_and_order_sorts_as_the_proxy_did(qapp) -> None:
    rows = records()
    taken = {p.id for p in rows[::3]}
    old_model, new_model = CatalogueModel(), CatalogueModel()
    old = QSortFilterProxyModel()
    old.setSortRole(SORT_ROLE)
    old.setSourceModel(old_model)
    new = CatalogueFilter()
    new.setSourceModel(new_model)
    for model in (old_model, new_model):
        model.set_rows(rows)
        model.set_taken(taken)
    orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
    # Each sort after another: ties keep the order the previous sort left.
    for column, order in itertools.product(range(4), orders):
        old.sort(column, order)
        new.sort(column, order)
        assert ids(new) == ids(old), (column, order)
    for column, order in ((3, orders[1]), (0, orders[0]), (2, orders[1])):
        old.sort(column, order)
        new.sort(column, order)
        for model in (old_model, new_model):
            model.set_rows(list(reversed(rows)))  # a reload keeps the order chosen
        assert ids(new) == ids(old), (column, order)
        new_taken = {p.id for p in rows[::2]}
        for model in (old_model, new_model):
            model.set_taken(new_taken)  # sorted by status: the order follows
        # The same sort keys (candidate or not) in the same order; rows of one status
        # keep their order (Qt re-inserted each changed row: equal ones could move).
        assert statuses(new) == statuses(old), (column, order)
        assert sorted(ids(new)) == sorted(ids(old))
