"""Checks over every recorded cassette: no credentials, and answers that match our spec.

A cassette re-recorded against real Twilio that breaks these shows at once
where the spec (or the scrubbing) is wrong.
"""

from __future__ import annotations

import json
import re
import types
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from jsonschema import Draft202012Validator

from _cassettes import (
    CASSETTES,
    SCRUBBED_DATA,
    cassette_files,
    credential_findings,
    placeholder,
    scrub_request,
    scrub_response,
    scrub_text,
)
from _support import SPEC

FILES = cassette_files()


def _operation(method: str, path: str) -> dict[str, Any]:
    """The spec's operation whose path template matches a recorded request path."""
    for template, item in SPEC["paths"].items():
        pattern = re.sub(r"\{[A-Za-z]+\}", "[A-Z]{2}[0-9a-fA-F]{32}", template)
        if re.fullmatch(pattern, path) and method.lower() in item:
            operation: dict[str, Any] = item[method.lower()]
            return operation
    raise AssertionError(f"{method} {path} is no operation of the spec")


def _schema_name(operation: dict[str, Any], status: int) -> str:
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def _validator(component: str) -> Draft202012Validator:
    # $ref resolves against this root, which carries the spec's components.
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{component}", "components": SPEC["components"]}
    )


def _interactions(path: Path) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = yaml.safe_load(path.read_text())["interactions"]
    return interactions


def test_create_forms_are_scrubbed() -> None:
    recorded = types.SimpleNamespace(
        uri="https://proxy.twilio.com/v1/x",
        headers={"Authorization": "Basic QUM6eA=="},
        body=b"Body=hi+mum&MediaUrl=https%3A%2F%2Fa.example%2FKI" + b"1" * 32,
    )
    scrubbed = scrub_request(recorded)
    assert scrubbed.headers == {}
    assert b"hi+mum" not in scrubbed.body
    assert b"1" * 32 not in scrubbed.body


def test_every_source_folder_has_cassettes() -> None:
    assert (CASSETTES / "prism").is_dir(), "run `make record` to record the Prism cassettes"
    assert FILES, "no cassettes at all"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_credentials_in_cassette(path: Path) -> None:
    assert credential_findings(path.read_text()) == []
    for interaction in _interactions(path):
        for headers in (interaction["request"]["headers"], interaction["response"]["headers"]):
            names = {name.lower() for name in headers}
            assert not names & {"authorization", "cookie", "set-cookie", "proxy-authorization"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_recorded_exchange_matches_spec(path: Path) -> None:
    interactions = _interactions(path)
    assert interactions, f"{path} records no exchange"
    for interaction in interactions:
        request, response = interaction["request"], interaction["response"]
        operation = _operation(request["method"], urlsplit(request["uri"]).path)
        status = response["status"]["code"]
        assert str(status) in operation["responses"], f"{status} is not documented in the spec"
        documented = operation["responses"][str(status)]
        if "$ref" in documented:
            documented = SPEC["components"]["responses"][documented["$ref"].rsplit("/", 1)[1]]
        if "content" not in documented:  # a delete: no body
            assert response["body"]["string"] in ("", b"")
            continue
        body = json.loads(response["body"]["string"])
        schema = _schema_name(operation, status)
        errors = [e.message for e in _validator(schema).iter_errors(body)]
        assert errors == [], f"{path.name}: answer does not match {schema}: {errors}"
        if status >= 400:
            assert body["status"] == status
        request_ids = response["headers"].get("twilio-request-id", [])
        assert all(re.fullmatch("RQ[0-9a-fA-F]{32}", value) for value in request_ids)


def test_credential_scan_catches_what_it_must() -> None:
    token = "0123456789abcdef0123456789abcdef"
    assert credential_findings("Authorization: Basic QUMxMjM0NTY3ODkwOnNlY3JldA==")
    assert credential_findings(f"password: {token}")
    assert credential_findings("AC" + "1" * 32)
    assert credential_findings("SK" + "b" * 32)
    assert credential_findings(placeholder("AC") + " " + placeholder("SK")) == []


def test_scrubbing_removes_sids_cookies_and_message_bodies() -> None:
    real_sid = "KI" + "0123456789abcdef" * 2
    response = {
        "headers": {"Set-Cookie": ["session=1"], "Content-Length": ["999"], "X": [real_sid]},
        "body": {"string": json.dumps({"sid": real_sid, "data": '{"body": "hi mum"}'}).encode()},
    }
    scrubbed = scrub_response(response)
    body = json.loads(scrubbed["body"]["string"])
    assert body == {"sid": placeholder("KI"), "data": SCRUBBED_DATA}
    page = {"interactions": [{"data": '{"body": "hi"}'}], "meta": {"key": "interactions"}}
    scrubbed_page = scrub_response({"headers": {}, "body": {"string": json.dumps(page)}})
    assert "hi" not in scrubbed_page["body"]["string"]
    assert "Set-Cookie" not in scrubbed["headers"]
    assert scrubbed["headers"]["X"] == [placeholder("KI")]
    assert scrubbed["headers"]["Content-Length"] == [str(len(scrubbed["body"]["string"]))]
    assert scrub_text("/Accounts/AC" + "f" * 32) == "/Accounts/" + placeholder("AC")
    # Twilio's page tokens are "PA" + the SID of a page's last item.
    token = "&PageToken=PA" + real_sid
    assert scrub_text(token) == "&PageToken=PA" + placeholder("KI")
    assert credential_findings(token)
