"""twilio_proxy.webhooks: signature validation, typed callback events, out-of-session answers.

Signatures are checked against Twilio's documented example and, for any
input hypothesis finds, against ``twilio_sign`` below: Twilio's documented
algorithm written out on its own (twilio-python is not a dependency). The
callbacks travel over real HTTP to a stdlib server on 127.0.0.1 and to the
README's Flask app served by Werkzeug; the README's Starlette endpoint runs
under Starlette's test client.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import http.client
import http.server
import json
import logging
import re
import threading
import types
import urllib.parse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import multidict
import pytest
import twilio.request_validator
import werkzeug.datastructures
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.datastructures import FormData

from twilio_proxy import InvalidArgumentError, InvalidCallbackError, TwilioProxyError
from twilio_proxy.webhooks import (
    HMAC_SHA1,
    HMAC_SHA256,
    InteractionCallback,
    InteractionResourceStatus,
    InteractionType,
    InterceptCallback,
    OutOfSessionCallback,
    SessionMode,
    SessionStatus,
    compute_signature,
    out_of_session_answer,
    validate_signature,
)

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "12345"

# Twilio's security page: https://www.twilio.com/docs/usage/security
DOC_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
DOC_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
DOC_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def twilio_sign(url: str, params: Mapping[str, str | list[str]], token: str) -> str:
    """Twilio's documented algorithm, independently of the code under test."""
    text = url
    for name in sorted(params):
        value = params[name]
        for item in sorted(set([value] if isinstance(value, str) else value)):
            text += name + item
    mac = hmac.new(token.encode(), text.encode("utf-8", "surrogatepass"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode()


def sid(prefix: str, n: int = 1) -> str:
    return prefix + f"{n:032x}"


# Personal data in the forms below: none of it may reach a log, repr or error.
PHONE, AGENT_PHONE, BODY = "+14155550123", "+14155550199", "meet me at 5 at the back door"
INTERACTION_DATA = json.dumps({"body": BODY})
PII = (PHONE, AGENT_PHONE, BODY, "4155550123", "back door")

INTERACTION_FORM = {
    "interactionSid": sid("KI"),
    "interactionSessionSid": sid("KC"),
    "interactionServiceSid": sid("KS"),
    "interactionAccountSid": sid("AC"),
    "interactionType": "message",
    "interactionData": INTERACTION_DATA,
    "interactionDateCreated": "2018-03-13T22:42:54Z",
    "interactionDateUpdated": "2018-03-13T22:42:56Z",
    "inboundParticipantSid": sid("KP"),
    "inboundResourceSid": sid("SM"),
    "inboundResourceStatus": "received",
    "inboundResourceType": "message",
    "inboundResourceUrl": "https://api.twilio.com/2010-04-01/Accounts/AC/Messages/SM.json",
    "outboundParticipantSid": sid("KP", 2),
    "outboundResourceSid": sid("SM", 2),
    "outboundResourceStatus": "sending",
    "outboundResourceType": "message",
    "outboundResourceUrl": "https://api.twilio.com/2010-04-01/Accounts/AC/Messages/SM2.json",
}
INTERCEPT_FORM = {
    name: value for name, value in INTERACTION_FORM.items() if not name.startswith("outbound")
}
OUT_OF_SESSION_FORM = {
    "AccountSid": sid("AC"),
    "ApiVersion": "2010-04-01",
    "MessageSid": sid("SM", 3),
    "SmsSid": sid("SM", 3),
    "SmsMessageSid": sid("SM", 3),
    "SmsStatus": "received",
    "Body": BODY,
    "NumMedia": "1",
    "NumSegments": "1",
    "MediaUrl0": "https://api.twilio.com/media/ME1",
    "From": PHONE,
    "FromCity": "OAKLAND",
    "To": "+14155550100",
    "ToCountry": "US",
    "sessionSid": sid("KC"),
    "sessionStatus": "closed",
    "sessionMode": "message-only",
    "sessionClosedReason": "api",
    "sessionDateEnded": "2018-03-14T06:22:06Z",
    "inboundParticipantSid": sid("KP"),
    "inboundParticipantIdentifier": PHONE,
    "inboundParticipantProxyIdentifier": "+14155550100",
    "outboundParticipantSid": sid("KP", 2),
    "outboundParticipantIdentifier": AGENT_PHONE,
    "outboundParticipantDateCreated": "2018-03-14T06:22:06Z",
}


# One field that says what each callback is about: the least form of each.
IDENTITY: dict[type, dict[str, str]] = {
    InteractionCallback: {"interactionSid": sid("KI")},
    InterceptCallback: {"interactionSid": sid("KI")},
    OutOfSessionCallback: {"MessageSid": sid("SM")},
}

# A Marketplace Add-on's result: a caller's name and address.
ADD_ONS = json.dumps({"results": {"whitepages": {"result": {"name": "Jane Roe", "zip": "94612"}}}})


def assert_no_pii(text: str) -> None:
    for secret in PII:
        assert secret not in text


# --- validate_signature ------------------------------------------------------------------


def test_twilio_documented_example() -> None:
    assert twilio_sign(DOC_URL, DOC_PARAMS, TOKEN) == DOC_SIGNATURE
    assert validate_signature(DOC_URL, DOC_PARAMS, DOC_SIGNATURE, auth_token=TOKEN)


@pytest.mark.parametrize(
    "form",
    [
        {name: [value] for name, value in DOC_PARAMS.items()},
        werkzeug.datastructures.MultiDict(DOC_PARAMS),
        werkzeug.datastructures.ImmutableMultiDict(list(reversed(DOC_PARAMS.items()))),
        FormData(list(DOC_PARAMS.items())),
        multidict.MultiDict(DOC_PARAMS),
    ],
    ids=["dict-of-lists", "werkzeug", "werkzeug-reversed", "starlette", "multidict"],
)
def test_documented_example_from_framework_forms(form: Mapping[str, object]) -> None:
    assert validate_signature(DOC_URL, form, DOC_SIGNATURE, auth_token=TOKEN)


@pytest.mark.parametrize(
    ("signed", "given_url", "valid"),
    [
        ("https://a.example/cb?x=1", "https://a.example:443/cb?x=1", True),
        ("https://a.example:443/cb?x=1", "https://a.example/cb?x=1", True),
        ("http://a.example/cb", "http://a.example:80/cb", True),
        ("http://a.example:80/cb", "http://a.example/cb", True),
        ("https://user:pw@a.example/cb", "https://user:pw@a.example:443/cb", True),
        ("https://[::1]/cb", "https://[::1]:443/cb", True),
        ("https://a.example:8443/cb", "https://a.example:8443/cb", True),
        # Another port is part of the URL: never dropped (twilio-python drops it).
        ("https://a.example/cb", "https://a.example:8443/cb", False),
        ("https://a.example:8443/cb", "https://a.example/cb", False),
        # A default port belongs to its scheme only.
        ("https://a.example/cb", "https://a.example:80/cb", False),
        ("http://a.example/cb", "http://a.example:443/cb", False),
        ("https://a.example/cb", "http://a.example/cb", False),
        ("https://a.example/cb", "https://a.example/cb/", False),
        ("https://a.example/cb?x=1", "https://a.example/cb?x=2", False),
        ("https://a.example/cb", "https://b.example/cb", False),
    ],
)
def test_ports_and_url_changes(signed: str, given_url: str, valid: bool) -> None:
    signature = twilio_sign(signed, DOC_PARAMS, TOKEN)
    assert validate_signature(given_url, DOC_PARAMS, signature, auth_token=TOKEN) is valid


def test_repeated_and_empty_values() -> None:
    form = {"b": ["2", "1", "2"], "a": "", "c": []}
    # Sorted names, each value once and sorted: "a" "b1" "b2"; no value, nothing.
    text_signature = base64.b64encode(
        hmac.new(TOKEN.encode(), b"https://x.example/ab1b2", hashlib.sha1).digest()
    ).decode()
    assert validate_signature("https://x.example/", form, text_signature, auth_token=TOKEN)
    multi = werkzeug.datastructures.MultiDict([("b", "2"), ("a", ""), ("b", "1")])
    assert validate_signature("https://x.example/", multi, text_signature, auth_token=TOKEN)


def _json_url(body: bytes) -> str:
    return f"https://x.example/cb?bodySHA256={hashlib.sha256(body).hexdigest()}&k=v"


def test_json_body_with_body_sha256() -> None:
    body = json.dumps({"interactionSid": sid("KI"), "text": "héllo"}).encode()
    url = _json_url(body)
    signature = twilio_sign(url, {}, TOKEN)
    assert validate_signature(url, body, signature, auth_token=TOKEN)
    assert validate_signature(url, body.decode(), signature, auth_token=TOKEN)
    assert validate_signature(
        url.replace("x.example", "x.example:443"), body, signature, auth_token=TOKEN
    )
    assert not validate_signature(url, body + b" ", signature, auth_token=TOKEN)
    assert not validate_signature(url, body, twilio_sign(url + "x", {}, TOKEN), auth_token=TOKEN)
    # The hash is checked even when the signature over the URL is right.
    other = _json_url(b"{}")
    assert not validate_signature(other, body, twilio_sign(other, {}, TOKEN), auth_token=TOKEN)
    bare = "https://x.example/cb"
    assert not validate_signature(bare, body, twilio_sign(bare, {}, TOKEN), auth_token=TOKEN)
    odd = "https://x.example/cb?bodySHA256=%C3%A9"
    assert not validate_signature(odd, body, twilio_sign(odd, {}, TOKEN), auth_token=TOKEN)


@pytest.mark.parametrize(
    "signature",
    [
        None,
        "",
        " ",
        DOC_SIGNATURE.rstrip("="),
        " " + DOC_SIGNATURE,
        DOC_SIGNATURE.lower(),
        "é" * 28,
        "\ud800",
        "not base64 at all!",
        DOC_SIGNATURE.encode(),
        123,
        [DOC_SIGNATURE],
        object(),
    ],
)
def test_malformed_signatures_are_false(signature: Any) -> None:
    assert validate_signature(DOC_URL, DOC_PARAMS, signature, auth_token=TOKEN) is False


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("https://mycompany.com:notaport/myapp.php", DOC_PARAMS),
        ("https://mycompany.com:99999/myapp.php", DOC_PARAMS),
        (None, DOC_PARAMS),
        (b"https://mycompany.com/", DOC_PARAMS),
        (DOC_URL, None),
        (DOC_URL, 42),
        (DOC_URL, {**DOC_PARAMS, "Digits": 1234}),
        (DOC_URL, {**DOC_PARAMS, "Digits": [None]}),
        (DOC_URL, {**DOC_PARAMS, 1: "x"}),
        (DOC_URL, FormData([*DOC_PARAMS.items(), ("file", object())])),  # an upload
    ],
)
def test_malformed_url_or_params_are_false(url: Any, params: Any) -> None:
    assert validate_signature(url, params, DOC_SIGNATURE, auth_token=TOKEN) is False


