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

from ._body import MAX_ERROR_BODY_BYTES, MAX_PAGE_BYTES, BodyLimits
from ._exceptions import InvalidArgumentError
from ._parsing import InvalidBody, json_type

MAX_PAGE_SIZE = 1000
# Twilio's default page size: sent when the caller gives none, so every page
# has a known bound on its items (and so on its bytes).
DEFAULT_PAGE_SIZE = 50
# A page's decoded bytes are capped by what page_size items can take: a tiny
# gzip page inflating to millions of "{}" items is refused after these bytes,
# not parsed item by item. An item is ~1.5 KB; a long message body, JSON-escaped,
# can reach ~10 KB.
PAGE_BYTES_BASE = 64 << 10
PAGE_BYTES_PER_ITEM = 32 << 10
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


def page_size_for(page_size: object, limit: object) -> int:
    """The PageSize to ask for: *page_size*, else no more than *limit*, else Twilio's default.

    Both are checked here, before any I/O.
    """
    size = check_page_size(page_size)
    wanted = check_limit(limit)
    if size is not None:
        return size
    if wanted is not None and wanted > 0:
        return min(wanted, DEFAULT_PAGE_SIZE)  # no bigger pages than what is wanted
    return DEFAULT_PAGE_SIZE


def page_limits(page_size: int) -> BodyLimits:
    """The caps on a page's decoded bytes (2xx, error excerpt) for pages of *page_size* items."""
    success = min(MAX_PAGE_BYTES, PAGE_BYTES_BASE + page_size * PAGE_BYTES_PER_ITEM)
    return BodyLimits(success, MAX_ERROR_BODY_BYTES)


def read_page(payload: object, default_key: str, page_size: int) -> tuple[list[object], object]:
    """The raw items and the raw ``meta.next_page_url`` of a decoded list answer.

    A page holding more items than the *page_size* asked for is refused: the
    count bounds the work of parsing the page's items.
    """
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
    if len(items) > page_size:
        raise InvalidBody(f"the page holds {len(items)} items, more than the {page_size} asked for")
    return items, meta.get("next_page_url")


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
    # The usual next page: the list's own URL with another query. Taken as it
    # is when nothing in the query could be read otherwise (no "#", no space
    # or control character); anything else is split and checked below.
    here = base_url + path + "?"
    if next_page_url.startswith(here):
        query = next_page_url[len(here) :]
        if "#" not in query and _QUERY.fullmatch(query):
            return path + "?" + query if query else path
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


class CycleCheck:
    """Follows next_page_urls and refuses one that comes back round, in constant memory.

    Brent's cycle detection: the URL at a checkpoint is kept, and the
    checkpoint moves to the current page after 1, 2, 4, 8, ... pages, so a
    cycle of any length is noticed within about twice its length plus its
    start, and only one URL is ever held (not every page's).
    """

    __slots__ = ("_checkpoint", "_power", "_steps")

    def __init__(self, first_url: str, base_url: str) -> None:
        self._checkpoint = first_url.removeprefix(base_url)
        self._power = 1
        self._steps = 0

    def next(self, next_page_url: object, *, base_url: str, path: str) -> str | None:
        """The next page's path and query (see next_path), or None on the last page."""
        following = next_path(next_page_url, base_url=base_url, path=path)
        if following is None:
            return None
        if following == self._checkpoint:
            # A server that keeps answering with pages already read would loop forever.
            raise InvalidBody("next_page_url points back to a page already read")
        self._steps += 1
        if self._steps == self._power:
            self._checkpoint, self._power, self._steps = following, self._power * 2, 0
        return following
