"""Security headers on every response, public pages and back office alike."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Content-Security-Policy (settings.CONTENT_SECURITY_POLICY) and the usual headers Django's
    SecurityMiddleware does not set. The policy allows scripts and styles from this site only:
    templates carry no inline script or style, and htmx is a vendored static file."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        if policy:
            response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.path.startswith(("/office/", "/accounts/")):
            # Back office pages hold drafts: never kept by a shared cache or the browser's.
            response.headers.setdefault("Cache-Control", "no-store")
        return response