@pytest.mark.parametrize("token", ["", None, b"12345"])
def test_a_missing_auth_token_is_a_configuration_error(token: Any) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        validate_signature(DOC_URL, DOC_PARAMS, DOC_SIGNATURE, auth_token=token)
    assert caught.value.argument == "auth_token"


def test_the_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert validate_signature(DOC_URL, DOC_PARAMS, DOC_SIGNATURE, auth_token=TOKEN)
    # Both URL forms (as given, with :443) are compared, through compare_digest only.
    assert [b for _, b in compared] == [DOC_SIGNATURE.encode()] * 2


names = st.text(min_size=1, max_size=12)
values = st.text(max_size=12)
forms = st.dictionaries(names, st.one_of(values, st.lists(values, max_size=3)), max_size=6)
urls = st.builds(
    lambda scheme, host, port, path, query: f"{scheme}://{host}{port}/{path}{query}",
    st.sampled_from(["https", "http"]),
    st.sampled_from(["example.com", "api.example.org", "127.0.0.1"]),
    st.sampled_from(["", ":443", ":80", ":8080"]),
    st.text(st.characters(codec="ascii", categories=["L", "N"]), max_size=10),
    st.sampled_from(["", "?a=1", "?a=1&b=%C3%A9", "?é=ü"]),
)
tokens = st.text(min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(url=urls, form=forms, token=tokens)
def test_agrees_with_twilio_on_any_form(url: str, form: dict[str, Any], token: str) -> None:
    signature = twilio_sign(url, form, token)
    assert validate_signature(url, form, signature, auth_token=token)
    # The same form as a framework's multi-value form, in another order.
    pairs = [
        (n, v) for n, vs in reversed(form.items()) for v in ([vs] if isinstance(vs, str) else vs)
    ]
    assert validate_signature(
        url, werkzeug.datastructures.MultiDict(pairs), signature, auth_token=token
    )


@settings(max_examples=300, deadline=None)
@given(url=urls, form=forms, token=tokens, data=st.data())
def test_any_tampering_is_false(
    url: str, form: dict[str, Any], token: str, data: st.DataObject
) -> None:
    signature = twilio_sign(url, form, token)
    tampered = dict(form)
    kind = data.draw(st.sampled_from(["add", "change", "url", "token", "signature"]))
    if kind == "add":
        name = data.draw(names.filter(lambda n: n not in form))
        tampered[name] = data.draw(values)
        assert not validate_signature(url, tampered, signature, auth_token=token)
    elif kind == "change" and form:
        name = data.draw(st.sampled_from(sorted(form)))
        tampered[name] = data.draw(values.filter(lambda v: v != form[name] and [v] != form[name]))
        changed = twilio_sign(url, tampered, token) != signature
        assert validate_signature(url, tampered, signature, auth_token=token) is not changed
    elif kind == "url":
        assert not validate_signature(url + "x", form, signature, auth_token=token)
    elif kind == "token":
        assert not validate_signature(url, form, signature, auth_token=token + "x")
    else:
        raw = bytearray(base64.b64decode(signature))
        raw[data.draw(st.integers(0, len(raw) - 1))] ^= 1 << data.draw(st.integers(0, 7))
        assert not validate_signature(url, form, base64.b64encode(raw).decode(), auth_token=token)


@settings(max_examples=300, deadline=None)
@given(
    url=st.one_of(st.text(), urls),
    params=st.one_of(forms, st.text(), st.binary(), st.none(), st.integers()),
    signature=st.one_of(st.text(), st.binary(), st.none(), st.integers()),
)
def test_never_raises_for_anything_a_request_can_hold(
    url: Any, params: Any, signature: Any
) -> None:
    assert validate_signature(url, params, signature, auth_token=TOKEN) in (True, False)


# --- compute_signature and SharedKey signatures ---------------------------------------------


@settings(max_examples=200, deadline=None)
@given(url=urls, form=forms, token=tokens)
def test_compute_signature_is_twilio_pythons(url: str, form: dict[str, Any], token: str) -> None:
    validator = twilio.request_validator.RequestValidator(token)
    multi = werkzeug.datastructures.MultiDict(
        [(n, v) for n, vs in form.items() for v in ([vs] if isinstance(vs, str) else vs)]
    )
    for algorithm in (HMAC_SHA1, HMAC_SHA256):
        signature = compute_signature(url, form, auth_token=token, algorithm=algorithm)
        assert signature == validator.compute_signature(url, multi, algorithm)
    # Without a settings header it is the auth token's SHA-1, and validates as such.
    signature = compute_signature(url, form, auth_token=token)
    assert signature == twilio_sign(url, form, token)
    assert validate_signature(url, form, signature, auth_token=token)


def test_the_documented_example_is_computed() -> None:
    assert compute_signature(DOC_URL, DOC_PARAMS, auth_token=TOKEN) == DOC_SIGNATURE


@pytest.mark.parametrize(
    ("settings_header", "algorithm", "valid"),
    [
        ("key=webhooks_sharedkey_1,algorithm=HMAC_SHA256", HMAC_SHA256, True),
        ("algorithm=hmac_sha256, key=webhooks_sharedkey_1", HMAC_SHA256, True),
        ("key=webhooks_sharedkey_1,algorithm=HMAC_SHA1", HMAC_SHA1, True),
        (None, HMAC_SHA1, True),
        ("", HMAC_SHA1, True),
        ("key=webhooks_sharedkey_1", HMAC_SHA1, True),
        # A SHA-256 signature never passes as SHA-1, nor the other way round.
        (None, HMAC_SHA256, False),
        ("key=k,algorithm=HMAC_SHA256", HMAC_SHA1, False),
        # An algorithm this version does not know: refused, whatever the signature.
        ("key=k,algorithm=HMAC_SHA512", HMAC_SHA256, False),
        ("key=k,algorithm=HMAC_SHA512", HMAC_SHA1, False),
    ],
)
def test_the_signature_settings_header_chooses_the_algorithm(
    settings_header: str | None, algorithm: str, valid: bool
) -> None:
    shared_key = "sharedkey-secret-7f3a"
    signature = compute_signature(DOC_URL, DOC_PARAMS, auth_token=shared_key, algorithm=algorithm)
    checked = validate_signature(
        DOC_URL, DOC_PARAMS, signature, auth_token=shared_key, signature_settings=settings_header
    )
    assert checked is valid
    reference = twilio.request_validator.RequestValidator(shared_key).validate(
        DOC_URL,
        DOC_PARAMS,
        signature,
        twilio.request_validator.get_signature_algorithm(settings_header),
    )
    assert reference is valid


def test_compute_signature_refuses_an_unknown_algorithm_or_no_secret() -> None:
    with pytest.raises(InvalidArgumentError, match=r"^algorithm must be HMAC_SHA1 or HMAC_SHA256$"):
        compute_signature(DOC_URL, DOC_PARAMS, auth_token=TOKEN, algorithm="MD5")
    with pytest.raises(InvalidArgumentError) as caught:
        compute_signature(DOC_URL, DOC_PARAMS, auth_token="")
    assert caught.value.argument == "auth_token"


# --- callback events -------------------------------------------------------------------


def test_interaction_callback_is_typed() -> None:
    event = InteractionCallback.from_form({**INTERACTION_FORM, "newField": "v"})
    assert event.interaction_sid == sid("KI")
    assert event.interaction_type is InteractionType.MESSAGE
    assert event.interaction_date_created == dt.datetime(2018, 3, 13, 22, 42, 54, tzinfo=dt.UTC)
    assert event.inbound_resource_status is InteractionResourceStatus.RECEIVED
    assert event.outbound_resource_status == "sending"
    assert event.outbound_participant_sid == sid("KP", 2)
    assert event.decode_interaction_data() == {"body": BODY}
    assert event.extra == {"newField": "v"}


def test_intercept_callback_keeps_outbound_fields_in_extra() -> None:
    event = InterceptCallback.from_form(INTERACTION_FORM)
    assert event.interaction_session_sid == sid("KC")
    assert event.inbound_participant_sid == sid("KP")
    assert not hasattr(event, "outbound_participant_sid")
    assert event.extra["outboundParticipantSid"] == sid("KP", 2)


def test_out_of_session_callback_is_typed() -> None:
    event = OutOfSessionCallback.from_form(OUT_OF_SESSION_FORM)
    assert event.session_status is SessionStatus.CLOSED
    assert event.session_mode is SessionMode.MESSAGE_ONLY
    assert event.session_date_ended == dt.datetime(2018, 3, 14, 6, 22, 6, tzinfo=dt.UTC)
    assert (event.num_media, event.num_segments) == (1, 1)
    assert (event.from_, event.to, event.body) == (PHONE, "+14155550100", BODY)
    assert event.inbound_participant_identifier == PHONE
    assert event.outbound_participant_identifier == AGENT_PHONE
    assert event.message_sid == sid("SM", 3)
    assert event.call_sid is None
    assert event.extra == {"MediaUrl0": "https://api.twilio.com/media/ME1"}


def test_open_enums_keep_unknown_values_as_strings() -> None:
    # Twilio's own example payload sends "Voice".
    event = InterceptCallback.from_form(
        {"interactionSid": sid("KI"), "interactionType": "Voice", "inboundResourceStatus": "new"}
    )
    assert event.interaction_type == "Voice"
    assert not isinstance(event.interaction_type, InteractionType)
    assert event.inbound_resource_status == "new"
    assert str(InteractionType.VOICE) == "voice"


def test_empty_and_missing_fields_are_none() -> None:
    event = InteractionCallback.from_form(
        {
            "interactionSessionSid": sid("KC"),
            "interactionData": "",
            "interactionDateCreated": "",
            "x": "",
        }
    )
    assert event.interaction_data is None
    assert event.interaction_date_created is None
    assert event.interaction_sid is None
    assert event.decode_interaction_data() is None
    assert event.extra == {"x": ""}
    assert event == InteractionCallback(interaction_session_sid=sid("KC"), extra={"x": ""})


@pytest.mark.parametrize(
    ("cls", "form", "named"),
    [
        # Field names an app guessed (Twilio sends interactionSid): no event of Nones.
        (
            InteractionCallback,
            {"InteractionSid": sid("KI"), "InteractionData": "{}"},
            "interactionSid",
        ),
        (InterceptCallback, {"interactionSid": "", "interactionSessionSid": ""}, "interactionSid"),
        (InterceptCallback, {}, "interactionSid"),
        (OutOfSessionCallback, {"From": PHONE, "Body": BODY}, "CallSid"),
    ],
)
def test_a_form_with_none_of_the_callbacks_identifying_fields_is_refused(
    cls: Any, form: dict[str, str], named: str
) -> None:
    with pytest.raises(InvalidCallbackError) as caught:
        cls.from_form(form)
    assert caught.value.field == named
    assert str(caught.value).startswith(f"this form is not an {cls.__name__}: it has none of ")
    assert_no_pii(str(caught.value))


@pytest.mark.parametrize(
    ("cls", "form"),
    [
        (InterceptCallback, {"interactionSessionSid": sid("KC")}),
        (OutOfSessionCallback, {"CallSid": sid("CA"), "From": PHONE}),
        (OutOfSessionCallback, {"sessionSid": sid("KC")}),
    ],
)
def test_one_identifying_field_is_enough(cls: Any, form: dict[str, str]) -> None:
    assert cls.from_form(form).extra == {}


def test_the_docstrings_give_each_attributes_form_field() -> None:
    assert "interaction_sid: ``interactionSid`` in the form." in (InteractionCallback.__doc__ or "")
    assert "from_: ``From`` in the form." in (OutOfSessionCallback.__doc__ or "")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-03-13T22:42:54z", dt.datetime(2018, 3, 13, 22, 42, 54, tzinfo=dt.UTC)),
        ("2018-03-13T22:42:54", dt.datetime(2018, 3, 13, 22, 42, 54, tzinfo=dt.UTC)),
        ("2018-03-13T23:42:54+01:00", dt.datetime(2018, 3, 13, 22, 42, 54, tzinfo=dt.UTC)),
        ("Tue, 13 Mar 2018 22:42:54 +0000", dt.datetime(2018, 3, 13, 22, 42, 54, tzinfo=dt.UTC)),
    ],
)
def test_dates_are_aware(value: str, expected: dt.datetime) -> None:
    parsed = InteractionCallback.from_form(
        {**IDENTITY[InteractionCallback], "interactionDateUpdated": value}
    ).interaction_date_updated
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is not None


