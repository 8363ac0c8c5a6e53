"""Per-client settings worked out once, at construction: host, timeouts, User-Agent."""

from __future__ import annotations

import logging
import os
import re
import sys
import urllib.parse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeGuard

from ._exceptions import ConfigurationError
from ._version import __version__

if TYPE_CHECKING:  # httpx2 loads only with a sync Client or an app's httpx2 client
    import httpx2

logger = logging.getLogger("twilio_proxy")

DEFAULT_HOST = "https://proxy.twilio.com"
Timeout: TypeAlias = "float | httpx2.Timeout"
"""What ``timeout=`` takes: seconds for every phase, or an httpx2.Timeout per phase."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_TIMEOUT = 60.0
# Longest timeout accepted: a day. Larger values (and inf) overflow the event
# loop's timers, so they fail late and obscurely if let through.
MAX_TIMEOUT = 86400.0

# Twilio's region and edge names: lower-case words joined by hyphens (us1, ie1,
# sydney, dublin, umatilla). Anything else could change the host's meaning.
_LABEL = re.compile("[a-z0-9]+(?:-[a-z0-9]+)*")
_LOOPBACK = ("localhost", "127.0.0.1", "::1")
# Printable ASCII without spaces; a host of letters, digits, dots, hyphens (or an IPv6 address).
_URL_CHARS = re.compile(r"[!-~]+")
_HOST = re.compile(r"[a-z0-9.-]*|[0-9a-f:.]+")


def resolve_base_url(
    *,
    region: str | None,
    edge: str | None,
    base_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The scheme and host (plus any path prefix) every request goes to, without a trailing '/'.

    ``base_url`` wins, then ``region``/``edge``, then ``TWILIO_PROXY_BASE_URL``,
    then ``TWILIO_REGION``/``TWILIO_EDGE``. Region and edge are each resolved on
    their own (the argument, else its variable), as in Twilio's own libraries,
    so ``TWILIO_REGION=ie1`` is kept when only ``edge`` is passed. They build
    ``proxy.{edge}.{region}.twilio.com``; an edge without a region means us1.
    """
    env = os.environ if environ is None else environ
    if base_url is not None:
        return _check_base_url(base_url)
    if region is None and edge is None and env.get("TWILIO_PROXY_BASE_URL"):
        return _check_base_url(env["TWILIO_PROXY_BASE_URL"])
    if region is None:
        region = env.get("TWILIO_REGION") or None
    if edge is None:
        edge = env.get("TWILIO_EDGE") or None
    for name, value in (("region", region), ("edge", edge)):
        if value is not None and not (type(value) is str and _LABEL.fullmatch(value)):
            raise ConfigurationError(
                f"{name} must be a Twilio {name} name such as "
                f"{'us1' if name == 'region' else 'sydney'} (lower-case letters, digits "
                f"and hyphens), got {ascii(value)[:60]}"
            )
    if region is None and edge is None:
        return DEFAULT_HOST
    if region is None:
        region = "us1"
    labels = ["proxy", edge, region, "twilio", "com"]
    return "https://" + ".".join(label for label in labels if label)


def _check_base_url(value: str) -> str:
    if type(value) is not str:
        raise ConfigurationError(f"base_url must be a str, got a {type(value).__name__}")
    try:
        url = urllib.parse.urlsplit(value)
        port = url.port  # refuses a port that is not a number (a pasted token)
        hostname = url.hostname or ""
    except ValueError:
        url = None
    if url is None or not _URL_CHARS.fullmatch(value) or not _HOST.fullmatch(hostname):
        # urllib's reason is not ours to repeat: it may quote parts of the value
        # ("Port could not be cast…" for https://AC…:<token> pasted without a host).
        raise ConfigurationError("base_url is not a valid URL (a bad host, port or character)")
    scheme = url.scheme.lower()
    segments = url.path.split("/")
    problem = None
    if scheme not in ("http", "https"):
        problem = "must start with https:// (or http:// for a local mock server)"
    elif not hostname:
        problem = "has no host"
    elif url.username is not None or url.password is not None:
        problem = "must not hold credentials; pass them as arguments or TWILIO_* variables"
    elif url.query or url.fragment or "?" in value or "#" in value:
        # An empty "?" or "#" too: every request path would land behind it.
        problem = "must not have a query or fragment"
    elif any(
        urllib.parse.unquote(segment) in (".", "..") and segment not in (".", "..")
        for segment in segments
    ):
        # Literal dot-segments are resolved below; encoded ones (%2e%2e) would
        # be resolved by a server after the path was checked.
        problem = "must not contain '.' or '..' path segments"
    if problem:
        # The value is not echoed: a URL pasted with credentials in it would leak.
        raise ConfigurationError(f"base_url {problem}")
    if scheme == "http" and hostname not in _LOOPBACK:
        logger.warning(
            "base_url uses plain http to a host that is not local: "
            "credentials will cross the network unencrypted"
        )
    host = f"[{hostname}]" if ":" in hostname else hostname
    netloc = host if port is None else f"{host}:{port}"
    return f"{scheme}://{netloc}{_without_dot_segments(segments)}".rstrip("/")


