"""Category cells merge over the rows that share their path, as rowspans do on the original page."""

import pytest

from luoshi.publish.table import category_cells


def layout(paths, depth):
    return [[(c.text, c.rowspan, c.colspan) for c in row] for row in category_cells(paths, depth)]


CASES = [
    (
        "outer level spans its rows, inner cells one each",
        [["A", "a1"], ["A", "a2"], ["A", "a3"], ["B", "b1"]],
        2,
        [[("A", 3, 1), ("a1", 1, 1)], [("a2", 1, 1)], [("a3", 1, 1)], [("B", 1, 1), ("b1", 1, 1)]],
    ),
    (
        "inner level spans too when repeated",
        [["A", "a1"], ["A", "a1"], ["B", "b1"]],
        2,
        [[("A", 2, 1), ("a1", 2, 1)], [], [("B", 1, 1), ("b1", 1, 1)]],
    ),
    (
        "the same inner name under another outer is another cell",
        [["A", "x"], ["B", "x"]],
        2,
        [[("A", 1, 1), ("x", 1, 1)], [("B", 1, 1), ("x", 1, 1)]],
    ),
    (
        "a shorter path widens its last cell",
        [["A"], ["B", "b1"]],
        2,
        [[("A", 1, 2)], [("B", 1, 1), ("b1", 1, 1)]],
    ),
    ("no categories at all", [[], []], 0, [[], []]),
    ("a row without a category gets an empty cell", [["A"], []], 1, [[("A", 1, 1)], [("", 1, 1)]]),
]


@pytest.mark.parametrize("name,paths,depth,expected", CASES, ids=[c[0] for c in CASES])
def test_cells_merge_as_on_the_original(name, paths, depth, expected):
    assert layout(paths, depth) == expected
