"""The create form's arguments: a message body and/or media URLs, checked before any I/O."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence

from ._exceptions import InvalidArgumentError

# No whitespace or control characters anywhere in a URL we pass on.
_URL_CHARS = re.compile(r"[!-~]+")
MAX_MEDIA_URLS = 10


def check_form(body: object, media_url: object) -> dict[str, object]:
    """The keyword arguments of the generated request body (only those given).

    At least one of *body* and *media_url* is required (Twilio's rule for this
    operation). *media_url* is one URL or a sequence of them, each http(s)
    with a host.
    """
    form: dict[str, object] = {}
    if body is not None:
        if type(body) is not str or not body:
            raise InvalidArgumentError(
                f"body must be a non-empty str, got {_shape(body)}", argument="body"
            )
        form["body"] = body
    if media_url is not None:
        urls = [media_url] if isinstance(media_url, str) else media_url
        if not isinstance(urls, Sequence) or not urls or len(urls) > MAX_MEDIA_URLS:
            raise InvalidArgumentError(
                f"media_url must be a URL or a list of 1 to {MAX_MEDIA_URLS} URLs, "
                f"got {_shape(media_url)}",
                argument="media_url",
            )
        form["media_url"] = [_check_url(url) for url in urls]
    if not form:
        raise InvalidArgumentError(
            "pass body= or media_url= (or both): a message needs one of them",
            argument="body",
        )
    return form


def _check_url(url: object) -> str:
    if type(url) is str and _URL_CHARS.fullmatch(url):
        try:
            parts = urllib.parse.urlsplit(url)
        except ValueError:
            parts = None
        if parts is not None and parts.scheme in ("http", "https") and parts.hostname:
            return url
    raise InvalidArgumentError(
        f"each media_url must be an http:// or https:// URL with a host, got {_shape(url)}",
        argument="media_url",
    )


def _shape(value: object) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:60] + "…"
        return f"{shown!a}"
    return f"a {type(value).__name__}"
