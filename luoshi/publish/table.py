"""Lay out a frozen table as the government page shows it: category cells merged over their rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1


def category_cells(paths: list[list[str]], depth: int) -> list[list[Cell]]:
    """For each row, the category cells it starts (empty where a cell above spans into it).

    A level's cell spans the following rows that share the whole path down to that level, as a
    `rowspan` does on the original page; a path shorter than `depth` widens its last cell.
    """
    result: list[list[Cell]] = [[] for _ in paths]
    for level in range(depth):
        i = 0
        while i < len(paths):
            path = paths[i]
            if len(path) <= level:
                if level == 0:
                    result[i].append(Cell("", colspan=depth))
                i += 1
                continue
            j = i + 1
            while j < len(paths) and len(paths[j]) > level and paths[j][: level + 1] == path[: level + 1]:
                j += 1
            colspan = depth - level if len(path) == level + 1 else 1
            result[i].append(Cell(path[level], rowspan=j - i, colspan=colspan))
            i = j
    return result
