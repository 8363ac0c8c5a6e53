"""Headers: one case-insensitive mapping for every transport's raw header pairs."""

from __future__ import annotations

import copy
import pickle

from twilio_proxy._headers import Headers

RAW = [(b"Content-Type", b"application/json"), (b"Set-Cookie", b"a=1"), (b"set-cookie", b"b=2")]


def test_lookup_ignores_case_and_joins_repeats() -> None:
    headers = Headers(RAW)
    assert headers["content-type"] == headers["CONTENT-TYPE"] == "application/json"
    assert headers["Set-Cookie"] == "a=1, b=2"
    assert headers.get("missing") is None
    assert "SET-COOKIE" in headers
    assert 5 not in headers
    assert list(headers) == ["Content-Type", "Set-Cookie"]  # first spelling, arrival order
    assert len(headers) == 2
    assert dict(headers) == {"Content-Type": "application/json", "Set-Cookie": "a=1, b=2"}


def test_values_are_latin1_text() -> None:
    assert Headers([(b"X", "caf\u00e9".encode("latin-1"))])["x"] == "caf\u00e9"
    assert Headers.of([("X", "caf\u00e9")])["X"] == "caf\u00e9"


def test_repr_pickle_and_copy() -> None:
    headers = Headers(RAW)
    assert (
        repr(headers) == "Headers({'Content-Type': 'application/json', 'Set-Cookie': 'a=1, b=2'})"
    )
    for clone in (pickle.loads(pickle.dumps(headers)), copy.copy(headers), copy.deepcopy(headers)):
        assert dict(clone) == dict(headers)
