"""An embedded Twilio Proxy for tests: a real HTTP server on 127.0.0.1, Proxy's rules in memory.

    from twilio_proxy.testing import FakeProxy

    with FakeProxy() as proxy:
        client = proxy.client()   # a Client on proxy.base_url with its credentials
        ...                       # the 25 operations, with Proxy's rules and error codes
        proxy.inbound_message(from_="+15558675310", to="+15017122661", body="Running late")
        proxy.sent_messages       # what Proxy delivered
        proxy.advance(3600)       # the fake's clock: sessions past their ttl close

In an app's test suite, ``pytest_plugins = ["twilio_proxy.testing"]`` gives a
``fake_proxy`` fixture, fresh for each test. For other processes or languages,
``twilio-proxy fake`` serves one until interrupted. The README ("Testing your
app") says what is modelled and what is not.

Importing ``twilio_proxy`` does not load this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import secrets
import sys
import threading
from collections.abc import Iterator
from types import TracebackType
from typing import Any, Self

from .._client import AsyncClient, Client
from .._exceptions import ConfigurationError
from .._parsing import hidden, shown_url
from . import _callbacks
from ._server import FakeServer, basic, drive
from ._state import Answer, Callback, ProxyState

__all__ = ["CallbackSent", "FakeProxy", "SentMessage"]

_ACCOUNT_SID = re.compile("AC[0-9a-fA-F]{32}")
_TOKEN = re.compile("[!-~]{8,}")
# How long a callback may take before the fake goes on without its answer.
CALLBACK_TIMEOUT = 5.0


@dataclasses.dataclass(frozen=True, repr=False)
class SentMessage:
    """A message the fake Proxy delivered: from a proxy number to a participant."""

    from_: str
    """The proxy number it came from (the one given to the participant it reached)."""
    to: str
    """The participant's own number (personal data: out of ``repr``)."""
    body: str
    """The text (personal data: out of ``repr``)."""
    session_sid: str
    interaction_sid: str
    date_sent: dt.datetime
    """When, by the fake's clock."""

    def __repr__(self) -> str:
        return (
            f"SentMessage(from_={self.from_!r}, to={hidden(self.to)}, body={hidden(self.body)}, "
            f"session_sid={self.session_sid!r}, interaction_sid={self.interaction_sid!r})"
        )


@dataclasses.dataclass(frozen=True, repr=False)
class CallbackSent:
    """A callback the fake posted: ``callback``, ``intercept`` or ``out_of_session``."""

    kind: str
    url: str
    """The URL set on the Service (a password in it is out of ``repr``)."""
    status: int | None
    """The app's answer's status; None when none came (refused, timed out)."""

    def __repr__(self) -> str:
        return f"CallbackSent(kind={self.kind!r}, url={shown_url(self.url)}, status={self.status})"


class FakeProxy:
    """A Twilio Proxy for tests: a real HTTP server with Proxy's state and rules in memory.

    ``account_sid`` and ``auth_token`` are made up when not given (read them
    as attributes); requests with other credentials get Twilio's 401 (20003).
    Callbacks go to the URLs set on each Service, signed with ``auth_token``
    as Twilio signs them. Use it as a context manager, or ``start()`` and
    ``stop()``; ``base_url`` is set while it runs.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        callback_timeout: float = CALLBACK_TIMEOUT,
    ) -> None:
        if account_sid is not None and not _ACCOUNT_SID.fullmatch(account_sid):
            raise ConfigurationError("account_sid must be 'AC' followed by 32 hex digits")
        if auth_token is not None and not _TOKEN.fullmatch(auth_token):
            raise ConfigurationError("auth_token must be 8 or more printable ASCII characters")
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.auth_token = auth_token or secrets.token_hex(16)
        self._address = (host, port)
        self._timeout = callback_timeout
        self._state = ProxyState(self.account_sid)
        self._server: FakeServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self._server is not None and self.base_url
        return f"FakeProxy(account_sid={self.account_sid!r}, base_url={where or None!r})"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``: where the fake serves (ConfigurationError when stopped)."""
        if self._server is None:
            raise ConfigurationError("this FakeProxy is not running: start() it first")
        return self._server.url

    def start(self) -> Self:
        """Listen (on a free port unless one was given) and serve in a thread of its own."""
        if self._server is None:
            authorization = basic(self.account_sid, self.auth_token)
            self._server = FakeServer(self._address, self._state, authorization, self._send)
            self._thread = threading.Thread(
                target=self._server.serve,
                name=f"FakeProxy {self.base_url}",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and end every open connection (the state is kept until ``reset``)."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        server.stop()
        thread.join()
        server.server_close()
        server.close_connections()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self, **settings: Any) -> Client:
        """A Client on this fake, with its credentials (other settings as ``Client`` takes)."""
        return Client(self.account_sid, self.auth_token, base_url=self.base_url, **settings)

    def async_client(self, **settings: Any) -> AsyncClient:
        """An AsyncClient on this fake, with its credentials."""
        return AsyncClient(self.account_sid, self.auth_token, base_url=self.base_url, **settings)

    def inbound_message(self, *, from_: str, to: str, body: str) -> str | None:
        """A participant (*from_*) texts its proxy number *to*: what Proxy does with it.

        In an open session the Service's intercept callback is posted (a 403
        answer blocks the message), the message is recorded as an Interaction
        and delivered to the other participant from their proxy number
        (``sent_messages``), and the interaction callback is posted. Without
        one, the out-of-session callback is posted; a JSON answer opens the
        session it describes and the message goes on in it. Returns the
        Interaction's SID, or None when none was recorded. Raises ValueError
        when *to* is no number of any Service's pool.
        """
        return drive(self._state.inbound(from_, to, body), self._send)  # type: ignore[no-any-return]

    @property
    def sent_messages(self) -> list[SentMessage]:
        """Every message delivered so far, oldest first."""
        with self._state.lock:
            return [SentMessage(**message) for message in self._state.sent]

    @property
    def callbacks(self) -> list[CallbackSent]:
        """Every callback posted so far, oldest first (the forms are not kept)."""
        with self._state.lock:
            return [CallbackSent(*sent) for sent in self._state.callbacks]

    def advance(self, seconds: float) -> None:
        """Move the fake's clock on: sessions past their ttl or date_expiry close."""
        self._state.advance(seconds)

    def reset(self) -> None:
        """Forget every resource, message and callback (the credentials stay)."""
        self._state.reset()

    def _send(self, callback: Callback) -> Answer | None:
        answer = _callbacks.post(callback, auth_token=self.auth_token, timeout=self._timeout)
        with self._state.lock:
            status = answer.status if answer is not None else None
            self._state.callbacks.append((callback.kind, callback.url, status))
        return answer


# Loaded by pytest (pytest_plugins = ["twilio_proxy.testing"]): its fixture. Without
# pytest there is nothing to define (tests/test_imports.py imports this module so).
if "pytest" in sys.modules:  # pragma: no branch
    import pytest

    @pytest.fixture
    def fake_proxy() -> Iterator[FakeProxy]:
        """A FakeProxy running for one test, fresh each time."""
        with FakeProxy() as proxy:
            yield proxy
