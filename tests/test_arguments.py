"""prepare(): every argument of an emitted Operation checked and encoded before any I/O.

Pure tests of ``twilio_proxy._arguments`` against the operations emitted from the
spec (``twilio_proxy_api``): SIDs, unique names as one path segment, required
fields and conditional groups, every kind of form value, and what an error may
show (never a secret, never personal data, never a str subclass's own repr).
The last section keeps the old create tests that go end to end.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import inspect
import re
import types
import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import twilio_proxy
import twilio_proxy_api.interactions
import twilio_proxy_api.message_interactions
import twilio_proxy_api.participants
import twilio_proxy_api.phone_numbers
import twilio_proxy_api.services
import twilio_proxy_api.sessions
from _server import Server, answer, closed_port, hang, reset_at_once
from _support import AUTH_TOKEN, EXAMPLE, EXPECTED_PATH, MESSAGE_BODY, SIDS, Api
from _support import PARENT as E2E_PARENT
from twilio_proxy import InvalidArgumentError, InvalidSidError
from twilio_proxy._arguments import (
    MAX_UNIQUE_NAME,
    PRIVATE_MIN,
    Prepared,
    describe,
    prepare,
    python_name,
)
from twilio_proxy.runtime import (
    BOOL,
    ENUM,
    FORM,
    INT,
    NUMBER,
    PATH,
    QUERY,
    REQUIRED,
    SID,
    Operation,
    Param,
)
from twilio_proxy_api.enums import (
    ServiceGeoMatchLevel,
    SessionMode,
    SessionStatus,
)
from twilio_proxy_api.message_interactions import (
    CREATE_MESSAGE_INTERACTION,
    FETCH_MESSAGE_INTERACTION,
    LIST_MESSAGE_INTERACTION,
)
from twilio_proxy_api.participants import CREATE_PARTICIPANT, FETCH_PARTICIPANT
from twilio_proxy_api.phone_numbers import (
    CREATE_PHONE_NUMBER,
    DELETE_PHONE_NUMBER,
    FETCH_PHONE_NUMBER,
    UPDATE_PHONE_NUMBER,
)
from twilio_proxy_api.services import (
    CREATE_SERVICE,
    DELETE_SERVICE,
    FETCH_SERVICE,
    LIST_SERVICE,
    UPDATE_SERVICE,
)
from twilio_proxy_api.sessions import CREATE_SESSION, FETCH_SESSION, UPDATE_SESSION

HEX = "0123456789abcdef" * 2
KS, KC, KP, KI, PN = ("KS" + HEX, "KC" + HEX, "KP" + HEX, "KI" + HEX, "PN" + HEX)
URL = "https://example.com/a.png"
PHONE = "+15551234567"
MODULES: list[types.ModuleType] = [
    twilio_proxy_api.services,
    twilio_proxy_api.sessions,
    twilio_proxy_api.participants,
    twilio_proxy_api.interactions,
    twilio_proxy_api.message_interactions,
    twilio_proxy_api.phone_numbers,
]
OPERATIONS: list[Operation[Any]] = [
    value for module in MODULES for value in vars(module).values() if isinstance(value, Operation)
]
# Every path argument of every operation: (operation, param).
PATH_PARAMS = [(op, p) for op in OPERATIONS for p in op.params if p.where == PATH]
PARENT = {"service_sid": KS, "session_sid": KC, "participant_sid": KP}


def operation_name(operation: Operation[Any]) -> str:
    return operation.name


def option_name(param: Param) -> str:
    """How the CLI names arguments in its errors."""
    return "--" + param.name.replace("_", "-")


def valid_sid(param: Param) -> str:
    assert param.pattern is not None
    return param.pattern.pattern[:2] + HEX


def path_arguments(operation: Operation[Any]) -> dict[str, object]:
    """A valid SID for every path argument of *operation*."""
    return {p.name: valid_sid(p) for p in operation.params if p.where == PATH}


def refused(
    operation: Operation[Any], error: type[Exception] = InvalidArgumentError, **arguments: object
) -> Exception:
    with pytest.raises(error) as caught:
        prepare(operation, {**path_arguments(operation), **arguments})
    return caught.value


def form_of(operation: Operation[Any], **arguments: object) -> list[tuple[str, str]] | None:
    return prepare(operation, {**path_arguments(operation), **arguments}).form


class Markup(str):
    """A str subclass as template engines make them: str() is itself, repr differs."""

    def __str__(self) -> str:
        return self

    def __repr__(self) -> str:
        return "Markup(REPR-OF-THE-SUBCLASS)"

    def __format__(self, spec: str) -> str:
        return "../../Evil"


def shown(exc: BaseException) -> str:
    """Everything an error carries that a log or traceback may print."""
    return f"{exc} {exc!r} {exc.args} {vars(exc)} {exc.__context__!r} {exc.__cause__!r}"


# --- SIDs --------------------------------------------------------------------------------


def test_the_spec_has_path_sids_and_unique_names() -> None:
    assert {op.name for op, _ in PATH_PARAMS} >= {"FetchService", "FetchSession"}
    assert all(p.kind == SID and p.pattern is not None for _, p in PATH_PARAMS)
    assert {op.name for op, p in PATH_PARAMS if p.unique_name} == {"FetchService", "FetchSession"}


@pytest.mark.parametrize(
    "operation", [op for op in OPERATIONS if "{" in op.path], ids=operation_name
)
@pytest.mark.parametrize("digits", [HEX, HEX.upper(), "0" * 32, "F" * 32])
def test_valid_sids_are_put_in_the_path_verbatim(operation: Operation[Any], digits: str) -> None:
    arguments = {p.name: valid_sid(p)[:2] + digits for p in operation.params if p.where == PATH}
    required = {p.name: "x" * 12 for p in operation.params if p.required and p.where == FORM}
    extra = {"body": "hi"} if operation.conditional else {}
    prepared = prepare(operation, {**arguments, **required, **extra})
    assert prepared.path == operation.path.format_map(arguments)
    if "sid" in arguments and operation.verb != "create":
        assert prepared.identity == ("sid", arguments["sid"])


@pytest.mark.parametrize(
    ("operation", "param"),
    [(op, p) for op, p in PATH_PARAMS if p.unique_name is None],
    ids=lambda x: getattr(x, "name", ""),
)
def test_each_path_sid_is_checked_against_its_own_pattern(
    operation: Operation[Any], param: Param
) -> None:
    # Another resource's SID: the right length and digits, the wrong prefix.
    other = ("KS" if valid_sid(param)[:2] != "KS" else "KC") + HEX
    with pytest.raises(InvalidSidError) as caught:
        prepare(operation, {**path_arguments(operation), param.name: other})
    assert caught.value.argument == param.name
    prefix = valid_sid(param)[:2]
    assert str(caught.value).startswith(f"{param.name} must be {prefix!r} followed by 32 hex")


FORM_SID_PARAMS = [
    (op, p) for op in OPERATIONS for p in op.params if p.where != PATH and p.pattern is not None
]


def test_the_spec_has_form_sids() -> None:
    assert {(op.name, p.name) for op, p in FORM_SID_PARAMS} >= {
        ("CreatePhoneNumber", "sid"),
        ("CreateService", "chat_instance_sid"),
        ("UpdateService", "chat_instance_sid"),
        ("CreateParticipant", "proxy_identifier_sid"),
    }


@pytest.mark.parametrize(
    ("operation", "param"), FORM_SID_PARAMS, ids=lambda x: getattr(x, "name", "")
)
@pytest.mark.parametrize("value", ["PN123", "garbage", "KS" + HEX])
def test_each_form_sid_is_checked_against_its_own_pattern(
    operation: Operation[Any], param: Param, value: str
) -> None:
    required = {p.name: "x" * 12 for p in operation.params if p.required and p.where == FORM}
    with pytest.raises(InvalidSidError) as caught:
        prepare(operation, {**path_arguments(operation), **required, param.name: value})
    assert caught.value.argument == param.name
    assert str(caught.value).startswith(f"{param.name} must be '")
    assert str(caught.value).endswith(f"got {value!r} ({len(value)} characters)")


def test_a_credential_pasted_as_a_form_sid_is_not_shown() -> None:
    token = "secret-auth-token-0123456789abcdef"
    with pytest.raises(InvalidSidError) as caught:
        prepare(CREATE_PHONE_NUMBER, {"service_sid": KS, "sid": token}, secrets=(token,))
    assert str(caught.value) == (
        "sid must be 'PN' followed by 32 hexadecimal digits (34 characters), got a value "
        f"holding a credential ({len(token)} characters, not shown)"
    )


BAD = [
    "",
    "KI",
    "KI" + HEX[:31],  # 33 characters
    "KI" + HEX + "0",  # 35 characters
    "KS" + HEX,  # another resource's prefix
    "ki" + HEX,
    "\u212aI" + HEX,  # KELVIN SIGN, which lower-cases to 'k'
    ".",
    "..",
    "%2e",
    "%2e%2e",
    "/",
    "../../../v2/Other",
    "KI" + HEX[:15] + "/" + HEX[:16],
    "KI" + "%2F" + HEX[:29],
    "KI" + ".." + HEX[:30],
    "KI" + HEX[:31] + "?",
    "KI" + HEX[:31] + "#",
    "KI" + HEX[:31] + "\x00",
    " KI" + HEX[:31],
    "KI" + HEX + "\n",  # `$` would match before it; fullmatch does not
    "KI" + HEX[:30] + "\r\n",
    "KI" + "\u0663" * 32,  # ARABIC-INDIC DIGIT THREE: \d would take it
    "KI" + "\uff10" * 32,  # FULLWIDTH DIGIT ZERO
    "KI" + "\u00b2" + HEX[:31],  # SUPERSCRIPT TWO: str.isdigit() would take it
    "KI" + "g" * 32,
    "KI" + HEX[:31] + "\ud83d",  # a lone surrogate
]


@pytest.mark.parametrize("value", BAD, ids=range(len(BAD)))
def test_bad_sid_is_refused_and_shown_escaped(value: str) -> None:
    exc = refused(FETCH_MESSAGE_INTERACTION, InvalidSidError, sid=value)
    assert isinstance(exc, InvalidSidError)
    assert exc.argument == "sid"
    assert str(exc) == (
        "sid must be 'KI' followed by 32 hexadecimal digits (34 characters), "
        f"got {value!a} ({len(value)} characters)"
    )
    # Nothing in the value can forge a log line or drive a terminal.
    assert str(exc).isascii()
    assert str(exc).isprintable()


@pytest.mark.parametrize(
    ("operation", "value", "message"),
    [
        (FETCH_PHONE_NUMBER, None, "sid must be 'PN' followed by 32 hexadecimal digits "
         "(34 characters), got a NoneType"),
        (FETCH_PHONE_NUMBER, 1234, "sid must be 'PN' followed by 32 hexadecimal digits "
         "(34 characters), got a int"),
        (FETCH_PHONE_NUMBER, PN.encode(), "sid must be 'PN' followed by 32 hexadecimal "
         "digits (34 characters), got a bytes"),
        (FETCH_SERVICE, None, "sid must be 'KS' followed by 32 hexadecimal digits "
         "(34 characters), or a unique name, got a NoneType"),
        (FETCH_SERVICE, 1234, "sid must be 'KS' followed by 32 hexadecimal digits "
         "(34 characters), or a unique name, got a int"),
        (FETCH_SESSION, ["KC" + HEX], "sid must be 'KC' followed by 32 hexadecimal digits "
         "(34 characters), or a unique name, got a list"),
    ],
)  # fmt: skip
def test_non_str_is_refused_by_type(operation: Operation[Any], value: Any, message: str) -> None:
    exc = refused(operation, InvalidSidError, sid=value)
    assert str(exc) == message
    assert isinstance(exc, ValueError)


def test_a_str_subclass_sid_is_used_as_its_plain_text() -> None:
    prepared = prepare(FETCH_MESSAGE_INTERACTION, {**PARENT, "sid": Markup(KI)})
    assert prepared.path.endswith("/MessageInteractions/" + KI)
    assert "Evil" not in prepared.path
    assert prepared.identity == ("sid", KI)
    assert type(prepared.identity[1]) is str
    exc = refused(FETCH_MESSAGE_INTERACTION, InvalidSidError, sid=Markup("KI" + "z" * 32))
    assert "REPR" not in str(exc)
    assert str(exc).endswith(f"got {'KI' + 'z' * 32!a} (34 characters)")


# The emitted shorter way of every fetch of SIDs alone: (operation, its path function).
FAST_FETCHES = [
    (op, getattr(module, f"_{constant.lower()}_path"))
    for module in MODULES
    for constant, op in vars(module).items()
    if isinstance(op, Operation) and op.verb == "fetch" and all(p.where == PATH for p in op.params)
]


def near_sids(param: Param) -> st.SearchStrategy[object]:
    """Values a SID argument may hold: its pattern's, and ones just off it (or no str at all)."""
    assert param.pattern is not None
    prefix = param.pattern.pattern[:2]
    valid = st.text("0123456789abcdefABCDEF", min_size=32, max_size=32).map(lambda h: prefix + h)
    off = valid.flatmap(
        lambda sid: st.sampled_from(
            [sid[:-1], sid + "a", sid[:9] + "/" + sid[10:], sid + "/", "/" + sid[1:],
             sid[:2] + "g" + sid[3:], sid.lower(), Markup(sid), sid + "\n", "KS" + sid[2:]]
        )
    )  # fmt: skip
    return st.one_of(valid, off, st.text(max_size=40), st.integers())


