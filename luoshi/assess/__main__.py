"""``python -m luoshi.assess IN.jsonl`` (``-`` for stdin): assessed rows as JSON lines on stdout."""
from __future__ import annotations

import sys

from .jsonl import BadLine, run


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m luoshi.assess IN.jsonl   (- for stdin)", file=sys.stderr)
        return 2
    try:
        if args[0] == "-":
            run(sys.stdin, sys.stdout)
        else:
            with open(args[0], encoding="utf-8") as f:
                run(f, sys.stdout)
    except BadLine as e:
        print(f"{args[0]}: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{args[0]}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
