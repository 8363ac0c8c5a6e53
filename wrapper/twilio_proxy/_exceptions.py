"""Every error twilio_proxy raises, in one tree.

TwilioProxyError                     the root: catch this to catch everything below
├── APIStatusError                   Twilio answered, but not with 2xx (3xx included)
│   ├── BadRequestError              400
│   ├── AuthenticationError          401
│   ├── PermissionDeniedError        403
│   ├── NotFoundError                404
│   ├── RateLimitError               429 (with .retry_after)
│   └── ServerError                  5xx
├── APIConnectionError               no answer: refused, reset, DNS, TLS, protocol
│   └── APITimeoutError              no answer in time
├── ResponseValidationError          a 2xx whose body is not what the spec says
├── InvalidSidError (ValueError)     a SID argument of the wrong shape; nothing was sent
├── InvalidArgumentError (ValueError) another argument out of range; nothing was sent
├── InvalidCallbackError (ValueError) a callback form Twilio Proxy sent with a malformed field
├── MissingCredentialsError          no usable credentials; raised by the constructor
├── ConfigurationError (ValueError)  a bad region, edge, base_url, timeout or retry setting
├── ClientClosedError (RuntimeError) the client was closed
└── EventLoopError (RuntimeError)    an AsyncClient used from a second event loop

No exception here ever holds a credential or a message body: server-supplied
text is cut short, stripped of control characters and of the client's secrets.
Every one survives pickle, copy and deepcopy with its class, message and
attributes (a worker process can send it back to its parent).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _rebuild(cls: type[TwilioProxyError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class TwilioProxyError(Exception):
    """The root of every error raised by twilio_proxy."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds by calling __init__(*args), which our keyword-only
        # constructors refuse: rebuild from the message and attributes instead.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class APIStatusError(TwilioProxyError):
    """Twilio (or whatever answered at base_url) sent a status that is not 2xx.

    Attributes are read from Twilio's JSON error body (``detail`` is the extra
    sentence Twilio adds to some, e.g. 401s) when there is one; when
    the body is something else (an HTML page from a load balancer, nothing, a
    truncated document) ``code``/``more_info`` are None and ``message`` holds a
    short, sanitised excerpt of it.
    """

    status_code: int
    code: int | None
    message: str
    detail: str | None
    more_info: str | None
    details: Mapping[str, object] | None
    request_id: str | None
    method: str
    url: str
    headers: Mapping[str, str]

    def __init__(
        self,
        *,
        status_code: int,
        message: str,
        method: str,
        url: str,
        code: int | None = None,
        detail: str | None = None,
        more_info: str | None = None,
        details: Mapping[str, object] | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.detail = detail
        self.more_info = more_info
        self.details = details
        self.request_id = request_id
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else {}
        super().__init__(self._describe())

    def _describe(self) -> str:
        from http import HTTPStatus  # only when an error is made: not on import

        try:
            reason = HTTPStatus(self.status_code).phrase
        except ValueError:
            reason = "Unknown Status"
        text = f"{self.status_code} {reason}"
        if self.code is not None:
            text += f" (Twilio error {self.code})"
        if self.message:
            text += f": {self.message}"
        if self.detail:
            text += f" ({self.detail})"
        if self.more_info:
            # Twilio's messages end without a full stop; the sentence needs one.
            stop = "" if text.endswith((".", "!", "?")) else "."
            text += f"{stop} See {self.more_info}"
        if self.request_id:
            text += f" (request {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code}, "
            f"request_id={self.request_id!r}, url={self.url!r})"
        )


class BadRequestError(APIStatusError):
    """400: Twilio rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the account SID / API key or its secret was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not read this resource."""


class NotFoundError(APIStatusError):
    """404: no such Service, Session, Participant or Message Interaction."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is Twilio's advice in seconds, if given."""

    retry_after: float | None

    def __init__(
        self,
        *,
        status_code: int,
        message: str,
        method: str,
        url: str,
        code: int | None = None,
        detail: str | None = None,
        more_info: str | None = None,
        details: Mapping[str, object] | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(
            status_code=status_code,
            message=message,
            method=method,
            url=url,
            code=code,
            detail=detail,
            more_info=more_info,
            details=details,
            request_id=request_id,
            headers=headers,
        )


class ServerError(APIStatusError):
    """5xx: Twilio failed to answer. 500, 502, 503 and 504 are retried."""


class APIConnectionError(TwilioProxyError):
    """No HTTP answer arrived: connection refused or reset, DNS, TLS, protocol error.

    ``cause_name`` names the transport's exception (e.g. ``ConnectError``).
    ``sent`` is False when the request provably never left this machine (the
    connection could not be made) and True when it may have reached Twilio.
    """

    method: str
    url: str
    sent: bool
    cause_name: str | None

    def __init__(self, message: str, *, method: str, url: str, sent: bool = True) -> None:
        self.method = method
        self.url = url
        self.sent = sent
        self.cause_name = None
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The connect, write, read or pool timeout ran out."""


class ResponseValidationError(TwilioProxyError):
    """A 2xx answer whose body is not what the spec says (or not for what was asked).

    The body itself is never included: it may hold a message body (personal data).
    """

    status_code: int
    request_id: str | None
    url: str

    def __init__(
        self, message: str, *, status_code: int, url: str, request_id: str | None = None
    ) -> None:
        self.status_code = status_code
        self.request_id = request_id
        self.url = url
        text = f"{message} (HTTP {status_code} from {url}"
        text += f", request {request_id})" if request_id else ")"
        super().__init__(text)


class InvalidSidError(TwilioProxyError, ValueError):
    """A SID argument is not its two-letter prefix followed by 32 hex digits.

    Raised before any network I/O; ``argument`` names the offending parameter.
    """

    argument: str

    def __init__(self, message: str, *, argument: str) -> None:
        self.argument = argument
        super().__init__(message)


class MissingCredentialsError(TwilioProxyError):
    """No usable credentials were passed or found in the environment.

    The message names exactly which arguments or environment variables to set
    (``variables`` lists the variables). It never repeats a value that was given.
    """

    variables: tuple[str, ...]

    def __init__(self, message: str, *, variables: tuple[str, ...] = ()) -> None:
        self.variables = variables
        super().__init__(message)


class ConfigurationError(TwilioProxyError, ValueError):
    """A client setting (region, edge, base_url, timeout, retries, user agent) is invalid."""


class InvalidArgumentError(TwilioProxyError, ValueError):
    """An argument other than a SID is invalid (e.g. page_size, body); nothing was sent.

    ``argument`` names the offending parameter.
    """

    argument: str

    def __init__(self, message: str, *, argument: str) -> None:
        self.argument = argument
        super().__init__(message)


class InvalidCallbackError(TwilioProxyError, ValueError):
    """A callback form has a field that is not what the spec says (``from_form``).

    ``field`` names it as Twilio sends it (e.g. ``interactionDateCreated``).
    The message never repeats the value: callback fields may be personal data.
    """

    field: str

    def __init__(self, message: str, *, field: str) -> None:
        self.field = field
        super().__init__(message)


class ClientClosedError(TwilioProxyError, RuntimeError):
    """The client (or the ``http_client`` it was given) was closed; create a new one."""


class EventLoopError(TwilioProxyError, RuntimeError):
    """An AsyncClient was used from an event loop other than the one it first ran in.

    Its connections belong to that loop: create one AsyncClient per event loop.
    """
