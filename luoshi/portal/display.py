"""The 适老化 display mode: large text and high contrast, chosen by a link that sets a cookie.

Works without JavaScript: the link goes to `display`, which sets the cookie and sends the reader
back; every page then renders with the mode's classes on <body>.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

COOKIE = "luoshi_display"
LARGE = "large"
BODY_CLASSES = {LARGE: "large-text high-contrast"}
ONE_YEAR = 365 * 24 * 3600


def mode_of(request) -> str:
    value = request.COOKIES.get(COOKIE, "")
    return value if value in BODY_CLASSES else ""


def _site_domain(request) -> str:
    if settings.SITE_URL:
        return urlsplit(settings.SITE_URL).netloc
    return request.get_host()


def display(request):
    """Context processor: the mode's body classes, the toggle's link, the 47号 site meta values."""
    mode = mode_of(request)
    here = request.get_full_path()
    return {
        "display_mode": mode,
        "body_class": BODY_CLASSES.get(mode, ""),
        "display_toggle_url": reverse("portal:display") + "?" + urlencode({"mode": "" if mode else LARGE, "next": here}),
        "site_domain": _site_domain(request),
        "site_id_code": settings.SITE_ID_CODE,
    }


@require_safe
def set_display(request):
    """Set (mode=large) or clear (mode=) the display mode, then go back to `next` on this site."""
    mode = request.GET.get("mode", "")
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = reverse("portal:home")
    response = HttpResponseRedirect(target)
    if mode in BODY_CLASSES:
        response.set_cookie(COOKIE, mode, max_age=ONE_YEAR, samesite="Lax", httponly=True,
                            secure=settings.SESSION_COOKIE_SECURE)
    else:
        response.delete_cookie(COOKIE, samesite="Lax")
    # The answer depends on the query only; never let a shared cache keep one reader's cookie.
    response["Cache-Control"] = "no-store"
    return response
