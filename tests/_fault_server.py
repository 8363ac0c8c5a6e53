"""A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose (socket-level faults).

Each accepted connection gets its request head read and recorded, then a
*behaviour* decides what happens: a canned answer, silence, or headers and
half a body followed by a TCP reset. The server runs in a daemon thread, polls
a stop flag often and shuts itself down after ``lifetime`` seconds even
if nobody stops it, so a failing test cannot leave it running.

Only ``bind``/``listen``/``accept`` are used on the server side; the clients'
``connect()`` to 127.0.0.1 is what pytest-recording's ``--block-network``
guards (see the ``LOOPBACK_ONLY`` mark).
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable
from http import HTTPStatus

import pytest

# Under --block-network every connect() is refused unless its host matches
# --allowed-hosts, loopback included. This mark blocks the network for the test
# whatever the command line says, except for 127.0.0.1, so these tests pass
# with and without --block-network and can never reach another host.
LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"^127\.0\.0\.1$"])

Behaviour = Callable[["FaultServer", socket.socket, bytes], None]


def raw_response(
    status: int,
    headers: dict[str, str],
    body: bytes,
    *,
    content_length: bool = True,
) -> bytes:
    """The bytes of an HTTP/1.1 answer that closes the connection after it.

    Without *content_length* the body is sent chunked (no Content-Length).
    """
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines.append("Connection: close")
    if content_length:
        lines.append(f"Content-Length: {len(body)}")
        payload = body
    else:
        lines.append("Transfer-Encoding: chunked")
        payload = b"".join(
            b"%x\r\n%s\r\n" % (len(body[i : i + 65536]), body[i : i + 65536])
            for i in range(0, len(body), 65536)
        )
        payload += b"0\r\n\r\n"
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head + payload


def respond(raw: bytes) -> Behaviour:
    """Send *raw* and close (a peer that stops reading makes sendall fail: that is fine)."""

    def behaviour(server: FaultServer, conn: socket.socket, head: bytes) -> None:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_WR)
        server.wait_for_close(conn)

    return behaviour


def hang(server: FaultServer, conn: socket.socket, head: bytes) -> None:
    """Accept the request and never answer; return once the client hangs up."""
    server.wait_for_close(conn)


def reset_mid_body(server: FaultServer, conn: socket.socket, head: bytes) -> None:
    """Promise 1000 bytes, send 20, then reset the connection (RST, not FIN)."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
        + b'{"sid": "KI01234567'
    )
    time.sleep(0.05)  # let the client start reading the body
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class FaultServer:
    """Serve *behaviour* on 127.0.0.1:<free port> until stopped (or ``lifetime`` ends)."""

    def __init__(self, behaviour: Behaviour, *, lifetime: float = 20.0) -> None:
        self.behaviour = behaviour
        self.requests: list[bytes] = []  # the head of every request received
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._deadline = time.monotonic() + lifetime
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.01)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._serve, daemon=True)
        self._acceptor.start()

    @property
    def paths(self) -> list[str]:
        """The request target of each request, in arrival order."""
        with self._lock:
            return [head.split(b" ", 2)[1].decode("latin-1") for head in self.requests]

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
                except OSError:
                    return
                thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
                thread.start()
                self._threads.append(thread)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                head = self._read_head(conn)
                if head is None:
                    return
                with self._lock:
                    self.requests.append(head)
                self.behaviour(self, conn, head)
            except OSError:
                pass  # the client gave up first: expected for several faults

    def _read_head(self, conn: socket.socket) -> bytes | None:
        data = b""
        while b"\r\n\r\n" not in data:
            if not self.running() or len(data) > 65536:
                return None
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        return data.split(b"\r\n\r\n", 1)[0]


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
