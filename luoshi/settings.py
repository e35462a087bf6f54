"""Settings, all from LUOSHI_* environment variables through helpers that refuse bad values.

SQLite under ./data works after a fresh clone; LUOSHI_DATABASE_URL=postgres://… switches to PostgreSQL.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = BASE_DIR.parent


def envstr(name, default):
    return os.environ.get(name, default)


def envbool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected true or false")


def envint(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: expected an integer") from None


def envlist(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def cache_from_url(url, data_dir):
    """LUOSHI_CACHE_URL -> a CACHES entry: empty or locmem:// (per process), file:///path (shared by
    the server's workers; file:// alone means <data dir>/cache), redis://host:port/db, dummy://."""
    scheme, _, rest = url.partition("://")
    if not url or scheme == "locmem":
        # Bounded: each server process keeps its own copy (a PDF is about 0.5 MB, a page 50 KB).
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "luoshi",
                "OPTIONS": {"MAX_ENTRIES": 500}}
    if scheme == "file":
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": rest or str(data_dir / "cache"), "OPTIONS": {"MAX_ENTRIES": 20000}}
    if scheme in ("redis", "rediss"):
        import importlib.util

        if importlib.util.find_spec("redis") is None:
            raise ImproperlyConfigured("LUOSHI_CACHE_URL is redis://…: install the redis package (pip install redis)")
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(f"LUOSHI_CACHE_URL={url!r}: expected locmem://, file://PATH, redis://… or dummy://")


DATA_DIR = Path(envstr("LUOSHI_DATA_DIR", str(CHECKOUT_DIR / "data")))

DEBUG = envbool("LUOSHI_DEBUG", False)
SECRET_KEY = envstr("LUOSHI_SECRET_KEY", "")
if not SECRET_KEY:
    # A fixed key is only acceptable for a local checkout: say so where it matters.
    SECRET_KEY = "luoshi-insecure-local-key-set-LUOSHI_SECRET_KEY-in-production"
ALLOWED_HOSTS = envlist("LUOSHI_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
# The public address of the site, for QR codes and share links; empty means "as requested".
SITE_URL = envstr("LUOSHI_SITE_URL", "").rstrip("/")
SITE_NAME = envstr("LUOSHI_SITE_NAME", "落实 · 政府工作报告重点任务公开")
# 网站标识码 of 国办发〔2017〕47号, given by the government portal registry; shown in the SiteIDCode meta tag.
SITE_ID_CODE = envstr("LUOSHI_SITE_ID_CODE", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "luoshi.plans",
    "luoshi.progress",
    "luoshi.publish",
    "luoshi.portal",
    "luoshi.search",
    "luoshi.office",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache below, so cached pages carry the same headers as rendered ones.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "luoshi.office.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "luoshi.portal.pagecache.CachedPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "luoshi.urls"
WSGI_APPLICATION = "luoshi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "luoshi.portal.context.site",
                "luoshi.portal.display.display",
            ],
        },
    },
]

DATABASE_URL = envstr("LUOSHI_DATABASE_URL", f"sqlite:///{DATA_DIR / 'luoshi.sqlite3'}")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("LUOSHI_DB_CONN_MAX_AGE", 60))}
except ValueError as e:
    raise ImproperlyConfigured(f"LUOSHI_DATABASE_URL: {e}") from None

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Connections are kept (LUOSHI_DB_CONN_MAX_AGE) as for PostgreSQL: when the last connection to a
    # WAL database closes, SQLite checkpoints and deletes the WAL, and a connection per request made
    # every page 2 ms slower, with a p99 of 80 ms (bench/portal.py).
    DATABASES["default"]["OPTIONS"] = {
        # Several server threads write (the visit counter): wait for the lock rather than fail,
        # and take it at BEGIN so two readers never deadlock upgrading to writers.
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory, so that tests with threads share one database.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Published pages' tables and downloads are immutable: cached (see luoshi/portal/downloads.py).
CACHES = {"default": cache_from_url(envstr("LUOSHI_CACHE_URL", ""), DATA_DIR)}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
TIME_ZONE = envstr("LUOSHI_TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve straight from the app folders: `luoshi serve` needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_MAX_AGE = 3600

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("LUOSHI_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Behind HTTPS (secure cookies on), browsers are told to use nothing else for a year.
SECURE_HSTS_SECONDS = envint("LUOSHI_HSTS_SECONDS", 31536000 if SESSION_COOKIE_SECURE else 0)

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/office/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

# Argon2 first: new and changed passwords are hashed with it; older hashes still verify.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out username+IP before the password is even checked (django-axes).
    "luoshi.office.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("LUOSHI_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("LUOSHI_LOGIN_COOLOFF_MINUTES", 15) / 60  # hours
# A username from one address: colleagues behind one government NAT do not lock each other out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "office/locked_out.html"
AXES_VERBOSE = False

# Scripts and styles from this site only: no inline code anywhere (htmx and ECharts are static files).
CONTENT_SECURITY_POLICY = envstr(
    "LUOSHI_CONTENT_SECURITY_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
)
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = envint("LUOSHI_SESSION_HOURS", 12) * 3600
CSRF_COOKIE_HTTPONLY = True

# Mail for reminders (luoshi remind): SMTP when LUOSHI_EMAIL_HOST is set, else printed to the console.
EMAIL_HOST = envstr("LUOSHI_EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = envint("LUOSHI_EMAIL_PORT", 465)
EMAIL_HOST_USER = envstr("LUOSHI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = envstr("LUOSHI_EMAIL_PASSWORD", "")
EMAIL_USE_SSL = envbool("LUOSHI_EMAIL_SSL", EMAIL_PORT == 465)
DEFAULT_FROM_EMAIL = envstr("LUOSHI_EMAIL_FROM", "luoshi@localhost")
# A DingTalk-style robot URL: reminders are also posted there as {"msgtype": "text", ...}.
REMINDER_WEBHOOK = envstr("LUOSHI_REMINDER_WEBHOOK", "")
REMINDER_DAYS_BEFORE = envint("LUOSHI_REMINDER_DAYS_BEFORE", 3)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LUOSHI_LOG_LEVEL", "WARNING")},
}
