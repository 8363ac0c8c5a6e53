"""Run Prism, the spec-driven mock server, on a free local port.

`running_prism` starts ``node_modules/.bin/prism mock`` on 127.0.0.1 in static
mode (every answer is an example written in the spec, never a generated one),
waits until it answers HTTP, yields its base URL, and always stops it again by
its process group id. Tests use it through the ``prism_url`` fixture of
``tests/conftest.py``; ``python scripts/prism.py [SPEC] [--port N]`` runs it in
the foreground until Ctrl-C for manual use.

Prism's behaviour against our spec (pinned by ``tests/test_prism.py``): a
request without HTTP basic auth gets the spec's 401, a path SID that breaks its
schema gets the spec's 400, and a ``Prefer: code=NNN`` request header selects
the documented response NNN with its example.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Literal

__all__ = [
    "DEFAULT_SPEC",
    "PRISM",
    "PrismError",
    "PrismNotInstalledError",
    "running_prism",
]

ROOT = Path(__file__).resolve().parent.parent
"""The repository root (this file is ``scripts/prism.py``)."""

PRISM = ROOT / "node_modules" / ".bin" / "prism"
"""The Prism executable that ``npm ci`` (``make install``) installs."""

DEFAULT_SPEC = ROOT / "openapi" / "proxy_v1.yaml"
"""The spec the project mocks."""

HOST = "127.0.0.1"

LogLevel = Literal["trace", "debug", "info", "warn", "error", "fatal", "silent"]

_PORT_ATTEMPTS = 3
"""How often to retry with a new free port when the one picked was taken meanwhile."""

_PR_SET_PDEATHSIG = 1
"""From <linux/prctl.h>."""

_POLL_INTERVAL = 0.05
_OUTPUT_LIMIT = 8000
"""How many characters of Prism's output an error message quotes, at most."""


class PrismError(RuntimeError):
    """Prism could not be started (it exited, or did not answer in time)."""


class PrismNotInstalledError(PrismError):
    """``node_modules/.bin/prism`` does not exist: ``make install`` was not run."""


def _free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _command(spec: Path, port: int, log_level: LogLevel) -> list[str]:
    """Build Prism's command line.

    Static mode (``--dynamic=false``) answers with the spec's examples, so
    answers are deterministic; ``--cors=false`` keeps Prism from adding CORS
    headers of its own, so every header it sends comes from the spec.
    """
    return [
        str(PRISM),
        "mock",
        "-h",
        HOST,
        "-p",
        str(port),
        "--dynamic=false",
        "--cors=false",
        "-v",
        log_level,
        str(spec),
    ]


def _answers(port: int) -> bool:
    """Return whether an HTTP server answers on ``HOST:port`` (any status counts)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=1.0)
    try:
        conn.request("GET", "/")
        conn.getresponse().read()
    except OSError:
        return False
    finally:
        conn.close()
    return True


def _tail(log_path: Path | None) -> str:
    """Return the end of Prism's captured output, for an error message."""
    if log_path is None:
        return "(see Prism's output above)"
    try:
        text = log_path.read_bytes().decode("utf-8", errors="replace").strip()
    except OSError as exc:
        return f"(could not read Prism's output: {exc})"
    if len(text) > _OUTPUT_LIMIT:
        text = "..." + text[-_OUTPUT_LIMIT:]
    return text or "(no output)"


def _die_with_parent() -> Callable[[], None] | None:
    """Return a ``preexec_fn`` that makes the child get SIGTERM when we die (Linux only).

    Prism runs in its own session so that Ctrl-C in a terminal reaches only us
    (and we stop it in order); the price is that nothing would stop it if we
    were killed without a chance to clean up (SIGKILL, a CI timeout).
    ``prctl(PR_SET_PDEATHSIG)`` closes that gap. libc is looked up here, before
    the fork; the returned function only calls it.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def _stop(proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Stop Prism's process group: SIGTERM, wait up to ``timeout``, then SIGKILL.

    Prism runs as the leader of its own session, so its process group id is its
    PID; signalling the group also reaches any child processes node started.
    """
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            continue
        # The leader is gone; make sure no child of it outlived it.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        return


def _wait_until_ready(
    proc: subprocess.Popen[bytes], port: int, log_path: Path | None, timeout: float
) -> None:
    """Poll until Prism answers HTTP; raise `PrismError` if it exits or times out."""
    deadline = time.monotonic() + timeout
    while True:
        code = proc.poll()
        if code is not None:
            raise PrismError(f"Prism exited with status {code} while starting:\n{_tail(log_path)}")
        if _answers(port):
            return
        if time.monotonic() >= deadline:
            raise PrismError(
                f"Prism did not answer on http://{HOST}:{port} within {timeout:g}s:\n"
                f"{_tail(log_path)}"
            )
        time.sleep(_POLL_INTERVAL)


