"""AsyncClient's default transport: one aiohttp session per client.

Why not httpx here: at 50 fetches in flight, httpx.AsyncClient (httpcore's
async pool) managed about a tenth of aiohttp's throughput on our machines, and
httpx over an aiohttp transport still about a quarter (figures in
benchmarks/results.md). Apps that want httpx anyway pass ``http_client=``.
"""

from __future__ import annotations

import asyncio
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

import aiohttp
import httpx

from ._body import aread_capped

# What aiohttp raises when no complete answer arrived.
TRANSPORT_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError)


def client_timeout(timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
    """The aiohttp equivalent of an httpx.Timeout (every phase is set: see resolve_timeout)."""
    pool = timeout.pool or 0.0
    connect = timeout.connect or 0.0
    # aiohttp's `connect` covers waiting for a pooled connection plus connecting.
    return aiohttp.ClientTimeout(
        total=None, connect=pool + connect, sock_connect=connect, sock_read=timeout.read
    )


def env_proxy(base_url: str) -> str | None:
    """The proxy that HTTPS_PROXY/HTTP_PROXY/NO_PROXY give for *base_url*, as httpx would use."""
    url = urllib.parse.urlsplit(base_url)
    if urllib.request.proxy_bypass(url.hostname or ""):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    # aiohttp speaks to http(s) proxies only; a socks ALL_PROXY is not for it.
    return proxy if proxy and proxy.startswith(("http://", "https://")) else None


class AiohttpSender:
    """GET requests over one lazily opened aiohttp session; the body read with a cap."""

    __slots__ = ("_closed", "_default_timeout", "_headers", "_proxy", "_session", "_timeout")

    errors = TRANSPORT_ERRORS

    def __init__(
        self, *, base_url: str, headers: Mapping[str, str], timeout: httpx.Timeout
    ) -> None:
        self._headers = dict(headers)
        self._default_timeout = timeout
        self._timeout = client_timeout(timeout)
        self._proxy = env_proxy(base_url)
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _open(self) -> aiohttp.ClientSession:
        # Opened on first use: an aiohttp session belongs to the running event loop.
        if self._closed:
            raise RuntimeError("Cannot send a request: the client has been closed")
        # trust_env stays off: with it aiohttp reads ~/.netrc and the proxy
        # variables in a thread on every request (2.4x slower at 50 in flight),
        # and a netrc `default` entry clashes with our Authorization header.
        # The proxy is looked up once instead (env_proxy).
        self._session = aiohttp.ClientSession(
            headers=self._headers,
            timeout=self._timeout,
            connector=aiohttp.TCPConnector(limit=100),
        )
        return self._session

    async def get(
        self,
        url: str,
        *,
        timeout: httpx.Timeout | None,
        max_body: int,
        max_error_body: int,
    ) -> tuple[int, Mapping[str, str], str, bytes | None]:
        """Status, headers, HTTP version and body (None: too big to read) of GET *url*."""
        session = self._session or self._open()
        options: dict[str, Any] = {"allow_redirects": False}
        if self._proxy is not None:
            options["proxy"] = self._proxy
        if timeout is not None and timeout is not self._default_timeout:
            options["timeout"] = client_timeout(timeout)  # else the session's, built once
        async with session.get(url, **options) as response:
            status = response.status
            success = 200 <= status <= 299
            length = response.content_length
            body: bytes | None = None
            if success and length is not None:
                # aiohttp reads exactly Content-Length bytes: safe once it is checked.
                body = await response.read() if length <= max_body else None
            else:
                limit = max_body if success else max_error_body
                body = await aread_capped(response.content.iter_any(), limit)
            v = response.version
            version = f"HTTP/{v.major}.{v.minor}" if v is not None else "HTTP/1.1"
            return status, response.headers, version, body

    async def aclose(self) -> None:
        """Close the session, if one was opened; later requests raise RuntimeError."""
        self._closed = True
        if self._session is not None:
            await self._session.close()
