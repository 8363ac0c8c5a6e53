"""Checks over every recorded cassette: no credentials, and answers that match our spec.

A cassette re-recorded against real Twilio that breaks these shows at once
where the spec (or the scrubbing) is wrong.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from _cassettes import (
    CASSETTES,
    SCRUBBED_DATA,
    cassette_files,
    credential_findings,
    placeholder,
    scrub_response,
    scrub_text,
)
from _support import OPERATION_PATH, SPEC

FILES = cassette_files()
OPERATION = SPEC["paths"][OPERATION_PATH]["get"]
PATH_PATTERN = re.compile(
    "/v1/Services/KS[0-9a-f]{32}/Sessions/KC[0-9a-f]{32}"
    "/Participants/KP[0-9a-f]{32}/MessageInteractions/KI[0-9a-f]{32}"
)


def _validator(component: str) -> Draft202012Validator:
    # $ref resolves against this root, which carries the spec's components.
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{component}", "components": SPEC["components"]}
    )


def _interactions(path: Path) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = yaml.safe_load(path.read_text())["interactions"]
    return interactions


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
        assert request["method"] == "GET"
        assert PATH_PATTERN.search(request["uri"]), request["uri"]
        status = response["status"]["code"]
        assert str(status) in OPERATION["responses"], f"{status} is not documented in the spec"
        body = json.loads(response["body"]["string"])
        schema = "MessageInteraction" if status == 200 else "TwilioError"
        errors = [e.message for e in _validator(schema).iter_errors(body)]
        assert errors == [], f"{path.name}: answer does not match {schema}: {errors}"
        if status != 200:
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
    assert "Set-Cookie" not in scrubbed["headers"]
    assert scrubbed["headers"]["X"] == [placeholder("KI")]
    assert scrubbed["headers"]["Content-Length"] == [str(len(scrubbed["body"]["string"]))]
    assert scrub_text("/Accounts/AC" + "f" * 32) == "/Accounts/" + placeholder("AC")