def _start(
    spec: Path,
    port: int,
    *,
    log_level: LogLevel,
    log: IO[bytes] | None,
    log_path: Path | None,
    startup_timeout: float,
    stop_timeout: float,
) -> subprocess.Popen[bytes]:
    """Start Prism on ``port`` and wait until it answers; stop it again if it does not."""
    with contextlib.ExitStack() as stack:
        if log_path is not None:
            # Prism writes to its own file description; we read the file by name.
            log = stack.enter_context(log_path.open("wb"))
        proc = subprocess.Popen(
            _command(spec, port, log_level),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT if log is not None else None,
            start_new_session=True,
            preexec_fn=_die_with_parent(),  # runs only prctl: see there
            cwd=ROOT,
        )
    try:
        _wait_until_ready(proc, port, log_path, startup_timeout)
    except BaseException:  # also Ctrl-C while waiting: never leave Prism behind
        _stop(proc, stop_timeout)
        raise
    return proc


@contextlib.contextmanager
def running_prism(
    spec_path: str | os.PathLike[str] = DEFAULT_SPEC,
    *,
    port: int | None = None,
    log_level: LogLevel = "info",
    log: IO[bytes] | None = None,
    startup_timeout: float = 30.0,
    stop_timeout: float = 5.0,
) -> Iterator[str]:
    """Run ``prism mock`` on 127.0.0.1 and yield its base URL, e.g. ``http://127.0.0.1:43210``.

    Prism runs in static mode: every answer is an example from the spec.

    Args:
        spec_path: The OpenAPI document to mock.
        port: The port to listen on; by default a free one is picked (and
            another one tried if it was taken before Prism could bind it).
        log_level: Prism's ``-v`` level; ``"warn"`` keeps it from logging
            every request (cheaper under load).
        log: Where Prism writes its output (a binary file, or
            ``sys.stdout.buffer``); by default a temporary file, quoted in the
            error when Prism fails to start.
        startup_timeout: Seconds to wait for Prism to answer HTTP.
        stop_timeout: Seconds to wait after SIGTERM (and after SIGKILL).

    Raises:
        PrismNotInstalledError: node_modules/.bin/prism is missing.
        FileNotFoundError: ``spec_path`` does not exist.
        PrismError: Prism exited while starting or did not answer in time.

    """
    if not PRISM.exists():
        raise PrismNotInstalledError(
            f"{PRISM} not found: run `make install` (it runs `npm ci`) first"
        )
    spec = Path(spec_path).resolve()
    if not spec.is_file():
        raise FileNotFoundError(f"OpenAPI spec not found: {spec}")

    with contextlib.ExitStack() as stack:
        log_path: Path | None = None
        if log is None:
            log_path = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="prism-")))
            log_path /= "prism.log"
        # Retry only a port we picked, and only when we can see why Prism failed.
        attempts = _PORT_ATTEMPTS if port is None and log_path is not None else 1
        for attempt in range(1, attempts + 1):
            chosen = port if port is not None else _free_port()
            try:
                proc = _start(
                    spec,
                    chosen,
                    log_level=log_level,
                    log=log,
                    log_path=log_path,
                    startup_timeout=startup_timeout,
                    stop_timeout=stop_timeout,
                )
            except PrismError as exc:
                # Another process took the free port between our probe and Prism's bind.
                if attempt < attempts and "EADDRINUSE" in str(exc):
                    continue
                raise
            break
        try:
            yield f"http://{HOST}:{chosen}"
        finally:
            _stop(proc, stop_timeout)


def main(argv: list[str] | None = None) -> int:
    """Run Prism in the foreground until Ctrl-C, printing its URL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("spec", nargs="?", default=str(DEFAULT_SPEC), help="OpenAPI document")
    parser.add_argument("--port", type=int, default=None, help="port (default: a free one)")
    args = parser.parse_args(argv)

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    # Stop Prism on `kill PID` too, and on Ctrl-C even where a shell started us
    # with SIGINT ignored (in the background).
    signal.signal(signal.SIGTERM, on_sigterm)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with running_prism(args.spec, port=args.port, log=sys.stdout.buffer) as url:
            print(f"Prism is mocking {args.spec} at {url} (Ctrl-C stops it)", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        print("\nPrism stopped", file=sys.stderr)
    except (PrismError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