@pytest.mark.parametrize(
    ("operation", "fast_path"), FAST_FETCHES, ids=lambda v: getattr(v, "name", "")
)
@given(data=st.data())
def test_a_fetchs_shorter_way_takes_exactly_the_sids_of_its_pattern(
    operation: Operation[Any], fast_path: Callable[..., str | None], data: st.DataObject
) -> None:
    # Its one pattern for the whole path holds when each SID matches its own, and only then.
    values = {p.name: data.draw(near_sids(p), label=p.name) for p in operation.params}
    plain = all(
        type(v) is str and p.pattern is not None and p.pattern.fullmatch(v)
        for p, v in zip(operation.params, values.values(), strict=True)
    )
    path = fast_path(*values.values())
    if plain:
        assert path == prepare(operation, values).path
    else:
        assert path is None


def test_long_value_is_cut_at_40_characters() -> None:
    exc = refused(FETCH_PARTICIPANT, InvalidSidError, sid="KI" + "z" * 5000 + "\n")
    assert str(exc) == (
        "sid must be 'KP' followed by 32 hexadecimal digits (34 characters), "
        "got 'KI" + "z" * 38 + "\\u2026' (5003 characters)"
    )


@pytest.mark.parametrize(
    ("operation", "argument"),
    [(FETCH_SESSION, "service_sid"), (DELETE_SERVICE, "sid"), (FETCH_SERVICE, "sid"),
     (FETCH_SESSION, "sid")],
)  # fmt: skip
@pytest.mark.parametrize("value", [AUTH_TOKEN, f"KS{AUTH_TOKEN}", f"{AUTH_TOKEN}\n"])
def test_a_value_holding_a_secret_is_never_shown(
    operation: Operation[Any], argument: str, value: str
) -> None:
    # Not even sent as a unique name: the path is logged.
    with pytest.raises(InvalidSidError) as caught:
        prepare(operation, {**path_arguments(operation), argument: value}, secrets=("", AUTH_TOKEN))
    assert AUTH_TOKEN not in shown(caught.value)
    assert f"got a value holding a credential ({len(value)} characters, not shown)" in str(
        caught.value
    )
    assert caught.value.argument == argument


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "a NoneType"),
        (b"x", "a bytes"),
        ("KI\n", "'KI\\n' (3 characters)"),
        ("é" * 41, "'" + "\\xe9" * 40 + "\\u2026' (41 characters)"),
        (Markup("plain"), "'plain' (5 characters)"),
    ],
)
def test_describe(value: object, expected: str) -> None:
    assert describe(value) == expected
    assert describe("has-the-secret", ("", "secret")) == (
        "a value holding a credential (14 characters, not shown)"
    )


