"""The `luoshi` command: Django's management commands under the project's own name.

`luoshi migrate`, `luoshi import FILE`, `luoshi serve`, … — the data folder is made on first use.
"""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luoshi.settings")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    # SQLite's file and WhiteNoise's static root live in the data folder.
    os.makedirs(settings.STATIC_ROOT, exist_ok=True)
    execute_from_command_line(["luoshi", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
