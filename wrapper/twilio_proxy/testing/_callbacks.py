"""Posting a callback to the app as Proxy does: form-encoded, signed with the auth token.

Every callback carries ``X-Twilio-Signature``, computed over the exact URL
configured on the Service (``compute_signature``, as Twilio signs), and
Proxy's User-Agent; a URL's ``user:password`` goes as basic auth. It is sent
directly (no proxy from the environment, no redirect followed) with a time
limit; a refused connection, a timeout or a malformed answer is no answer
(None), so a failing app never breaks the fake.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from .._signature import compute_signature
from ._state import Answer, Callback

# Proxy's User-Agent, as Twilio sends it.
USER_AGENT = "TwilioProxy/1.1"
# What is read of an answer (an out-of-session JSON answer is a few hundred bytes).
MAX_ANSWER = 64 << 10


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a 3xx is the answer itself


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def post(callback: Callback, *, auth_token: str, timeout: float) -> Answer | None:
    """POST *callback* to the app; its answer, or None when none came in time."""
    headers = {
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        # Signed over the URL as configured on the Service, credentials and all.
        "X-Twilio-Signature": compute_signature(callback.url, callback.form, auth_token=auth_token),
        "User-Agent": USER_AGENT,
    }
    url = urllib.parse.urlsplit(callback.url)
    if url.username is not None:  # https://user:pass@host/…: sent as basic auth
        userinfo = (
            f"{urllib.parse.unquote(url.username)}:{urllib.parse.unquote(url.password or '')}"
        )
        headers["Authorization"] = "Basic " + base64.b64encode(userinfo.encode()).decode()
        url = url._replace(netloc=url.netloc.rpartition("@")[2])
    # http(s) only: the fake refuses any other callback URL (as Twilio does).
    request = urllib.request.Request(  # noqa: S310
        url.geturl(),
        data=urllib.parse.urlencode(callback.form).encode("utf-8"),
        method="POST",
        headers=headers,
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return _answer(response.status, response.headers, response.read(MAX_ANSWER))
    except urllib.error.HTTPError as exc:
        with exc:
            return _answer(exc.code, exc.headers, exc.read(MAX_ANSWER))
    except (OSError, ValueError):  # refused, reset, timed out, not a URL
        return None


def _answer(status: int, headers: Message, body: bytes) -> Answer:
    return Answer(status, headers.get_content_type(), body)
