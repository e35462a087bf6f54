"""`luoshi demo`: load the demo report and a superuser so a new user sees a working system at once."""

import os
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from luoshi import ingest
from luoshi.ingest.load import load_report
from luoshi.office import demo as office_demo

DEMO_DIR = Path(__file__).resolve().parents[3] / "demo"
DEMO_USER = "admin"


def demo_password():
    return os.environ.get("LUOSHI_DEMO_PASSWORD", "luoshi-demo")


class Command(BaseCommand):
    help = (
        "Load the demo plan (a fictional street's report, luoshi/demo/*.txt) as published disclosures, "
        f"and create the superuser '{DEMO_USER}' (password from LUOSHI_DEMO_PASSWORD, default "
        "'luoshi-demo') if absent, and the back office's office admin, reviewer, unit reporter and "
        "leader of 青禾街道 (same password). Safe to run twice: what exists is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("--credentials", action="store_true", help="only print how to log in")

    def handle(self, credentials=False, **options):
        if credentials:
            self.stdout.write(f"log in as {DEMO_USER} / {demo_password()}")
            for line in office_demo.credentials(demo_password()):
                self.stdout.write(f"back office /office/: {line}")
            return
        for path in sorted(DEMO_DIR.glob("*.txt")):
            result = load_report(ingest.parse_file(path))
            verb = "loaded" if result.created else "already loaded"
            self.stdout.write(f"{verb}: {result.disclosure.title} -> {result.disclosure.get_absolute_url()}")
        User = get_user_model()
        if User.objects.filter(username=DEMO_USER).exists():
            self.stdout.write(f"superuser {DEMO_USER} exists")
        else:
            User.objects.create_superuser(DEMO_USER, "", demo_password())
            self.stdout.write(f"created superuser {DEMO_USER}")
        for line in office_demo.seed_office(demo_password()):
            self.stdout.write(line)
