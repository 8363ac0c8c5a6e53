"""Every public exception survives pickle, copy and deepcopy, also across a process boundary.

The classes are found in ``twilio_proxy.__all__``, and each is built from its
own signature (walked up through ``**kwargs`` to the parent's), so a class or
attribute added later is covered without touching this file.
"""

from __future__ import annotations

import concurrent.futures
import copy
import inspect
import multiprocessing
import pickle
from typing import Any

import pytest

import twilio_proxy
from _support import AUTH_TOKEN, ENCODED_AUTH, REQUEST_ID
from twilio_proxy import (
    APIConnectionError,
    APIStatusError,
    NotFoundError,
    ResponseValidationError,
    TwilioProxyError,
)
from twilio_proxy._status import status_error

URL = "https://proxy.twilio.com/v1/Services/KS" + "a" * 32
CLASSES = [
    value
    for value in (getattr(twilio_proxy, name) for name in twilio_proxy.__all__)
    if isinstance(value, type) and issubclass(value, BaseException)
]
# A value for every constructor parameter any of the classes has; a new one fails loudly.
SAMPLES: dict[str, Any] = {
    "message": "Something went wrong",
    "status_code": 404,
    "method": "GET",
    "url": URL,
    "code": 20404,
    "detail": "A sentence more.",
    "more_info": "https://www.twilio.com/docs/errors/20404",
    "details": {"field": "Sid", "reasons": ["bad", {"deep": [1, None]}]},
    "request_id": REQUEST_ID,
    "headers": {"twilio-request-id": REQUEST_ID, "retry-after": "3"},
    "retry_after": 2.5,
    "argument": "sid",
    "field": "interactionDateCreated",
    "sent": False,
    "variables": ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"),
}


def parameters(cls: type) -> list[inspect.Parameter]:
    """The constructor's parameters, following ``**kwargs`` up to the parent's ``__init__``."""
    found: dict[str, inspect.Parameter] = {}
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        if not klass.__module__.startswith("twilio_proxy"):
            return list(found.values()) or [
                inspect.Parameter("message", inspect.Parameter.POSITIONAL_ONLY)
            ]
        params = list(inspect.signature(init).parameters.values())[1:]
        for param in params:
            if param.kind is not inspect.Parameter.VAR_KEYWORD:
                found.setdefault(param.name, param)
        if not any(param.kind is inspect.Parameter.VAR_KEYWORD for param in params):
            break
    return list(found.values())


def build(cls: type[BaseException]) -> BaseException:
    args, kwargs = [], {}
    for param in parameters(cls):
        assert param.name in SAMPLES, f"add a sample for {cls.__name__}({param.name}=…)"
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = SAMPLES[param.name]
        else:
            args.append(SAMPLES[param.name])
    error = cls(*args, **kwargs)
    if isinstance(error, APIConnectionError):
        error.cause_name = "ConnectError"  # set by the client after construction
    return error


def test_every_public_exception_is_a_twilio_proxy_error() -> None:
    assert len(CLASSES) > 10
    assert all(issubclass(cls, TwilioProxyError) for cls in CLASSES)


ROUND_TRIPS = {
    "pickle": lambda error: pickle.loads(pickle.dumps(error, pickle.HIGHEST_PROTOCOL)),
    "pickle-0": lambda error: pickle.loads(pickle.dumps(error, 0)),
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
}


def check_same(made: BaseException, error: BaseException) -> None:
    assert type(made) is type(error)
    assert str(made) == str(error)
    assert repr(made) == repr(error)
    assert made.args == error.args
    assert vars(made) == vars(error)


@pytest.mark.parametrize("how", list(ROUND_TRIPS))
@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_round_trip_keeps_class_message_and_attributes(cls: type[BaseException], how: str) -> None:
    error = build(cls)
    for param in parameters(cls):  # every keyword argument is kept as an attribute
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            assert getattr(error, param.name) == SAMPLES[param.name]
    check_same(ROUND_TRIPS[how](error), error)


def test_error_made_from_an_answer_round_trips() -> None:
    # Redacted headers are the transports' own mapping, not a dict: it must pickle too.
    error = status_error(
        status_code=429,
        headers={"twilio-request-id": REQUEST_ID, "x-echo": f"Basic {ENCODED_AUTH}"},
        body=b'{"code": 20429, "message": "Too Many Requests", "status": 429}',
        method="GET",
        url=URL,
        secrets=(AUTH_TOKEN, ENCODED_AUTH),
    )
    for how in ROUND_TRIPS.values():
        made = how(error)
        check_same(made, error)
        assert made.headers["X-Echo"] == "Basic [redacted]"


def raise_not_found() -> None:
    """Run in a worker process."""
    raise NotFoundError(
        status_code=404,
        message="The requested resource was not found",
        method="GET",
        url=URL,
        code=20404,
        request_id=REQUEST_ID,
        headers={"twilio-request-id": REQUEST_ID},
    )


def test_error_raised_in_a_worker_process_reaches_the_parent() -> None:
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(raise_not_found)
        with pytest.raises(NotFoundError) as info:
            future.result(timeout=60)
    error = info.value
    assert (error.status_code, error.code, error.request_id) == (404, 20404, REQUEST_ID)
    assert error.headers == {"twilio-request-id": REQUEST_ID}
    assert str(error) == (
        f"404 Not Found (Twilio error 20404): The requested resource was not found "
        f"(request {REQUEST_ID})"
    )


# --- str() and repr() ------------------------------------------------------------------------


def status(**fields: Any) -> APIStatusError:
    return APIStatusError(**{"status_code": 404, "method": "GET", "url": URL, **fields})


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        (
            {"code": 20404, "message": "Gone", "more_info": "https://t.co/e", "request_id": "RQ1"},
            "404 Not Found (Twilio error 20404): Gone. See https://t.co/e (request RQ1)",
        ),
        (
            {"message": "Authenticate", "detail": "Wrong token.", "more_info": "https://t.co/e"},
            "404 Not Found: Authenticate (Wrong token.). See https://t.co/e",
        ),
        ({"message": "Is it gone?", "more_info": "https://t.co/e"}, "404 Not Found: Is it gone? See https://t.co/e"),
        ({"message": "Gone.", "more_info": "https://t.co/e"}, "404 Not Found: Gone. See https://t.co/e"),
        ({"message": "", "code": 20404}, "404 Not Found (Twilio error 20404)"),
        ({"message": "", "more_info": "https://t.co/e"}, "404 Not Found. See https://t.co/e"),
        ({"message": "x", "status_code": 599}, "599 Unknown Status: x"),
        ({"message": "x", "status_code": 302}, "302 Found: x"),
    ],
)  # fmt: skip
def test_status_error_str(fields: dict[str, Any], text: str) -> None:
    error = status(**fields)
    assert str(error) == text
    assert error.headers == {}


def test_status_error_repr_names_what_identifies_the_call() -> None:
    error = NotFoundError(
        status_code=404, message="Gone", method="GET", url=URL, code=20404, request_id=REQUEST_ID
    )
    assert repr(error) == (
        f"NotFoundError(status_code=404, code=20404, request_id={REQUEST_ID!r}, url={URL!r})"
    )


@pytest.mark.parametrize(
    ("request_id", "suffix"), [(REQUEST_ID, f", request {REQUEST_ID})"), (None, ")")]
)
def test_response_validation_error_str(request_id: str | None, suffix: str) -> None:
    error = ResponseValidationError(
        "the body is not JSON", status_code=200, url=URL, request_id=request_id
    )
    assert str(error) == f"the body is not JSON (HTTP 200 from {URL}{suffix}"
