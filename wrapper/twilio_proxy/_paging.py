"""Paging: the list arguments, one page read from an answer, and which next page may be followed.

Twilio's list answers are ``{"<key>": [...], "meta": {"key": "<key>",
"next_page_url": ..., ...}}``. The items are found under ``meta.key`` (as
Twilio's own libraries read them; for Message Interactions it is
``interactions``), else under the array the spec names. ``next_page_url`` is
absolute and null on the last page. A next page is only followed on the
list's own path and host, and the request for it is always sent to the
client's own base URL: a broken or hostile answer cannot steer the
credentials elsewhere.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import TypeVar

from twilio_proxy_api.typed import Field

from ._exceptions import InvalidArgumentError
from ._parsing import InvalidBody, json_type, parser_for

R = TypeVar("R")

MAX_PAGE_SIZE = 1000
# A query passed on as it is: printable ASCII without spaces, nothing else.
_QUERY = re.compile(r"[!-~]*")
# Twilio answers a regional or edge host (proxy.dublin.ie1.twilio.com) with
# next_page_urls on any of its proxy hosts; Twilio's libraries send them to
# the client's own host. So do we.
_TWILIO_PROXY_HOST = re.compile(r"proxy(\.[a-z0-9-]+)*\.twilio\.com")


def check_page_size(value: object) -> int | None:
    """*value* if it is None or an int from 1 to 1000, else InvalidArgumentError."""
    if value is None or (type(value) is int and 1 <= value <= MAX_PAGE_SIZE):
        return value
    raise InvalidArgumentError(
        f"page_size must be an int from 1 to {MAX_PAGE_SIZE}, got {ascii(value)[:40]}",
        argument="page_size",
    )


def check_limit(value: object) -> int | None:
    """*value* if it is None or an int >= 0, else InvalidArgumentError."""
    if value is None or (type(value) is int and value >= 0):
        return value
    raise InvalidArgumentError(
        f"limit must be an int >= 0 (or None for all), got {ascii(value)[:40]}",
        argument="limit",
    )


def read_page(payload: object, default_key: str) -> tuple[list[object], object]:
    """The raw items and the raw ``meta.next_page_url`` of a decoded list answer."""
    if type(payload) is not dict:
        raise InvalidBody(f"the body is a JSON {json_type(payload)}, not an object")
    meta = payload.get("meta")
    if meta is None:
        meta = {}
    if type(meta) is not dict:
        raise InvalidBody(f"field 'meta' is a JSON {json_type(meta)}, expected an object")
    key = meta.get("key")
    if not (type(key) is str and key in payload):
        key = default_key
        if key not in payload:
            # No usable meta.key and not the spec's name: the one array there is.
            arrays = [k for k, v in payload.items() if k != "meta" and type(v) is list]
            if len(arrays) == 1:
                key = arrays[0]
    items = payload.get(key)
    if type(items) is not list:
        raise InvalidBody(f"field {key!r} is a JSON {json_type(items)}, expected an array")
    return items, meta.get("next_page_url")


def parse_items(model: type[R], fields: tuple[Field, ...], items: list[object]) -> list[R]:
    """Every item of a page as *model*; an item of the wrong shape names its index."""
    parsed = []
    parse = parser_for(model, fields)
    for index, item in enumerate(items):
        try:
            parsed.append(parse(item))
        except InvalidBody as exc:
            raise InvalidBody(f"item {index}: {exc}") from None
    return parsed


def next_path(next_page_url: object, *, base_url: str, path: str) -> str | None:
    """The path and query to request for the next page, or None on the last page.

    *base_url* is the client's; *path* is the list's path under it. Raises
    InvalidBody when the URL is not a string, leaves the client's host (or
    Twilio's proxy hosts when the client talks to Twilio), or the list's path.
    """
    if next_page_url is None:
        return None
    if type(next_page_url) is not str:
        raise InvalidBody(
            f"field 'next_page_url' is a JSON {json_type(next_page_url)}, expected a string"
        )
    base = urllib.parse.urlsplit(base_url)
    try:
        url = urllib.parse.urlsplit(next_page_url)
        port = url.port
    except ValueError:
        raise InvalidBody("next_page_url is not a valid URL") from None
    same_host = url.scheme == base.scheme and (url.hostname, port) == (base.hostname, base.port)
    twilio = (
        url.scheme == base.scheme == "https"
        and port in (None, 443)
        and base.hostname is not None
        and url.hostname is not None
        and bool(_TWILIO_PROXY_HOST.fullmatch(base.hostname))
        and bool(_TWILIO_PROXY_HOST.fullmatch(url.hostname))
    )
    credentials = url.username is not None or url.password is not None
    if (url.scheme or url.netloc) and (credentials or not (same_host or twilio)):
        raise InvalidBody("next_page_url leaves the client's host; it was not followed")
    if url.path != base.path + path or url.fragment:
        raise InvalidBody("next_page_url leaves the list's path; it was not followed")
    if not _QUERY.fullmatch(url.query):
        raise InvalidBody("next_page_url is not a valid URL")
    return path + (f"?{url.query}" if url.query else "")