def _without_dot_segments(segments: list[str]) -> str:
    """The path of *segments* with "." and ".." resolved (RFC 3986, 5.2.4)."""
    kept: list[str] = []
    for segment in segments[1:]:
        if segment == "..":
            if kept:
                kept.pop()
        elif segment != ".":
            kept.append(segment)
    return "".join("/" + segment for segment in kept)


class Timeouts:
    """The limits of one attempt: each phase's (for the transport) and the whole attempt's.

    ``total`` bounds an attempt from its start to the last byte of the answer,
    whatever the server does: a server that sends one byte just inside each
    read timeout cannot hold a call longer.
    """

    __slots__ = ("connect", "extension", "pool", "read", "total", "write")

    def __init__(self, connect: float, read: float, write: float, pool: float) -> None:
        self.connect = connect
        self.read = read
        self.write = write
        self.pool = pool
        self.total = max(connect, read, write, pool)
        # What httpx2 reads from a request's extensions (its Timeout.as_dict()).
        self.extension = {"connect": connect, "read": read, "write": write, "pool": pool}


def resolve_timeout(timeout: object, *, name: str = "timeout") -> Timeouts:
    """Timeouts from seconds or an httpx2.Timeout; refuses None, zero, negatives and inf/nan.

    Seconds: every phase and the whole attempt get that limit. A Timeout: its
    phases as given, and the whole attempt the longest of them. A request with
    no time limit can hang an app forever, so there is always one.
    """
    if _is_httpx2_timeout(timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if not all(_seconds(part) for part in parts):
            raise ConfigurationError(
                f"{name} must give every phase a limit between 0 and {MAX_TIMEOUT:g} seconds"
            )
        return Timeouts(*(float(part) for part in parts))
    if _seconds(timeout):
        seconds = float(timeout)
        return Timeouts(seconds, seconds, seconds, seconds)
    kind = type(timeout)
    hint = (
        "; pass an httpx2.Timeout (this client runs on httpx2, not httpx)"
        if kind.__module__.split(".")[0] == "httpx"
        else ""
    )
    raise ConfigurationError(
        f"{name} must be a number of seconds between 0 and {MAX_TIMEOUT:g}, "
        f"or an httpx2.Timeout, got {ascii(timeout)[:80]}{hint}"
    )


def _is_httpx2_timeout(value: object) -> TypeGuard[Any]:
    # An httpx2.Timeout exists only once httpx2 is imported: no need to import it to tell.
    httpx2 = sys.modules.get("httpx2")
    return httpx2 is not None and isinstance(value, httpx2.Timeout)


def has_every_limit(timeout: httpx2.Timeout) -> bool:
    """True when each phase of *timeout* has a limit (httpx2 allows None: no limit)."""
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return all(part is not None for part in parts)


def _seconds(value: object) -> TypeGuard[float]:
    return (
        not isinstance(value, bool)
        and isinstance(value, int | float)
        and 0 < value <= MAX_TIMEOUT  # also false for nan
    )


DEFAULT_TIMEOUTS = Timeouts(connect=5.0, read=30.0, write=30.0, pool=30.0)


def check_retries(max_retries: int, retry_timeout: float) -> None:
    """Refuse a negative or non-integer retry count, and a non-positive retry time."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
    if not _seconds(retry_timeout):
        raise ConfigurationError(
            f"retry_timeout must be a number of seconds between 0 and {MAX_TIMEOUT:g}, "
            f"got {retry_timeout!r}"
        )


_UA_EXTRA = re.compile("[ -~]{1,200}")


_USER_AGENT: list[str] = []  # worked out by the first client


def user_agent(extra: str | None) -> str:
    """``twilio-proxy/<version> (<os> <arch>) Python/<version>``, plus *extra*."""
    if not _USER_AGENT:
        import platform  # not needed to import twilio_proxy

        _USER_AGENT.append(
            f"twilio-proxy/{__version__} ({platform.system() or 'unknown'} "
            f"{platform.machine() or 'unknown'}) Python/{platform.python_version()}"
        )
    base = _USER_AGENT[0]
    if extra is None:
        return base
    if not (type(extra) is str and _UA_EXTRA.fullmatch(extra)):
        raise ConfigurationError(
            "user_agent_extra must be 1 to 200 printable ASCII characters (no control characters)"
        )
    return f"{base} {extra}"