@settings(max_examples=200, deadline=None)
@given(
    value=st.text(max_size=40)
    # Near misses: the prefix and 31-33 characters, mostly hex, some hostile.
    | st.builds(
        str.__add__,
        st.sampled_from(["KI", "KP", "ki"]),
        st.text(alphabet=HEX + "ABCDEFgG./%\n\u0663\uff10", min_size=31, max_size=33),
    ),
)
def test_sid_accepted_exactly_when_prefix_and_ascii_hex(value: str) -> None:
    arguments = {**PARENT, "sid": value}
    if re.fullmatch("KI[0-9a-fA-F]{32}", value, re.ASCII) is not None:
        assert prepare(FETCH_MESSAGE_INTERACTION, arguments).path.endswith("/" + value)
        return
    with pytest.raises(InvalidSidError) as caught:
        prepare(FETCH_MESSAGE_INTERACTION, arguments)
    assert str(caught.value).isascii()


# --- unique names: one path segment, whatever the text ------------------------------------

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)  # lone surrogates too
NAMES = (
    ANY_TEXT
    | st.sampled_from(
        [
            "",
            ".",
            "..",
            "...",
            "%",
            "%2e",
            "%2E%2e",
            "%zz",
            "a/b",
            "../x",
            "?q=1",
            "#f",
            "\x00",
            "a\r\nb",
            "\ud83d",
            "KS" + HEX,
            "KC" + HEX,
            "KS" + HEX + "\n",
            "x" * 191,
            "x" * 192,
        ]
    )
    | st.text(alphabet="./%?#\\ a\x7f\u202e", max_size=12)
    | st.text(min_size=185, max_size=200)
)
SEGMENT_OPERATIONS = [(FETCH_SERVICE, {}, 4, "KS"), (FETCH_SESSION, {"service_sid": KS}, 6, "KC")]


