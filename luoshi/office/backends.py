"""django-axes' lockout check, for logins that come over HTTP."""

from axes.backends import AxesStandaloneBackend


class AxesBackend(AxesStandaloneBackend):
    """Axes needs the request (its IP) to throttle; an authentication without one did not come
    over HTTP (a test client's login(), a shell), so there is nothing to throttle and the next
    backend decides. Every web login form (ours and the admin's) passes the request."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
