"""Posting a callback to the app as Proxy does: form-encoded, signed with the auth token.

Every callback carries ``X-Twilio-Signature``, computed over the exact URL
configured on the Service (``compute_signature``, as Twilio signs), and
Proxy's User-Agent. A URL's ``user:password`` is sent as Twilio sends it: the
first request goes without it, and only an answer of 401 asking for basic auth
(``WWW-Authenticate: Basic``) gets the same request again with it. It is sent
directly (http and https only, no proxy from the environment, no redirect
followed) with a time limit; a refused connection, a timeout or an answer that
is not HTTP is no answer (None), so a failing app never breaks the fake.
"""

from __future__ import annotations

import base64
import http.client
import urllib.parse
import urllib.request
from email.message import Message

from .._signature import compute_signature
from ._state import Answer, Callback

# Proxy's User-Agent, as Twilio sends it.
USER_AGENT = "TwilioProxy/1.1"
# What is read of an answer (an out-of-session JSON answer is a few hundred bytes).
MAX_ANSWER = 64 << 10

# Only these two handlers: no file:, ftp: or data: URLs, no proxy, no redirect,
# and every status (4xx and 5xx too) is an answer rather than an exception.
_OPENER = urllib.request.OpenerDirector()
_OPENER.add_handler(urllib.request.HTTPHandler())
_OPENER.add_handler(urllib.request.HTTPSHandler())


def post(callback: Callback, *, auth_token: str, timeout: float) -> Answer | None:
    """POST *callback* to the app; its answer, or None when none came in time."""
    headers = {
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        # Signed over the URL as configured on the Service, credentials and all.
        "X-Twilio-Signature": compute_signature(callback.url, callback.form, auth_token=auth_token),
        "User-Agent": USER_AGENT,
    }
    url = urllib.parse.urlsplit(callback.url)
    body = urllib.parse.urlencode(callback.form).encode("utf-8")
    credentials = None
    if url.username is not None:  # https://user:pass@host/…
        userinfo = (
            f"{urllib.parse.unquote(url.username)}:{urllib.parse.unquote(url.password or '')}"
        )
        credentials = "Basic " + base64.b64encode(userinfo.encode()).decode()
        url = url._replace(netloc=url.netloc.rpartition("@")[2])
    sent = _send(url.geturl(), body, headers, timeout)
    if credentials is not None and sent is not None and sent[0].status == 401 and sent[1]:
        sent = _send(url.geturl(), body, {**headers, "Authorization": credentials}, timeout)
    return sent[0] if sent is not None else None


def _send(
    url: str, body: bytes, headers: dict[str, str], timeout: float
) -> tuple[Answer, bool] | None:
    """The app's answer, and whether it asks for basic auth; None when none came."""
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)  # noqa: S310
    try:
        response = _OPENER.open(request, timeout=timeout)
        if response is None:  # a scheme neither handler takes
            return None
        with response:
            raw = response.read(MAX_ANSWER)
    except (OSError, ValueError, http.client.HTTPException):  # refused, timed out, not HTTP
        return None
    headers_in: Message = response.headers
    challenge = (headers_in.get("WWW-Authenticate") or "").strip().lower()
    return Answer(response.status, headers_in.get_content_type(), raw), challenge.startswith(
        "basic"
    )