def is_refused_name(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return value in ("", ".", "..") or len(value) > MAX_UNIQUE_NAME


@pytest.mark.parametrize(
    ("operation", "parent", "count", "prefix"), SEGMENT_OPERATIONS, ids=["service", "session"]
)
@settings(max_examples=300, deadline=None)
@given(value=NAMES)
def test_any_text_that_is_not_a_sid_is_exactly_one_path_segment(
    operation: Operation[Any], parent: dict[str, str], count: int, prefix: str, value: str
) -> None:
    arguments = {**parent, "sid": value}
    if re.fullmatch(prefix + "[0-9a-fA-F]{32}", value, re.ASCII):
        prepared = prepare(operation, arguments)
        assert prepared.path.split("/")[-1] == value
        assert prepared.identity == ("sid", value)
        return
    if is_refused_name(value):
        with pytest.raises(InvalidArgumentError) as caught:
            prepare(operation, arguments)
        assert caught.value.argument == "sid"
        assert str(caught.value).isascii()
        return
    prepared = prepare(operation, arguments)
    segments = prepared.path.split("/")
    assert len(segments) == count
    assert segments[:-1] == operation.path.format_map({**parent, "sid": ""}).split("/")[:-1]
    segment = segments[-1]
    assert segment not in ("", ".", "..")
    assert not set(segment) & set("?#/\\ ")
    assert segment.isascii()
    assert segment.isprintable()
    assert re.fullmatch(r"(?:[^%]|%[0-9A-F]{2})*", segment)
    assert urllib.parse.unquote(segment, errors="strict") == value
    assert prepared.identity == ("unique_name", value)


@pytest.mark.parametrize(
    ("operation", "arguments", "identity"),
    [
        (FETCH_SERVICE, {"sid": KS}, ("sid", KS)),
        (FETCH_SERVICE, {"sid": "my-service"}, ("unique_name", "my-service")),
        (FETCH_SERVICE, {"sid": Markup("my-service")}, ("unique_name", "my-service")),
        (FETCH_SERVICE, {"sid": "KC" + HEX}, ("unique_name", "KC" + HEX)),
        (FETCH_SESSION, {"service_sid": KS, "sid": KC}, ("sid", KC)),
        (
            FETCH_SESSION,
            {"service_sid": KS, "sid": "order/42?x#y"},
            ("unique_name", "order/42?x#y"),
        ),
        (FETCH_MESSAGE_INTERACTION, {**PARENT, "sid": KI}, ("sid", KI)),
        (DELETE_SERVICE, {"sid": KS}, ("sid", KS)),
        (LIST_MESSAGE_INTERACTION, PARENT, None),
        (CREATE_SESSION, {"service_sid": KS}, None),
        (LIST_SERVICE, {}, None),
    ],
)
def test_identity_of_the_answer(
    operation: Operation[Any], arguments: dict[str, object], identity: tuple[str, str] | None
) -> None:
    prepared = prepare(operation, arguments)
    assert prepared.identity == identity
    if identity is not None:
        assert type(identity[1]) is str


def test_a_unique_name_is_percent_encoded() -> None:
    prepared = prepare(FETCH_SESSION, {"service_sid": KS, "sid": "a/b?c#d %e é.~-_"})
    assert prepared.path == f"/v1/Services/{KS}/Sessions/a%2Fb%3Fc%23d%20%25e%20%C3%A9.~-_"


@pytest.mark.parametrize("value", ["", ".", "..", "x" * (MAX_UNIQUE_NAME + 1)])
def test_unusable_unique_name_is_refused(value: str) -> None:
    exc = refused(FETCH_SERVICE, sid=value)
    assert str(exc) == (
        "sid must be a SID or a unique name of 1 to 191 characters (not '.' or '..')"
    )
    assert prepare(FETCH_SERVICE, {"sid": "x" * MAX_UNIQUE_NAME}).path.endswith("x" * 191)


def test_unique_name_with_a_lone_surrogate_is_refused_without_the_text() -> None:
    exc = refused(FETCH_SESSION, sid="order-1234-\ud83d", service_sid=KS)
    assert "lone surrogate" in str(exc)
    assert "order-1234" not in shown(exc)
    assert (exc.__context__, exc.__cause__) == (None, None)


# --- required fields and conditional groups -------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "arguments", "argument"),
    [
        (CREATE_SERVICE, {}, "unique_name"),
        (CREATE_SERVICE, {"unique_name": None, "default_ttl": 60}, "unique_name"),
        (CREATE_SERVICE, {"unique_name": REQUIRED}, "unique_name"),
        (CREATE_PARTICIPANT, {"friendly_name": "Alice"}, "identifier"),
        (CREATE_PARTICIPANT, {"identifier": REQUIRED}, "identifier"),
    ],
)
@pytest.mark.parametrize(("naming", "shown_as"), [(None, "{}"), (option_name, "--{}")])
def test_a_required_field_left_out_is_refused(
    operation: Operation[Any],
    arguments: dict[str, object],
    argument: str,
    naming: Callable[[Param], str] | None,
    shown_as: str,
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        prepare(operation, {**path_arguments(operation), **arguments}, name=naming or python_name)
    label = shown_as.format(argument if naming is None else argument.replace("_", "-"))
    assert str(caught.value) == f"{label} is required"
    assert caught.value.argument == argument


def test_help_shows_a_required_argument_as_required() -> None:
    signature = inspect.signature(
        twilio_proxy.Client("AC" + "0" * 32, AUTH_TOKEN).participants.create
    )
    assert str(signature.parameters["identifier"]) == "identifier: 'str' = REQUIRED"


@pytest.mark.parametrize(
    ("naming", "message"),
    [
        (None, "pass body or media_url (at least one of them is required)"),
        (option_name, "pass --body or --media-url (at least one of them is required)"),
    ],
)
@pytest.mark.parametrize("left_out", [{}, {"body": None, "media_url": None}, {"body": REQUIRED}])
def test_body_or_media_url_is_required(
    naming: Callable[[Param], str] | None, message: str, left_out: dict[str, object]
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        prepare(CREATE_MESSAGE_INTERACTION, {**PARENT, **left_out}, name=naming or python_name)
    assert str(caught.value) == message
    assert caught.value.argument == "body"


# --- message interaction forms (the old check_form's cases) ---------------------------------


@pytest.mark.parametrize(
    ("body", "media_url", "expected"),
    [
        ("hi", None, [("Body", "hi")]),
        (None, URL, [("MediaUrl", URL)]),
        (None, (URL, "http://h/b"), [("MediaUrl", URL), ("MediaUrl", "http://h/b")]),
        ("hi", [URL], [("Body", "hi"), ("MediaUrl", URL)]),
        ("ünïcode ✓\nlines", None, [("Body", "ünïcode ✓\nlines")]),
        ("😀 emoji", None, [("Body", "😀 emoji")]),
        (None, "HTTPS://EXAMPLE.COM:8443/a?b=c&d#e", [("MediaUrl", "HTTPS://EXAMPLE.COM:8443/a?b=c&d#e")]),
    ],
)  # fmt: skip
def test_forms_that_are_sent(body: Any, media_url: Any, expected: list[tuple[str, str]]) -> None:
    prepared = prepare(CREATE_MESSAGE_INTERACTION, {**PARENT, "body": body, "media_url": media_url})
    assert prepared.form == expected
    assert prepared.query == []
    assert prepared.path == f"/v1/Services/{KS}/Sessions/{KC}/Participants/{KP}/MessageInteractions"


@pytest.mark.parametrize(
    ("body", "media_url", "argument", "message"),
    [
        ("", None, "body", "body must not be empty"),
        (b"hi", None, "body", "body must be a str, got a bytes"),
        (None, [], "media_url", "media_url must not be an empty list (leave it out instead)"),
        (None, (), "media_url", "media_url must not be an empty list (leave it out instead)"),
        (None, 5, "media_url", "media_url must be a list, got a int"),
        (None, {URL: URL}, "media_url", "media_url must be a list, got a dict"),
        (None, {URL}, "media_url", "media_url must be a list, got a set"),
        (None, URL.encode(), "media_url", "media_url must be a list, got a bytes"),
        (None, [None], "media_url", "media_url must be a str (a URL), got a NoneType"),
        (None, [""], "media_url", "media_url must not be empty"),
        (None, [URL, 5], "media_url", "media_url must be a str (a URL), got int 5"),
    ],
)
def test_forms_that_are_refused(body: Any, media_url: Any, argument: str, message: str) -> None:
    exc = refused(CREATE_MESSAGE_INTERACTION, body=body, media_url=media_url)
    assert isinstance(exc, InvalidArgumentError)
    assert (exc.argument, str(exc)) == (argument, message)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/a",
        "https://",
        "https:///path",
        "https://:443/",
        "https://example.com/a b",
        "https://[::1",
        "example.com/a.png",
        "javascript:alert(1)",
        "https://exämple.com/",
        "https://example.com/\n",
        "https://example.com/\t",
        "\x00https://example.com/",
        "https://example.com/\ud83d",
    ],
)
def test_a_media_url_must_be_http_with_a_host_and_no_spaces(url: str) -> None:
    exc = refused(CREATE_MESSAGE_INTERACTION, media_url=[URL, url])
    assert isinstance(exc, InvalidArgumentError)
    assert exc.argument == "media_url"
    assert str(exc) in (
        "media_url must be an http:// or https:// URL with a host and no spaces",
        "media_url is not valid text: it holds a lone surrogate (half of an emoji or other "
        "character cut in two), which cannot be sent",
    )