@pytest.mark.parametrize(
    ("cls", "form", "field"),
    [
        (InteractionCallback, {"interactionDateCreated": PHONE}, "interactionDateCreated"),
        (InterceptCallback, {"interactionDateUpdated": BODY}, "interactionDateUpdated"),
        (OutOfSessionCallback, {"NumMedia": PHONE}, "NumMedia"),
        (OutOfSessionCallback, {"NumMedia": "-1"}, "NumMedia"),
        (OutOfSessionCallback, {"NumSegments": " 1"}, "NumSegments"),
        (OutOfSessionCallback, {"NumSegments": "1_0"}, "NumSegments"),
        (OutOfSessionCallback, {"NumSegments": "\u0661"}, "NumSegments"),
        (OutOfSessionCallback, {"NumSegments": "9" * 5000}, "NumSegments"),
        (OutOfSessionCallback, {"Body": [BODY, BODY + "!"]}, "Body"),
        (OutOfSessionCallback, {"From": [PHONE, None]}, "From"),
        (OutOfSessionCallback, {"MediaUrl1": ["a", "b"]}, "MediaUrl1"),
        (InteractionCallback, FormData([("interactionData", object())]), "interactionData"),
    ],
)
def test_a_malformed_field_is_named_never_quoted(cls: Any, form: Any, field: str) -> None:
    with pytest.raises(InvalidCallbackError) as caught:
        cls.from_form({**IDENTITY[cls], **form} if isinstance(form, dict) else form)
    error = caught.value
    assert error.field == field
    assert field in str(error)
    assert isinstance(error, ValueError)
    assert isinstance(error, TwilioProxyError)
    assert_no_pii(str(error) + repr(error))
    # No chained exception holds the value either.
    assert error.__cause__ is None
    assert error.__context__ is None


