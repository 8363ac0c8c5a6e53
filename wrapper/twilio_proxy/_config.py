"""Per-client settings worked out once, at construction: host, timeouts, User-Agent."""

from __future__ import annotations

import logging
import os
import re
import urllib.parse
from collections.abc import Mapping
from typing import TypeGuard

import httpx2

from ._exceptions import ConfigurationError
from ._version import __version__

logger = logging.getLogger("twilio_proxy")

DEFAULT_HOST = "https://proxy.twilio.com"
DEFAULT_TIMEOUT = httpx2.Timeout(30.0, connect=5.0)
Timeout = float | httpx2.Timeout
"""What ``timeout=`` takes: seconds for every phase, or an httpx2.Timeout per phase."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_RETRY_TIMEOUT = 60.0
# Longest timeout accepted: a day. Larger values (and inf) overflow the event
# loop's timers, so they fail late and obscurely if let through.
MAX_TIMEOUT = 86400.0

# Twilio's region and edge names: lower-case words joined by hyphens (us1, ie1,
# sydney, dublin, umatilla). Anything else could change the host's meaning.
_LABEL = re.compile("[a-z0-9]+(?:-[a-z0-9]+)*")
_LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


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
        url = httpx2.URL(value)
    except (httpx2.InvalidURL, TypeError):
        # Not httpx2's reason: it quotes parts of the value ("Invalid port: '<token>'"
        # for https://AC…:<token> pasted without a host).
        raise ConfigurationError(
            "base_url is not a valid URL (a bad host, port or character)"
        ) from None
    problem = None
    if url.scheme not in ("http", "https"):
        problem = "must start with https:// (or http:// for a local mock server)"
    elif not url.host:
        problem = "has no host"
    elif url.userinfo:
        problem = "must not hold credentials; pass them as arguments or TWILIO_* variables"
    elif url.query or url.fragment or "?" in value or "#" in value:
        # An empty "?" or "#" too: every request path would land behind it.
        problem = "must not have a query or fragment"
    elif any(
        urllib.parse.unquote(segment) in (".", "..")
        for segment in url.raw_path.decode("ascii").split("/")
    ):
        # httpx already removed literal dot-segments; encoded ones (%2e%2e) remain.
        problem = "must not contain '.' or '..' path segments"
    if problem:
        # The value is not echoed: a URL pasted with credentials in it would leak.
        raise ConfigurationError(f"base_url {problem}")
    if url.scheme == "http" and url.host not in _LOOPBACK:
        logger.warning(
            "base_url uses plain http to a host that is not local: "
            "credentials will cross the network unencrypted"
        )
    return str(url).rstrip("/")


class Timeouts:
    """The limits of one attempt: each phase's (for the transport) and the whole attempt's.

    ``total`` bounds an attempt from its start to the last byte of the answer,
    whatever the server does: a server that sends one byte just inside each
    read timeout cannot hold a call longer.
    """

    __slots__ = ("extension", "phases", "total")

    def __init__(self, phases: httpx2.Timeout, total: float) -> None:
        self.phases = phases
        self.total = total
        self.extension = phases.as_dict()  # what httpx2 reads from a request's extensions


def resolve_timeout(timeout: object, *, name: str = "timeout") -> Timeouts:
    """Timeouts from seconds or an httpx2.Timeout; refuses None, zero, negatives and inf/nan.

    Seconds: every phase and the whole attempt get that limit. A Timeout: its
    phases as given, and the whole attempt the longest of them. A request with
    no time limit can hang an app forever, so there is always one.
    """
    if isinstance(timeout, httpx2.Timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if not all(_seconds(part) for part in parts):
            raise ConfigurationError(
                f"{name} must give every phase a limit between 0 and {MAX_TIMEOUT:g} seconds"
            )
        return Timeouts(timeout, max(part for part in parts if part is not None))
    if _seconds(timeout):
        return Timeouts(httpx2.Timeout(float(timeout)), float(timeout))
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


DEFAULT_TIMEOUTS = resolve_timeout(DEFAULT_TIMEOUT)


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


def user_agent(extra: str | None) -> str:
    """``twilio-proxy/<version> (<os> <arch>) Python/<version>``, plus *extra*."""
    import platform  # once per client; not needed to import twilio_proxy

    base = (
        f"twilio-proxy/{__version__} ({platform.system() or 'unknown'} "
        f"{platform.machine() or 'unknown'}) Python/{platform.python_version()}"
    )
    if extra is None:
        return base
    if not (type(extra) is str and _UA_EXTRA.fullmatch(extra)):
        raise ConfigurationError(
            "user_agent_extra must be 1 to 200 printable ASCII characters (no control characters)"
        )
    return f"{base} {extra}"