@pytest.mark.parametrize("value", [123456789, 1.5, ["PRIVATE body text"], b"PRIVATE bytes"])
def test_a_refused_body_is_never_shown(value: object) -> None:
    # The message is personal data: an error names its type, not its text.
    exc = refused(CREATE_MESSAGE_INTERACTION, body=value)
    assert str(exc) == f"body must be a str, got a {type(value).__name__}"
    assert "PRIVATE" not in shown(exc)
    assert "123456789" not in shown(exc)


@pytest.mark.parametrize(
    "body", ["\ud83d", f"{MESSAGE_BODY} \ud83d", f"\udfff{MESSAGE_BODY}", "a\ud800b" * 50]
)
def test_a_body_with_a_lone_surrogate_is_refused_without_the_text(body: str) -> None:
    exc = refused(CREATE_MESSAGE_INTERACTION, body=body)
    assert isinstance(exc, InvalidArgumentError)
    assert exc.argument == "body"
    assert "lone surrogate" in str(exc)
    assert (exc.__context__, exc.__cause__) == (None, None)
    for text in (str(exc), *map(str, exc.args)):
        assert MESSAGE_BODY not in text
        assert not set(text) & {"\ud83d", "\udfff", "\ud800"}


# --- every kind of form value ----------------------------------------------------------------

AWARE = dt.datetime(2030, 7, 30, 20, 0, 1, 250000, tzinfo=dt.UTC)
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


@pytest.mark.parametrize(
    ("operation", "arguments", "expected"),
    [
        # enums: the member or its string
        (CREATE_SESSION, {"mode": SessionMode.VOICE_ONLY}, [("Mode", "voice-only")]),
        (CREATE_SESSION, {"mode": "message-only"}, [("Mode", "message-only")]),
        (CREATE_SESSION, {"mode": Markup("voice-and-message")}, [("Mode", "voice-and-message")]),
        (UPDATE_SESSION, {"status": SessionStatus.CLOSED}, [("Status", "closed")]),
        (UPDATE_SESSION, {"status": "in-progress"}, [("Status", "in-progress")]),
        (CREATE_SERVICE, {"unique_name": "s", "geo_match_level": ServiceGeoMatchLevel.AREA_CODE,
                          "number_selection_behavior": "avoid-sticky"},
         [("UniqueName", "s"), ("GeoMatchLevel", "area-code"),
          ("NumberSelectionBehavior", "avoid-sticky")]),
        # booleans
        (CREATE_PHONE_NUMBER, {"is_reserved": True}, [("IsReserved", "true")]),
        (UPDATE_PHONE_NUMBER, {"is_reserved": False}, [("IsReserved", "false")]),
        # ints
        (CREATE_SESSION, {"ttl": 0}, [("Ttl", "0")]),
        (CREATE_SESSION, {"ttl": 3600}, [("Ttl", "3600")]),
        (UPDATE_SERVICE, {"default_ttl": 2**70}, [("DefaultTtl", str(2**70))]),
        # aware datetimes, as UTC, whole seconds
        (CREATE_SESSION, {"date_expiry": AWARE}, [("DateExpiry", "2030-07-30T20:00:01Z")]),
        (UPDATE_SESSION, {"date_expiry": dt.datetime(2030, 7, 30, 22, tzinfo=PLUS_TWO)},
         [("DateExpiry", "2030-07-30T20:00:00Z")]),
        (CREATE_SESSION, {"date_expiry": dt.datetime(2030, 1, 1, 1, tzinfo=PLUS_TWO)},
         [("DateExpiry", "2029-12-31T23:00:00Z")]),
        (CREATE_SESSION, {"date_expiry": dt.datetime(999, 1, 1, tzinfo=dt.UTC)},
         [("DateExpiry", "0999-01-01T00:00:00Z")]),
        # JSON text, one repeated key per item, compact, not ASCII-escaped
        (CREATE_SESSION, {"participants": [{"Identifier": PHONE},
                                           {"Identifier": "+15557654321", "FriendlyName": "Zoë"}]},
         [("Participants", '{"Identifier":"+15551234567"}'),
          ("Participants", '{"Identifier":"+15557654321","FriendlyName":"Zoë"}')]),
        (CREATE_SESSION, {"participants": ({"a": [1, 2.5, None, True, {"b": {}}]},)},
         [("Participants", '{"a":[1,2.5,null,true,{"b":{}}]}')]),
        (CREATE_SESSION, {"participants": [types.MappingProxyType({"x": 1})]},
         [("Participants", '{"x":1}')]),
        # str subclasses are sent as plain str
        (CREATE_SERVICE, {"unique_name": Markup("name"), "callback_url": Markup(URL)},
         [("UniqueName", "name"), ("CallbackUrl", URL)]),
        # nothing to send: a POST still has a (empty) form, a GET or DELETE none
        (UPDATE_PHONE_NUMBER, {}, []),
        (UPDATE_SESSION, {"ttl": None, "status": None}, []),
        (FETCH_PHONE_NUMBER, {}, None),
        (DELETE_PHONE_NUMBER, {}, None),
        (LIST_SERVICE, {}, None),
    ],
)  # fmt: skip
def test_values_are_encoded(
    operation: Operation[Any], arguments: dict[str, object], expected: list[tuple[str, str]] | None
) -> None:
    form = form_of(operation, **arguments)
    assert form == expected
    assert all(type(key) is str and type(text) is str for key, text in form or ())


