"""twilio_proxy._tls: Client and AsyncClient trust the same roots (httpx2's), as SSL_CERT_* say."""

from __future__ import annotations

import asyncio
import gc
import http.server
import json
import ssl
import subprocess
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import certifi
import httpcore2
import pytest

import twilio_proxy
from _support import ACCOUNT_SID, AUTH_TOKEN, EXAMPLE, SIDS
from twilio_proxy import _tls


def roots(context: ssl.SSLContext) -> list[bytes]:
    """The root certificates a context has loaded, as DER bytes, in a stable order."""
    return sorted(context.get_ca_certs(binary_form=True))


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_tls, "_CONTEXTS", {})
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.mark.parametrize("setting", ["none", "SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_the_roots_are_httpx2s(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, setting: str
) -> None:
    if setting == "SSL_CERT_FILE":
        monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    elif setting == "SSL_CERT_DIR":
        monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    ours, httpx2s = _tls.ssl_context(), httpcore2.default_ssl_context()
    assert roots(ours) == roots(httpx2s)
    assert ours.cert_store_stats() == httpx2s.cert_store_stats()
    assert ours.verify_mode is ssl.CERT_REQUIRED
    assert ours.check_hostname


def test_one_context_per_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _tls.ssl_context()
    assert _tls.ssl_context() is first
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert _tls.ssl_context() is not first


async def test_both_clients_use_it() -> None:
    context = _tls.ssl_context()
    with twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        pool = client._runner._sender._client._transport._pool  # type: ignore[attr-defined]
        assert pool._ssl_context is context
    async with twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN) as aclient:
        sender = aclient._runner._sender
        session = sender._open()  # type: ignore[union-attr]
        assert session.connector._ssl is context  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """An HTTPS server on 127.0.0.1, connections kept alive, answering the example: (URL, CA)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    body = json.dumps(EXAMPLE).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # connections kept open for the pool

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}", str(cert)
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("trusted", [True, False])
def test_both_clients_trust_what_ssl_cert_file_says(
    tls_server: tuple[str, str], monkeypatch: pytest.MonkeyPatch, trusted: bool
) -> None:
    url, ca_file = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", ca_file if trusted else certifi.where())
    outcomes = []
    with twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, base_url=url, max_retries=0) as client:
        try:
            outcomes.append(client.fetch_message_interaction(**SIDS).sid)
        except twilio_proxy.APIConnectionError as exc:
            outcomes.append(exc.cause_name)

    async def fetch() -> None:
        async with twilio_proxy.AsyncClient(
            ACCOUNT_SID, AUTH_TOKEN, base_url=url, max_retries=0
        ) as aclient:
            try:
                outcomes.append((await aclient.fetch_message_interaction(**SIDS)).sid)
            except twilio_proxy.APIConnectionError as exc:
                outcomes.append("failed: " + str(exc.cause_name))

    asyncio.run(fetch())
    if trusted:
        assert outcomes == [EXAMPLE["sid"]] * 2
    else:  # the same decision on both: the self-signed certificate is not trusted
        assert outcomes[0] == "ConnectError"
        assert outcomes[1].startswith("failed: ClientConnectorCertificateError")


def test_a_tls_connection_is_closed_after_its_loop_is(
    tls_server: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca_file = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    client = twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=url)
    first = asyncio.Runner()
    assert first.run(client.fetch_message_interaction(**SIDS)).sid == EXAMPLE["sid"]
    first.close()  # the loop ends with the TLS connection still in the pool
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(client.aclose())
        del client
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