def test_repeated_equal_values_are_one_value() -> None:
    form = werkzeug.datastructures.MultiDict(
        [("Body", BODY), ("Body", BODY), ("x", "1"), ("x", "1"), ("MessageSid", sid("SM"))]
    )
    event = OutOfSessionCallback.from_form(form)
    assert event.body == BODY
    assert event.extra == {"x": "1"}


def test_decode_refuses_what_is_not_a_json_object() -> None:
    for data, words in ((BODY, "is not JSON"), ('["a"]', "JSON list, not an object")):
        event = InteractionCallback.from_form(
            {**IDENTITY[InteractionCallback], "interactionData": data}
        )
        with pytest.raises(InvalidCallbackError, match=words) as caught:
            event.decode_interaction_data()
        assert_no_pii(str(caught.value))
        assert caught.value.__context__ is None


@pytest.mark.parametrize(
    "form",
    [
        werkzeug.datastructures.ImmutableMultiDict(OUT_OF_SESSION_FORM),
        FormData(list(OUT_OF_SESSION_FORM.items())),
        multidict.MultiDict(OUT_OF_SESSION_FORM),
        {name: [value] for name, value in OUT_OF_SESSION_FORM.items()},
        types.MappingProxyType(OUT_OF_SESSION_FORM),
    ],
)
def test_framework_forms_parse_alike(form: Mapping[str, object]) -> None:
    assert OutOfSessionCallback.from_form(form) == OutOfSessionCallback.from_form(
        OUT_OF_SESSION_FORM
    )


