"""The certificates Twilio's are checked against: one trust store for Client and AsyncClient.

httpx2's own rules (``httpcore2.default_ssl_context``), so the sync client
(httpx2) and the async one (aiohttp, whose default is the system store alone)
trust the same roots: ``SSL_CERT_FILE``, else ``SSL_CERT_DIR``, else the
operating system's store through truststore on Windows and macOS (a python.org
build on macOS has no other), else OpenSSL's compiled-in paths or the usual
Linux bundle files. Written out rather than imported: httpcore2 would load ~70
modules into every AsyncClient for these few lines (tests/test_tls.py checks
both give the same roots).

One context per process and setting: building one costs ~20 ms, and an app
making a client per request or per tenant would pay that each time.
"""

from __future__ import annotations

import os
import re
import ssl
import sys

# truststore's Linux fallbacks for when OpenSSL's compiled-in paths are unusable (as httpcore2's).
CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
_HASHED = re.compile(r"[0-9a-fA-F]{8}\.\d")  # a certificate file OpenSSL finds by hash
_CONTEXTS: dict[tuple[str | None, str | None], ssl.SSLContext] = {}


def ssl_context() -> ssl.SSLContext:
    """The process's context for the current ``SSL_CERT_FILE``/``SSL_CERT_DIR`` (made once)."""
    key = (os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)
    context = _CONTEXTS.get(key)
    if context is None:
        context = _CONTEXTS[key] = _new_context(*key)
    return context


def _new_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    if cafile:
        return ssl.create_default_context(cafile=cafile)
    if capath:
        return ssl.create_default_context(capath=capath)
    if sys.platform in ("win32", "darwin"):  # pragma: no cover - the machines here are Linux
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # The compiled-in paths (set_default_verify_paths would read SSL_CERT_* again).
    paths = ssl.get_default_verify_paths()
    found_file = paths.openssl_cafile if os.path.isfile(paths.openssl_cafile) else None
    found_dir = paths.openssl_capath if os.path.isdir(paths.openssl_capath) else None
    if found_dir and not found_file and not any(map(_HASHED.fullmatch, os.listdir(found_dir))):
        found_dir = None  # pragma: no cover - a folder without hashed certificates is none
    if not found_file and not found_dir:  # pragma: no cover - a distribution without them
        found_file = next(filter(os.path.isfile, CA_FILE_CANDIDATES), None)
    if found_file or found_dir:  # pragma: no branch - see above
        context.load_verify_locations(found_file, found_dir)
    return context