@pytest.mark.parametrize(
    ("operation", "arguments", "argument", "message"),
    [
        # enums
        (CREATE_SESSION, {"mode": "VOICE-ONLY"}, "mode",
         "mode must be a SessionMode or one of 'message-only', 'voice-only', 'voice-and-message', "
         "got 'VOICE-ONLY' (10 characters)"),
        (CREATE_SESSION, {"mode": SessionStatus.OPEN}, "mode", "got 'open' (4 characters)"),
        (CREATE_SESSION, {"mode": 1}, "mode", "got a int"),
        (CREATE_SESSION, {"mode": ""}, "mode", "got '' (0 characters)"),
        (CREATE_SESSION, {"mode": Markup("nope")}, "mode", "got 'nope' (4 characters)"),
        (UPDATE_SESSION, {"status": ""}, "status", "or one of 'open', 'in-progress', 'closed', "),
        (CREATE_SERVICE, {"unique_name": "s", "number_selection_behavior": "sticky"},
         "number_selection_behavior", "'avoid-sticky', 'prefer-sticky', got 'sticky'"),
        # booleans
        (CREATE_PHONE_NUMBER, {"is_reserved": 1}, "is_reserved",
         "is_reserved must be a bool, got int 1"),
        (CREATE_PHONE_NUMBER, {"is_reserved": "true"}, "is_reserved",
         "is_reserved must be a bool, got 'true' (4 characters)"),
        (UPDATE_PHONE_NUMBER, {"is_reserved": 0.0}, "is_reserved", "got float 0.0"),
        # ints
        (CREATE_SESSION, {"ttl": True}, "ttl", "ttl must be an int, got bool True"),
        (CREATE_SESSION, {"ttl": 60.0}, "ttl", "ttl must be an int, got float 60.0"),
        (CREATE_SESSION, {"ttl": "60"}, "ttl", "ttl must be an int, got '60' (2 characters)"),
        (CREATE_SESSION, {"ttl": ""}, "ttl", "ttl must be an int, got an empty str"),
        (UPDATE_SERVICE, {"default_ttl": Markup("5")}, "default_ttl", "got '5' (1 characters)"),
        # datetimes
        (CREATE_SESSION, {"date_expiry": dt.datetime(2030, 1, 1)}, "date_expiry",
         "date_expiry must be a timezone-aware datetime, got a datetime"),
        (CREATE_SESSION, {"date_expiry": dt.date(2030, 1, 1)}, "date_expiry", "got a date"),
        (CREATE_SESSION, {"date_expiry": "2030-01-01T00:00:00Z"}, "date_expiry",
         "got '2030-01-01T00:00:00Z' (20 characters)"),
        (CREATE_SESSION, {"date_expiry": 1893456000}, "date_expiry", "got int 1893456000"),
        (CREATE_SESSION, {"date_expiry": dt.datetime(1, 1, 1, tzinfo=PLUS_TWO)}, "date_expiry",
         "date_expiry must be a datetime between the years 1 and 9999 in UTC"),
        (CREATE_SESSION, {"date_expiry": dt.datetime.max.replace(
            tzinfo=dt.timezone(-dt.timedelta(hours=1)))}, "date_expiry", "years 1 and 9999"),
        # empty strings, outside an update
        (CREATE_SERVICE, {"unique_name": ""}, "unique_name", "unique_name must not be empty"),
        (CREATE_SERVICE, {"unique_name": Markup("")}, "unique_name", "must not be empty"),
        (CREATE_PARTICIPANT, {"identifier": PHONE, "friendly_name": ""}, "friendly_name",
         "friendly_name must not be empty"),
        (CREATE_PHONE_NUMBER, {"sid": ""}, "sid", "sid must not be empty"),
        # URLs
        (CREATE_SERVICE, {"unique_name": "s", "callback_url": "ftp://x"}, "callback_url",
         "callback_url must be an http:// or https:// URL with a host and no spaces"),
        (UPDATE_SERVICE, {"intercept_callback_url": 5}, "intercept_callback_url",
         "intercept_callback_url must be a str (a URL), got int 5"),
        # lone surrogates in any text
        (CREATE_SERVICE, {"unique_name": "\ud83d"}, "unique_name", "lone surrogate"),
        (CREATE_PARTICIPANT, {"identifier": "+1555\udc00"}, "identifier", "lone surrogate"),
    ],
)  # fmt: skip
def test_values_are_refused_naming_the_argument(
    operation: Operation[Any], arguments: dict[str, object], argument: str, message: str
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        prepare(operation, {**path_arguments(operation), **arguments})
    exc = caught.value
    assert exc.argument == argument
    assert message in str(exc)
    assert "REPR" not in shown(exc)  # a str subclass's own repr
    assert str(exc).isascii()


@pytest.mark.parametrize(
    "participants",
    [
        {"Identifier": PHONE},  # one mapping, not a list of them
        PHONE,
        [PHONE],
        [{"Identifier": PHONE}, PHONE],
        [[("Identifier", PHONE)]],
        [{"Identifier": PHONE, "at": dt.datetime(2030, 1, 1)}],
        [{"Identifier": PHONE, "ratio": float("nan")}],
        [{"Identifier": PHONE, "ratio": float("inf")}],
        [{"Identifier": PHONE, "name": "\ud83d"}],
        [{"Identifier": PHONE, ("a", "b"): 1}],
        [{"Identifier": PHONE, "raw": b"+15551234567"}],
        [],
    ],
    ids=range(12),
)
def test_participants_that_are_refused_are_never_quoted(participants: object) -> None:
    exc = refused(CREATE_SESSION, participants=participants)
    assert isinstance(exc, InvalidArgumentError)
    assert exc.argument == "participants"
    assert "5551234567" not in shown(exc)
    assert (exc.__context__, exc.__cause__) == (None, None)


def test_participants_nested_too_deep_or_circular_are_refused() -> None:
    deep: dict[str, object] = {}
    inner = deep
    for _ in range(100_000):
        inner["x"] = inner = {}
    circular: dict[str, object] = {"Identifier": PHONE}
    circular["self"] = circular
    for participants in ([deep], [circular]):
        exc = refused(CREATE_SESSION, participants=participants)
        assert str(exc) == (
            "participants: each item must be a mapping of JSON values (text, numbers, booleans, "
            "lists, mappings)"
        )


@pytest.mark.parametrize(
    ("operation", "arguments", "expected"),
    [
        (UPDATE_SERVICE, {"callback_url": ""}, [("CallbackUrl", "")]),
        (UPDATE_SERVICE, {"unique_name": "", "chat_instance_sid": ""},
         [("UniqueName", ""), ("ChatInstanceSid", "")]),
        (UPDATE_SERVICE, {"intercept_callback_url": Markup("")}, [("InterceptCallbackUrl", "")]),
    ],
)  # fmt: skip
def test_an_update_sends_empty_text_to_clear_a_value(
    operation: Operation[Any], arguments: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    form = form_of(operation, **arguments)
    assert form == expected
    assert all(type(text) is str for _, text in form or ())


def test_str_subclasses_are_sent_as_plain_str() -> None:
    prepared = prepare(
        CREATE_MESSAGE_INTERACTION,
        {**PARENT, "body": Markup(MESSAGE_BODY), "media_url": [Markup(URL), URL]},
    )
    assert prepared.form == [("Body", MESSAGE_BODY), ("MediaUrl", URL), ("MediaUrl", URL)]
    assert prepared.form is not None
    assert all(type(text) is str for _, text in prepared.form)
    assert prepared.private == (MESSAGE_BODY,)
    assert all(type(text) is str for text in prepared.private)


@pytest.mark.parametrize(
    ("operation", "arguments", "private"),
    [
        # A phone number, and its digits without the "+" a server may quote them by.
        (
            CREATE_PARTICIPANT,
            {"identifier": PHONE, "friendly_name": "Alice Liddell"},
            (PHONE, PHONE[1:]),
        ),
        # Each value inside a participant object, not only its whole JSON text.
        (
            CREATE_SESSION,
            {"participants": [{"Identifier": PHONE, "FriendlyName": "Alice Liddell"}]},
            (
                f'{{"Identifier":"{PHONE}","FriendlyName":"Alice Liddell"}}',
                PHONE,
                "Alice Liddell",
                PHONE[1:],
            ),
        ),
        (CREATE_PARTICIPANT, {"identifier": "+1555"}, ()),  # shorter than PRIVATE_MIN
        (CREATE_PARTICIPANT, {"identifier": "x" * PRIVATE_MIN}, ("x" * PRIVATE_MIN,)),
        (CREATE_PARTICIPANT, {"identifier": "x" * (PRIVATE_MIN - 1)}, ()),
        (CREATE_MESSAGE_INTERACTION, {"body": MESSAGE_BODY, "media_url": URL}, (MESSAGE_BODY,)),
        (CREATE_MESSAGE_INTERACTION, {"body": "hi"}, ()),
        (CREATE_MESSAGE_INTERACTION, {"media_url": URL}, ()),
        (CREATE_SERVICE, {"unique_name": "a-long-service-name"}, ()),
    ],
)
def test_personal_data_is_collected_for_scrubbing(
    operation: Operation[Any], arguments: dict[str, object], private: tuple[str, ...]
) -> None:
    assert prepare(operation, {**PARENT, **arguments}).private == private


# --- kinds and places the spec does not use yet (a synthetic operation) ---------------------


class Colour(enum.Enum):
    RED = "red"


SYNTHETIC: Operation[None] = Operation(
    name="Synthetic",
    verb="list",
    method="GET",
    path="/v1/Things/{thing}",
    params=(
        Param("thing", "Thing", PATH, SID, required=True, pattern=re.compile("T[0-9]{3}")),
        Param("page_size", "PageSize", QUERY, INT),
        Param("ratio", "Ratio", QUERY, NUMBER),
        Param("secret_colour", "SecretColour", QUERY, ENUM, enum=Colour, private=True),
        Param("secret_count", "SecretCount", QUERY, INT, private=True),
        Param("flags", "Flag", QUERY, BOOL, many=True),
        Param("odd", "Odd", QUERY, "complex"),
    ),
    status=200,
    parse=None,
    what="a page of things",
)
NO_PATTERN: Operation[None] = Operation(
    name="NoPattern",
    verb="fetch",
    method="GET",
    path="/v1/Odd/{odd}",
    params=(Param("odd", "Odd", PATH, SID, required=True),),
    status=200,
    parse=None,
    what="an odd thing",
)


@pytest.mark.parametrize(
    ("arguments", "query"),
    [
        ({"page_size": 50}, [("PageSize", "50")]),
        ({"ratio": 1}, [("Ratio", "1")]),
        ({"ratio": 1.5}, [("Ratio", "1.5")]),
        ({"ratio": 1e300}, [("Ratio", "1e+300")]),
        ({"secret_colour": Colour.RED, "secret_count": 3}, [("SecretColour", "red"),
                                                            ("SecretCount", "3")]),
        ({"flags": [True, False]}, [("Flag", "true"), ("Flag", "false")]),
    ],
)  # fmt: skip
def test_query_arguments_are_encoded(
    arguments: dict[str, object], query: list[tuple[str, str]]
) -> None:
    prepared = prepare(SYNTHETIC, {"thing": "T123", **arguments})
    assert (prepared.path, prepared.query, prepared.form) == ("/v1/Things/T123", query, None)
    assert prepared.identity is None


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"ratio": True}, "ratio must be a number, got bool True"),
        ({"ratio": "1.5"}, "ratio must be a number, got '1.5' (3 characters)"),
        ({"secret_colour": "blue-secret"}, "secret_colour must be a Colour or one of 'red', "
         "got another value"),
        ({"secret_count": "1234-secret"}, "secret_count must be an int, got a str"),
        ({"secret_count": 12345678.0}, "secret_count must be an int, got a float"),
        ({"flags": True}, "flags must be a list, got a bool"),
        ({"flags": "true"}, "flags must be a list, got a str"),
        ({"flags": [True, "yes"]}, "flags must be a bool, got 'yes' (3 characters)"),
    ],
)  # fmt: skip
def test_query_arguments_are_checked(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        prepare(SYNTHETIC, {"thing": "T123", **arguments})
    assert str(caught.value) == message
    assert "secret" not in str(caught.value).split(" ", 1)[1]


def test_an_unknown_kind_is_a_bug_in_the_generator() -> None:
    with pytest.raises(
        AssertionError, match=r"^the generated table gave odd the unknown kind 'complex'$"
    ):
        prepare(SYNTHETIC, {"thing": "T123", "odd": 1})


@pytest.mark.parametrize(
    ("operation", "arguments", "message"),
    [
        (SYNTHETIC, {"thing": "T12"}, "thing must be a SID matching 'T[0-9]{3}', got 'T12' "
         "(3 characters)"),
        (NO_PATTERN, {"odd": "x"}, "odd must be a SID matching '', got 'x' (1 characters)"),
    ],
)  # fmt: skip
def test_other_sid_patterns_are_described(
    operation: Operation[Any], arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidSidError) as caught:
        prepare(operation, arguments)
    assert str(caught.value) == message


def test_prepared_defaults() -> None:
    prepared = Prepared()
    assert (prepared.path, prepared.query, prepared.form, prepared.private, prepared.identity) == (
        "",
        [],
        None,
        (),
        None,
    )


# --- end to end, on every HTTP path (kept from the old test_form.py) ---------------------


LIST_PATH = EXPECTED_PATH.rsplit("/", 1)[0]


def create(api: Api, **kwargs: Any) -> Any:
    return api.call("create_message_interaction", **{**E2E_PARENT, **kwargs})


def test_create_posts_the_form(api: Api, server: Server) -> None:
    server.queue(answer(201, EXAMPLE))
    mi = create(api, body=MESSAGE_BODY, media_url=[URL, URL])
    assert mi.sid == SIDS["sid"]
    (received,) = server.received
    assert (received.method, received.target) == ("POST", LIST_PATH)
    assert received.headers["content-type"] == "application/x-www-form-urlencoded"
    assert (
        received.body
        == (
            f"Body={MESSAGE_BODY}&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
            "&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
        ).encode()
    )


def test_bad_arguments_send_nothing(api: Api, server: Server) -> None:
    with pytest.raises(twilio_proxy.InvalidArgumentError):
        create(api)
    with pytest.raises(twilio_proxy.InvalidSidError):
        create(api, body="hi", participant_sid="KP..")
    assert server.count == 0


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [
        (answer(500, {"code": 20500, "message": "oops", "status": 500}), twilio_proxy.ServerError),
        (
            answer(
                503, {"code": 20503, "message": "busy", "status": 503}, headers={"Retry-After": "1"}
            ),
            twilio_proxy.ServerError,
        ),
        (reset_at_once, twilio_proxy.APIConnectionError),
        (hang, twilio_proxy.APITimeoutError),
    ],
    ids=["500", "503-retry-after", "reset-after-sending", "timeout"],
)
def test_a_create_that_may_have_reached_twilio_is_never_retried(
    make_api: Callable[..., Api],
    server: Server,
    waits: list[float],
    behaviour: Any,
    error: type[Exception],
) -> None:
    api = make_api(max_retries=3, timeout=0.5)
    server.queue(behaviour)
    with pytest.raises(error):
        create(api, body="hi")
    assert server.count == 1
    assert waits == []