def test_personal_data_stays_out_of_repr() -> None:
    for event in (
        InteractionCallback.from_form(INTERACTION_FORM),
        InterceptCallback.from_form(INTERCEPT_FORM),
        OutOfSessionCallback.from_form(
            {**OUT_OF_SESSION_FORM, "Caller": PHONE, "CallerZip": "94612", "AddOns": ADD_ONS}
        ),
    ):
        text = repr(event) + str(event)
        assert_no_pii(text)
        assert "94612" not in text
        assert "Jane Roe" not in text
        assert "characters hidden>" in text
    assert sid("KI") in repr(InteractionCallback.from_form(INTERACTION_FORM))
    assert "extra=('MediaUrl0',)" in repr(OutOfSessionCallback.from_form(OUT_OF_SESSION_FORM))


@settings(max_examples=300, deadline=None)
@given(
    form=st.dictionaries(
        st.sampled_from([*sorted(OUT_OF_SESSION_FORM), "x"]),
        st.one_of(values, st.lists(values, max_size=2)),
    )
)
def test_any_form_parses_or_names_a_field(form: dict[str, Any]) -> None:
    error: InvalidCallbackError | None = None
    try:
        OutOfSessionCallback.from_form(form)
    except InvalidCallbackError as caught:
        error = caught
    if error is not None:
        # Only fixed sentences about the field: no value can be quoted.
        field = error.field
        if str(error).startswith("this form is not"):
            sent = [form.get(name) for name in ("CallSid", "MessageSid", "sessionSid")]
            assert not any(v if isinstance(v, str) else any(v or ()) for v in sent)
        else:
            assert field in form
        assert str(error) in {
            f"{field} is not a whole number",
            f"{field} is below 0",
            f"{field} is not a date and time",
            f"{field} is sent more than once, with different values",
            "this form is not an OutOfSessionCallback: it has none of CallSid, MessageSid, "
            "sessionSid",
        }


