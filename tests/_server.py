"""A programmable HTTP/1.1 server on 127.0.0.1 that plays Twilio, well or badly.

Tests queue one *behaviour* per expected request (the last one repeats): a
canned answer, silence, a reset mid-body, an answer dripped byte by byte.
Every request is recorded (method, target, headers, body). Connections close
after each answer (but ``kept_open``'s), so every attempt is a new connection. The server runs in
daemon threads and stops itself after ``lifetime`` seconds even if a test
forgets it, so nothing outlives a failing test.
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

Behaviour = Callable[["Server", socket.socket], None]


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes


def raw_answer(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    chunked: bool = False,
) -> bytes:
    """The bytes of an HTTP/1.1 answer that closes the connection after it."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if chunked:
        lines.append("Transfer-Encoding: chunked")
        step = 65536
        payload = b"".join(
            b"%x\r\n%s\r\n" % (len(body[i : i + step]), body[i : i + step])
            for i in range(0, len(body), step)
        )
        payload += b"0\r\n\r\n"
    else:
        lines.append(f"Content-Length: {len(body)}")
        payload = body
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


def send(raw: bytes) -> Behaviour:
    """Send *raw* bytes and close."""

    def behaviour(server: Server, conn: socket.socket) -> None:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_WR)
        server.wait_for_close(conn)

    return behaviour


def answer(
    status: int,
    body: Any = b"",
    *,
    headers: dict[str, str] | None = None,
    gzipped: bool = False,
    chunked: bool = False,
) -> Behaviour:
    """A JSON (for a dict or list) or raw answer, optionally gzip-encoded or chunked."""
    all_headers = {"Twilio-Request-Id": "RQ" + "1" * 32}
    if isinstance(body, dict | list):
        body = json.dumps(body).encode()
        all_headers["Content-Type"] = "application/json"
    if gzipped:
        body = gzip.compress(body)
        all_headers["Content-Encoding"] = "gzip"
    all_headers.update(headers or {})
    return send(raw_answer(status, body, all_headers, chunked=chunked))


def kept_open(payload: object, then: Behaviour) -> Behaviour:
    """A 200 JSON answer that keeps the connection open; the next request on it gets *then*.

    For a client's pooled connection: its next request reuses it.
    """
    body = json.dumps(payload).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}"

    def behaviour(server: Server, conn: socket.socket) -> None:
        conn.sendall(head.encode() + b"\r\n\r\n" + body)
        if server.take_request(conn) is not None:
            then(server, conn)

    return behaviour


def hang(server: Server, conn: socket.socket) -> None:
    """Read the request and never answer; return once the client hangs up."""
    server.wait_for_close(conn)


def reset_mid_body(server: Server, conn: socket.socket) -> None:
    """Promise 1000 bytes, send 20, then reset the connection (RST, not FIN)."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
        b'{"sid": "KI01234567'
    )
    time.sleep(0.05)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def reset_at_once(server: Server, conn: socket.socket) -> None:
    """Reset the connection as soon as the request arrived (it may have been processed)."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def drip(raw: bytes, interval: float) -> Behaviour:
    """Send *raw* one byte every *interval* seconds (each byte inside any read timeout)."""

    def behaviour(server: Server, conn: socket.socket) -> None:
        for i in range(len(raw)):
            if not server.running():
                return
            conn.sendall(raw[i : i + 1])
            time.sleep(interval)

    return behaviour


class Server:
    """Serve queued behaviours on 127.0.0.1:<free port> until stopped (or ``lifetime`` ends)."""

    def __init__(self, *behaviours: Behaviour, lifetime: float = 30.0) -> None:
        self.behaviours = list(behaviours)
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._deadline = time.monotonic() + lifetime
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.01)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._serve, daemon=True)
        self._acceptor.start()

    def queue(self, *behaviours: Behaviour) -> None:
        """Replace what the next requests get (the last behaviour repeats)."""
        with self._lock:
            self.behaviours = list(behaviours)

    @property
    def count(self) -> int:
        """How many requests arrived."""
        with self._lock:
            return len(self.received)

    def running(self) -> bool:
        return not self._stopping.is_set() and time.monotonic() < self._deadline

    def wait_for_close(self, conn: socket.socket) -> None:
        """Block until the peer closes *conn* or the server stops."""
        conn.settimeout(0.05)
        while self.running():
            try:
                if not conn.recv(65536):
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def stop(self) -> None:
        self._stopping.set()
        self._acceptor.join(timeout=2)
        for thread in self._threads:
            thread.join(timeout=2)

    def _serve(self) -> None:
        with self._listener:
            while self.running():
                try:
                    conn, _ = self._listener.accept()
                except TimeoutError:
                    continue
                except OSError:  # pragma: no cover - the listener was closed
                    return
                thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
                thread.start()
                self._threads.append(thread)

    def take_request(self, conn: socket.socket) -> int | None:
        """Read and record the next request on *conn*: its index, or None if none came."""
        received = self._read_request(conn)
        if received is None:
            return None
        with self._lock:
            self.received.append(received)
            return len(self.received) - 1

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                index = self.take_request(conn)
                if index is None:
                    return
                with self._lock:
                    behaviour = self.behaviours[min(index, len(self.behaviours) - 1)]
                behaviour(self, conn)
            except OSError:
                pass  # the client gave up first: expected for several faults

    def _read_request(self, conn: socket.socket) -> Received | None:
        data = b""
        while b"\r\n\r\n" not in data:
            if not self.running() or len(data) > 65536:
                return None
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, body = data.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return Received(method, target, headers, body)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