def test_a_rate_limited_create_is_retried(
    make_api: Callable[..., Api], server: Server, waits: list[float]
) -> None:
    api = make_api(max_retries=2)
    server.queue(
        answer(
            429,
            {"code": 20429, "message": "slow down", "status": 429},
            headers={"Retry-After": "2"},
        ),
        answer(201, EXAMPLE),
    )
    assert create(api, body="hi").sid == SIDS["sid"]
    assert server.count == 2
    assert waits == [2.0]


def test_a_create_that_never_connected_is_retried(
    make_api: Callable[..., Api], waits: list[float]
) -> None:
    api = make_api(max_retries=2, base_url=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        create(api, body="hi")
    assert caught.value.sent is False
    assert len(waits) == 2


@pytest.mark.parametrize(
    "behaviour",
    [
        lambda body: answer(
            502,
            f"<html>bad form: Body={body}</html>".encode(),
            headers={"Content-Type": "text/html"},
        ),
        lambda body: answer(
            400, {"code": 21602, "message": f"Body {body!r} refused", "status": 400}
        ),
        lambda body: answer(200, {"sid": 5, "note": body}),  # unreadable 2xx quoting it
    ],
    ids=["502-html-echo", "400-twilio-echo", "200-unreadable"],
)
def test_an_echoed_message_never_reaches_an_error(
    make_api: Callable[..., Api], server: Server, behaviour: Any
) -> None:
    api = make_api(max_retries=0)
    text = "Meet me at 221B Baker Street"
    server.queue(behaviour(urllib.parse.quote_plus(text)), behaviour(text))
    for _ in range(2):  # echoed form-encoded, then as sent
        with pytest.raises(twilio_proxy.TwilioProxyError) as caught:
            create(api, body=text)
        assert "Baker" not in shown(caught.value)


@pytest.mark.parametrize("method", ["sync", "async"])
def test_an_apps_transport_that_already_read_the_body(method: str) -> None:
    # httpx2.MockTransport answers (the usual way apps test) come already read.
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(201, json=EXAMPLE)

    transport = httpx2.MockTransport(handler)
    account_sid, auth_token = "AC" + "0" * 32, "0123456789abcdef" * 2
    if method == "sync":
        with httpx2.Client(transport=transport) as http:
            mi = twilio_proxy.Client(
                http_client=http, account_sid=account_sid, auth_token=auth_token
            ).create_message_interaction(**E2E_PARENT, body="hi")
    else:

        async def run() -> Any:
            async with httpx2.AsyncClient(transport=transport) as http:
                client = twilio_proxy.AsyncClient(
                    http_client=http, account_sid=account_sid, auth_token=auth_token
                )
                return await client.create_message_interaction(**E2E_PARENT, body="hi")

        mi = asyncio.run(run())
    assert mi.sid == SIDS["sid"]