# --- the out-of-session answer --------------------------------------------------------


def test_out_of_session_answer() -> None:
    expiry = dt.datetime(2030, 1, 2, 4, 4, 5, 999, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    answer = out_of_session_answer(
        AGENT_PHONE,
        unique_name="job-42",
        mode=SessionMode.VOICE_AND_MESSAGE,
        ttl=0,
        date_expiry=expiry,
        participant_proxy_identifier="+14155550100",
    )
    assert json.loads(answer) == {
        "uniqueName": "job-42",
        "mode": "voice-and-message",
        "ttl": 0,
        "dateExpiry": "2030-01-02T03:04:05Z",
        "participantIdentifier": AGENT_PHONE,
        "participantProxyIdentifier": "+14155550100",
    }
    assert json.loads(out_of_session_answer(AGENT_PHONE, mode="voice-only")) == {
        "mode": "voice-only",
        "participantIdentifier": AGENT_PHONE,
    }


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"participant_identifier": ""}, "participant_identifier"),
        ({"participant_identifier": " "}, "participant_identifier"),
        ({"participant_identifier": None}, "participant_identifier"),
        ({"participant_proxy_identifier": ""}, "participant_proxy_identifier"),
        ({"participant_proxy_identifier": 5}, "participant_proxy_identifier"),
        ({"unique_name": ""}, "unique_name"),
        ({"unique_name": PHONE * 20}, "unique_name"),
        ({"unique_name": 7}, "unique_name"),
        ({"mode": BODY}, "mode"),
        ({"mode": 1}, "mode"),
        ({"ttl": -1}, "ttl"),
        ({"ttl": 1.5}, "ttl"),
        ({"ttl": True}, "ttl"),
        ({"ttl": "60"}, "ttl"),
        ({"date_expiry": dt.datetime(2030, 1, 1)}, "date_expiry"),
        ({"date_expiry": "2030-01-01T00:00:00Z"}, "date_expiry"),
        ({"date_expiry": dt.date(2030, 1, 1)}, "date_expiry"),
    ],
)
def test_out_of_session_answer_is_checked(kwargs: dict[str, Any], argument: str) -> None:
    arguments: dict[str, Any] = {"participant_identifier": AGENT_PHONE, **kwargs}
    with pytest.raises(InvalidArgumentError) as caught:
        out_of_session_answer(**arguments)
    assert caught.value.argument == argument
    assert_no_pii(str(caught.value))
    assert caught.value.__cause__ is None


