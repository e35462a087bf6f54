"""`luoshi serve`: the production server (gunicorn) with static files from WhiteNoise."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, options):
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from luoshi.wsgi import application

        return application


class Command(BaseCommand):
    help = (
        "Serve Luoshi with gunicorn (not runserver) on 127.0.0.1, DEBUG off, static files included, "
        "on the configured database. Put a reverse proxy in front of it for other addresses."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=int(os.environ.get("LUOSHI_PORT", "8000")))
        parser.add_argument("--host", default=os.environ.get("LUOSHI_HOST", "127.0.0.1"))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("LUOSHI_WORKERS", "2")))
        parser.add_argument("--threads", type=int, default=int(os.environ.get("LUOSHI_THREADS", "2")))

    def handle(self, port, host, workers, threads, **options):
        if settings.DEBUG:
            raise CommandError("LUOSHI_DEBUG is on: `luoshi serve` is for production; unset it", returncode=2)
        if not 0 < port < 65536:
            raise CommandError(f"--port {port}: expected 1-65535", returncode=2)
        self.stdout.write(f"serving Luoshi at http://{host}:{port}/ ({workers} workers × {threads} threads)")
        self.stdout.flush()
        _Gunicorn(
            {
                "bind": f"{host}:{port}",
                "workers": workers,
                "threads": threads,
                "worker_class": "gthread",
                "accesslog": os.environ.get("LUOSHI_ACCESS_LOG") or None,
                "errorlog": "-",
                "loglevel": "warning",
                "timeout": 60,
            }
        ).run()
