"""The embedded Proxy's HTTP side: Twilio's API on the spec's paths, and a small control API.

Routes come from the generated operation table (``twilio_proxy_api``): each
operation's method, path and arguments (wire names, kinds, patterns), so an
operation added to the spec is routed at once (and answers 501 until
``_state`` has its rule: ``<resource>_<verb>``). Requests need the account's
basic auth (else Twilio's 401, code 20003); form values are read as Twilio
reads them (``true``/``false``, ISO 8601, JSON text) and refused with Proxy's
80701 when malformed; answers are Twilio's JSON, lists paged as Twilio pages
them (``PageSize``, ``Page``, ``PageToken``, ``meta``).

The control API, beside it for tests in other processes (with the account's
credentials, as the API: it shows message bodies and phone numbers):
``POST /fake-proxy/inbound-message`` (From, To, Body), ``POST
/fake-proxy/advance`` (Seconds), ``GET /fake-proxy/sent-messages``, ``POST
/fake-proxy/reset``; each answers JSON.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import hmac
import http.server
import importlib
import json
import re
import secrets
import socket
import threading
import traceback
import urllib.parse
from collections.abc import Callable, Generator, Mapping
from typing import Any

from twilio_proxy_api import RESOURCES

from .._operation import BOOL, DATETIME, ENUM, INT, JSON_TEXT, NUMBER, PATH, Operation, Param
from ._state import MAX_TTL, Answer, Callback, ProxyError, ProxyState, aware, invalid

CONTROL = "/fake-proxy/"
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 50
MAX_BODY = 1 << 20


class Route:
    """One operation of the spec on the wire: its method and path pattern."""

    __slots__ = ("handler", "operation", "pattern")

    def __init__(self, resource: str, operation: Operation[Any]) -> None:
        self.operation = operation
        self.handler = f"{resource}_{operation.verb}"  # ProxyState's method for it
        segments = operation.path.split("/")
        self.pattern = re.compile(
            "/".join(
                f"(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else re.escape(s) for s in segments
            )
        )


@functools.cache
def routes() -> tuple[Route, ...]:
    """Every operation of the spec (each resource's module imported once)."""
    found = []
    for resource, info in RESOURCES.items():
        module = importlib.import_module(f"twilio_proxy_api.{info.module}")
        found += [Route(resource, getattr(module, name)) for name in info.verbs.values()]
    return tuple(found)


def drive(
    flow: Generator[Callback, Answer | None, Any], send: Callable[[Callback], Answer | None]
) -> Any:
    """Run a flow of ``_state``: send each callback it yields, hand it the answer; its result."""
    answer = None
    try:
        while True:
            answer = send(flow.send(answer))
    except StopIteration as done:
        return done.value


def _value(param: Param, text: str) -> object:
    """A form value as Twilio reads it; ProxyError 80701 naming the field when malformed."""
    kind = param.kind
    try:
        if kind == INT:  # a ttl: a 32-bit count of seconds
            if not re.fullmatch(r"[0-9]{1,10}", text) or int(text) > MAX_TTL:
                raise ValueError
            return int(text)
        if kind == NUMBER:
            return float(text)
        if kind == BOOL:
            return {"true": True, "false": False}[text.lower()]
        if kind == DATETIME:
            return aware(dt.datetime.fromisoformat(text))
        if kind == JSON_TEXT:
            decoded = json.loads(text)
            if not isinstance(decoded, dict):
                raise ValueError
            return decoded
    except (ValueError, KeyError, RecursionError):
        raise invalid(param.wire, f"It is not {_words(kind)}.") from None
    if kind == ENUM and param.enum is not None and text not in param.enum._value2member_map_:
        allowed = ", ".join(str(member.value) for member in param.enum)
        raise invalid(param.wire, f"It must be one of {allowed}.")
    if param.pattern is not None and not param.pattern.fullmatch(text):
        raise invalid(param.wire, "It is not a SID of the expected kind.")
    if param.url and text and urllib.parse.urlsplit(text).scheme not in ("http", "https"):
        raise invalid(param.wire, "It is not an http or https URL.")
    return text


def _words(kind: str) -> str:
    return {INT: f"a whole number from 0 to {MAX_TTL}", NUMBER: "a number", BOOL: "true or false",
            DATETIME: "an ISO 8601 date and time", JSON_TEXT: "a JSON object"}[kind]  # fmt: skip


def arguments(
    route: Route, match: re.Match[str], form: Mapping[str, list[str]]
) -> dict[str, object]:
    """The operation's arguments by their Python names, read from the path and the form."""
    found: dict[str, object] = {}
    for param in route.operation.params:
        if param.where == PATH:
            text = urllib.parse.unquote(match[param.name])
            if param.unique_name is None and param.pattern and not param.pattern.fullmatch(text):
                raise ProxyError(404, 20404, f"The requested resource {match[0]} was not found")
            found[param.name] = text
            continue
        values = form.get(param.wire)
        if not values:
            if param.required:
                raise invalid(param.wire, "It is required.")
            found[param.name] = None
            continue
        read = [_value(param, text) for text in values]
        found[param.name] = read if param.many else read[-1]
    return found


class FakeServer(http.server.ThreadingHTTPServer):
    """The fake's HTTP server; every connection is closed when it stops."""

    daemon_threads = True
    # socketserver listens with a backlog of 5: an AsyncClient opening 20 connections
    # at once would see SYNs dropped and retried a second later.
    request_queue_size = socket.SOMAXCONN
    # How long serve() waits for a connection before it looks at `stopping` again:
    # only a safety net, since stop() wakes it at once.
    timeout = 0.5

    def __init__(
        self,
        address: tuple[str, int],
        state: ProxyState,
        authorization: str,
        send: Callable[[Callback], Answer | None],
    ) -> None:
        self.state = state
        self.authorization = authorization.encode("ascii")
        self.send = send
        self.open: set[socket.socket] = set()
        self.open_lock = threading.Lock()
        super().__init__(address, Handler)
        host, port = self.server_address[:2]
        # Where a client reaches it: a wildcard address answers on loopback too.
        wildcard = host in ("0.0.0.0", "::", "")  # noqa: S104 - a comparison, no binding
        self.reachable = ("127.0.0.1" if wildcard else str(host), int(port))
        self.url = "http://{}:{}".format(*self.reachable)
        self.stopping = False

    def serve(self) -> None:
        """Serve until ``stop``: each connection in a thread of its own."""
        while not self.stopping:
            self.handle_request()

    def stop(self) -> None:
        """Make ``serve`` return now: a connection wakes its wait.

        (socketserver's serve_forever would instead notice a shutdown only at
        its next poll, which a test started and stopped per test pays for.)
        """
        self.stopping = True
        with contextlib.suppress(OSError), socket.create_connection(self.reachable, timeout=1):
            pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A connection's error, printed unless the fake is stopping (its sockets shut)."""
        if not self.stopping:
            super().handle_error(request, client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.open_lock:
            self.open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.open_lock:
            self.open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End every kept-alive connection (its handler thread returns)."""
        with self.open_lock:
            for sock in self.open:
                with contextlib.suppress(OSError):  # closed by the client already
                    sock.shutdown(socket.SHUT_RDWR)


class Handler(http.server.BaseHTTPRequestHandler):
    """One connection: Twilio's API, or the control API."""

    server: FakeServer
    protocol_version = "HTTP/1.1"  # keep-alive, as a client's pool expects
    # One write per answer, sent at once: headers and body in two writes on a
    # kept-alive connection would wait ~40 ms each on Nagle and a delayed ACK.
    disable_nagle_algorithm = True
    wbufsize = -1  # buffered; handle_one_request flushes after each answer

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_DELETE = do_PUT = do_PATCH = do_GET  # (PUT and PATCH: Twilio's 405)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a test's output is the app's."""

    def _handle(self) -> None:
        length = self.headers.get("Content-Length") or "0"
        if not (length.isascii() and length.isdigit()) or int(length) > MAX_BODY:
            # As a front server would: the body cannot be read (or not all of it),
            # so the connection ends after this answer.
            self.send_error(413 if length.isascii() and length.isdigit() else 400)
            return
        body = self.rfile.read(int(length))
        url = urllib.parse.urlsplit(self.path)
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        # URLs in answers (url, links, next_page_url) on the host the client used.
        host = self.headers.get("Host")
        base = f"http://{host}" if host else self.server.url
        try:
            given = (self.headers.get("Authorization") or "").encode("latin-1")
            if not hmac.compare_digest(given, self.server.authorization):
                raise ProxyError(401, 20003, "Authenticate")
            if url.path.startswith(CONTROL):
                status, answer = self._control(url.path[len(CONTROL) :], {**query, **form})
            else:
                status, answer = self._api(url.path, form, query, base)
        except ProxyError as exc:
            status, answer = exc.status, exc.body()
        except (
            Exception
        ):  # a bug of the fake: Twilio's 500, and the traceback for the test's author
            traceback.print_exc()
            status, answer = 500, ProxyError(500, 20500, "Internal Server Error").body()
        self._reply(status, answer)

    def _api(
        self, path: str, form: Mapping[str, list[str]], query: Mapping[str, list[str]], base: str
    ) -> tuple[int, object]:
        methods = []
        for route in routes():
            match = route.pattern.fullmatch(path)
            if match is None:
                continue
            methods.append(route.operation.method)
            if route.operation.method == self.command:
                return self._run(route, match, form, query, base)
        if methods:
            raise ProxyError(405, 20004, "Method not allowed")
        raise ProxyError(404, 20404, f"The requested resource {path} was not found")

    def _run(
        self,
        route: Route,
        match: re.Match[str],
        form: Mapping[str, list[str]],
        query: Mapping[str, list[str]],
        base: str,
    ) -> tuple[int, object]:
        state, operation = self.server.state, route.operation
        handler = getattr(state, route.handler, None)
        if handler is None:
            raise ProxyError(501, 20501, f"{operation.name} is not modelled by this fake Proxy")
        page = _paging(query) if operation.verb == "list" else None
        with state.lock:
            state.base_url = base
            state.expire()
            result = handler(**arguments(route, match, form))
        if isinstance(result, Generator):  # an operation that calls the app back
            result = drive(result, self.server.send)
        if page is not None:
            return 200, _page(result, operation.items or "", page, base + match[0])
        return operation.status, result

    def _control(self, action: str, given: Mapping[str, list[str]]) -> tuple[int, object]:
        proxy = self.server.state
        field = {name: values[-1] for name, values in given.items()}
        if action == "inbound-message" and self.command == "POST":
            try:
                flow = proxy.inbound(
                    field.get("From", ""), field.get("To", ""), field.get("Body", "")
                )
                sid = drive(flow, self.server.send)
            except ValueError as exc:
                return 400, {"message": str(exc)}
            return 200, {"interaction_sid": sid}
        if action == "advance" and self.command == "POST":
            try:
                proxy.advance(float(field.get("Seconds", "")))
            except ValueError:
                return 400, {"message": "Seconds must be a number >= 0"}
            return 200, {"now": proxy.now().isoformat()}
        if action == "sent-messages" and self.command == "GET":
            with proxy.lock:
                sent = [
                    {"from": m["from_"], "to": m["to"], "body": m["body"],
                     "session_sid": m["session_sid"], "interaction_sid": m["interaction_sid"],
                     "date_sent": m["date_sent"].isoformat()}
                    for m in proxy.sent
                ]  # fmt: skip
            return 200, {"sent_messages": sent}
        if action == "reset" and self.command == "POST":
            proxy.reset()
            return 200, {}
        return 404, {"message": f"no control action {action!r} for {self.command}"}

    def _reply(self, status: int, answer: object) -> None:
        raw = b"" if answer is None else json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("Twilio-Request-Id", "RQ" + secrets.token_hex(16))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="Twilio API"')
        self.end_headers()
        self.wfile.write(raw)


def _paging(query: Mapping[str, list[str]]) -> tuple[int, int]:
    """(page size, page index) of a list request; 400 when out of range."""
    try:
        size = int((query.get("PageSize") or [str(DEFAULT_PAGE_SIZE)])[-1])
        index = int((query.get("Page") or ["0"])[-1])
    except ValueError:
        size = index = -1
    if not 1 <= size <= MAX_PAGE_SIZE or index < 0:
        raise invalid("PageSize", f"It must be a whole number from 1 to {MAX_PAGE_SIZE}.")
    return size, index


def _page(items: list[Any], key: str, page: tuple[int, int], url: str) -> dict[str, object]:
    """One page of *items*, as Twilio answers a list: the items under *key*, and ``meta``."""
    size, index = page

    def at(number: int) -> str:
        token = f"&PageToken=PA{number * size}" if number else ""
        return f"{url}?PageSize={size}&Page={number}{token}"

    last = max(0, (len(items) - 1) // size)
    return {
        key: items[index * size : (index + 1) * size],
        "meta": {
            "page": index,
            "page_size": size,
            "first_page_url": at(0),
            "previous_page_url": at(index - 1) if index > 0 else None,
            "url": at(index),
            "next_page_url": at(index + 1) if index < last else None,
            "key": key,
        },
    }


def basic(account_sid: str, auth_token: str) -> str:
    """The Authorization header a request with these credentials carries."""
    return "Basic " + base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode("ascii")