# --- over real HTTP ----------------------------------------------------------------------

CALLBACKS: dict[str, type[InteractionCallback | InterceptCallback | OutOfSessionCallback]] = {
    "/interaction": InteractionCallback,
    "/intercept": InterceptCallback,
    "/out-of-session": OutOfSessionCallback,
}
app_log = logging.getLogger("tests.webhooks.app")


class ProxyApp(http.server.BaseHTTPRequestHandler):
    """A callback receiver written with the stdlib: validate, parse, log, answer."""

    received: list[object]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        # The app knows its own public URL; it never trusts the Host header for it.
        url = f"http://127.0.0.1:{self.server.server_address[1]}{self.path}"
        path = urllib.parse.urlsplit(self.path).path
        if not validate_signature(
            url, form, self.headers.get("X-Twilio-Signature"), auth_token=TOKEN
        ):
            app_log.warning("%s: bad signature", path)
            self._answer(403)
            return
        try:
            event = CALLBACKS[path].from_form(form)
        except InvalidCallbackError as error:
            app_log.warning("%s: %s", path, error)
            self._answer(400)
            return
        app_log.info("%s: %r", path, event)
        self.received.append(event)
        if isinstance(event, InterceptCallback):
            blocked = event.interaction_type == InteractionType.VOICE
            self._answer(403 if blocked else 200)
        elif isinstance(event, OutOfSessionCallback):
            self._answer(200, out_of_session_answer(AGENT_PHONE, mode="message-only", ttl=600))
        else:
            self._answer(200)

    def _answer(self, status: int, body: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, format: str, *args: Any) -> None:
        app_log.debug(format, *args)


@pytest.fixture
def proxy_app() -> Iterator[tuple[int, list[object]]]:
    received: list[object] = []
    handler = type("Handler", (ProxyApp,), {"received": received})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def post_as_twilio(
    port: int,
    path: str,
    form: Mapping[str, str],
    *,
    token: str = TOKEN,
    host: str | None = None,
    tamper: Mapping[str, str] | None = None,
) -> tuple[int, bytes]:
    """POST the form as Twilio does: form-encoded, signed over the URL Twilio calls."""
    host = host or f"127.0.0.1:{port}"
    signature = twilio_sign(f"http://{host}{path}", form, token)
    body = urllib.parse.urlencode({**form, **(tamper or {})})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(
            "POST",
            path,
            body,
            {
                "Host": host,
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": signature,
                "User-Agent": "TwilioProxy/1.1",
            },
        )
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def test_callbacks_over_http(
    proxy_app: tuple[int, list[object]], caplog: pytest.LogCaptureFixture
) -> None:
    port, received = proxy_app
    caplog.set_level(logging.DEBUG)
    assert post_as_twilio(port, "/interaction", INTERACTION_FORM)[0] == 200
    assert post_as_twilio(port, "/intercept", INTERCEPT_FORM)[0] == 200
    assert (
        post_as_twilio(port, "/intercept", {**INTERCEPT_FORM, "interactionType": "voice"})[0] == 403
    )
    status, body = post_as_twilio(port, "/out-of-session", OUT_OF_SESSION_FORM)
    assert status == 200
    assert json.loads(body) == {
        "mode": "message-only",
        "ttl": 600,
        "participantIdentifier": AGENT_PHONE,
    }
    interaction, intercept, blocked, out_of_session = received
    assert interaction == InteractionCallback.from_form(INTERACTION_FORM)
    assert isinstance(intercept, InterceptCallback)
    assert intercept.interaction_type is InteractionType.MESSAGE
    assert isinstance(blocked, InterceptCallback)
    assert blocked.interaction_type is InteractionType.VOICE
    assert isinstance(out_of_session, OutOfSessionCallback)
    assert out_of_session.body == BODY
    assert out_of_session.num_media == 1
    assert "/out-of-session: OutOfSessionCallback(" in caplog.text
    assert_no_pii(caplog.text)


