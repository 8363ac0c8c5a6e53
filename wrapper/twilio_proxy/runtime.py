"""What the generated package stands on: the one module of twilio_proxy it imports.

``twilio_proxy_api`` is rendered by ``make generate`` from the spec: the result
classes and their parse functions, one ``Operation`` per operation of the spec,
the resource classes apps call (``client.sessions``), the callbacks. It imports
this module and nothing else of twilio_proxy (``tests/test_imports.py`` reads
every generated module to check), and twilio_proxy's core never imports it:
``Client``, ``AsyncClient``, ``twilio_proxy.webhooks`` and the command line
put the two together. Apps do not need this module.

What it offers:

* the operation table's types (``Operation``, ``Param``, ``REQUIRED``) and the
  constants saying where an argument goes and what it holds;
* ``SyncRunner`` and ``AsyncRunner``: what a resource class calls to run an
  operation (the core behind ``Client`` and ``AsyncClient`` is one);
* what a parse function raises and calls (``InvalidBody``, ``wrong``, ...) and
  what a result class shows (``plain``, ``hidden``, ``shown_url``, ``decode_object``);
* what a callback class's ``from_form`` calls (``form_values``, ``form_text``, ...);
* the types of the methods' signatures (``Timeout``, ``APIResponse``).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Coroutine, Generator, Mapping
from typing import Protocol, TypeVar

from ._config import Timeout
from ._exceptions import InvalidCallbackError
from ._forms import (
    form_datetime,
    form_integer,
    form_json_object,
    form_open_enum,
    form_requires_one_of,
    form_rest,
    form_text,
    form_values,
)
from ._operation import (
    BOOL,
    DATETIME,
    ENUM,
    FORM,
    INT,
    JSON_TEXT,
    NUMBER,
    PATH,
    QUERY,
    REQUIRED,
    SID,
    STR,
    Operation,
    Param,
)
from ._parsing import (
    InvalidBody,
    decode_object,
    hidden,
    not_object,
    number,
    parse_datetime,
    plain,
    shown_url,
    wrong,
)
from ._response import APIResponse

R = TypeVar("R")


class SyncRunner(Protocol):
    """Runs an operation for ``Client``'s resource classes: arguments checked, sent, read."""

    def call(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> R:
        """Run an operation that answers one resource (or nothing: a delete)."""

    def call_with_response(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> APIResponse[R]:
        """As ``call``, with the status, headers and request id."""

    def fetch_path(self, operation: Operation[R], path: str, sid: str) -> R:
        """The usual fetch: *path* built from SIDs the generated code checked."""

    def items(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> Generator[R, None, None]:
        """The items of a list, pages fetched lazily; arguments checked now."""

    def pages(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> Generator[APIResponse[list[R]], None, None]:
        """Each page of a list with its HTTP answer; arguments checked now."""


class AsyncRunner(Protocol):
    """``SyncRunner`` for ``AsyncClient``: arguments are checked when a method is called."""

    def call(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> Coroutine[object, None, R]:
        """Run an operation that answers one resource (or nothing: a delete)."""

    def call_with_response(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> Coroutine[object, None, APIResponse[R]]:
        """As ``call``, with the status, headers and request id."""

    def fetch_path(
        self, operation: Operation[R], path: str, sid: str
    ) -> Coroutine[object, None, R]:
        """The usual fetch: *path* built from SIDs the generated code checked."""

    def items(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> AsyncGenerator[R, None]:
        """``async for`` over a list's items, pages fetched lazily."""

    def pages(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> AsyncGenerator[APIResponse[list[R]], None]:
        """``async for`` over each page with its HTTP answer."""


__all__ = [
    "BOOL",
    "DATETIME",
    "ENUM",
    "FORM",
    "INT",
    "JSON_TEXT",
    "NUMBER",
    "PATH",
    "QUERY",
    "REQUIRED",
    "SID",
    "STR",
    "APIResponse",
    "AsyncRunner",
    "InvalidBody",
    "InvalidCallbackError",
    "Operation",
    "Param",
    "SyncRunner",
    "Timeout",
    "decode_object",
    "form_datetime",
    "form_integer",
    "form_json_object",
    "form_open_enum",
    "form_requires_one_of",
    "form_rest",
    "form_text",
    "form_values",
    "hidden",
    "not_object",
    "number",
    "parse_datetime",
    "plain",
    "shown_url",
    "wrong",
]