@pytest.mark.parametrize(
    "change",
    [
        {"tamper": {"interactionData": json.dumps({"body": "send money"})}},
        {"tamper": {"extraField": "1"}},
        {"token": "54321"},
        {"host": "evil.example"},
    ],
)
def test_forged_callbacks_get_403(
    proxy_app: tuple[int, list[object]], caplog: pytest.LogCaptureFixture, change: dict[str, Any]
) -> None:
    port, received = proxy_app
    caplog.set_level(logging.DEBUG)
    status, _ = post_as_twilio(port, "/interaction", INTERACTION_FORM, **change)
    assert status == 403
    assert received == []
    assert "/interaction: bad signature" in caplog.text
    assert_no_pii(caplog.text)
    assert "send money" not in caplog.text


def test_a_signed_malformed_form_gets_400(
    proxy_app: tuple[int, list[object]], caplog: pytest.LogCaptureFixture
) -> None:
    port, received = proxy_app
    form = {**INTERACTION_FORM, "interactionDateCreated": PHONE}
    assert post_as_twilio(port, "/interaction", form)[0] == 400
    assert received == []
    assert "interactionDateCreated is not a date and time" in caplog.text
    assert_no_pii(caplog.text)


# --- the README's examples -------------------------------------------------------------


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Receive Proxy's callbacks", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def load_example(source: str, name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    exec(compile(source, f"README:{name}", "exec"), module.__dict__)  # the README's own code
    return module


def test_readme_flask_view_over_http(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import werkzeug.serving

    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    caplog.set_level(logging.DEBUG)
    example = load_example(readme_examples()[0], "readme_flask")
    example.BLOCKED_SESSIONS.add(sid("KC", 9))
    server = werkzeug.serving.make_server("127.0.0.1", 0, example.app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_port
        # URLs a framework's request.url would decode: "%2F", "%7B", non-ASCII.
        query = "?tenant=a%2Fb&tag=%7Bx%7D&city=M%C3%BCnchen"
        interaction, intercept = f"/proxy/interaction{query}", f"/proxy/intercept{query}"
        base = f"http://127.0.0.1:{port}"
        monkeypatch.setenv("PROXY_CALLBACK_URL", base + interaction)
        monkeypatch.setenv("PROXY_INTERCEPT_CALLBACK_URL", base + intercept)
        assert post_as_twilio(port, interaction, INTERACTION_FORM)[0] == 200
        assert post_as_twilio(port, intercept, INTERCEPT_FORM)[0] == 200
        blocked = {**INTERCEPT_FORM, "interactionSessionSid": sid("KC", 9)}
        assert post_as_twilio(port, intercept, blocked)[0] == 403
        assert post_as_twilio(port, interaction, INTERACTION_FORM, token="x")[0] == 403
        assert post_as_twilio(port, intercept, INTERCEPT_FORM, token="x")[0] == 403
    finally:
        server.shutdown()
        thread.join()
    assert f"interaction {sid('KI')}: sending" in caplog.text
    assert "Proxy callback with a bad signature" in caplog.text
    assert_no_pii(caplog.text)


def test_readme_starlette_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.testclient import TestClient

    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    example = load_example(readme_examples()[1], "readme_starlette")
    url = "http://testserver/proxy/out-of-session?tenant=a%2Fb&city=M%C3%BCnchen"
    monkeypatch.setenv("PROXY_OUT_OF_SESSION_CALLBACK_URL", url)
    with TestClient(example.app) as client:
        for form, mode in (
            (OUT_OF_SESSION_FORM, "message-only"),
            ({"CallSid": sid("CA")}, "voice-only"),
        ):
            headers = {"X-Twilio-Signature": twilio_sign(url, form, TOKEN)}
            answer = client.post(url, data=form, headers=headers)
            assert answer.status_code == 200
            assert answer.headers["content-type"] == "application/json"
            assert answer.json() == {
                "mode": mode,
                "ttl": 3600,
                "participantIdentifier": example.AGENT,
            }
        assert (
            client.post(
                url, data=OUT_OF_SESSION_FORM, headers={"X-Twilio-Signature": "x"}
            ).status_code
            == 403
        )
        bad = {**OUT_OF_SESSION_FORM, "NumMedia": "many"}
        headers = {"X-Twilio-Signature": twilio_sign(url, bad, TOKEN)}
        assert client.post(url, data=bad, headers=headers).status_code == 400
