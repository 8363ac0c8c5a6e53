"""Cassette scrubbing (run by vcrpy at record time) and the credential scan over cassettes.

Recorded exchanges keep their shape but lose everything that identifies an
account or a person: credentials and cookies are dropped, every Twilio SID
becomes its two-letter prefix plus 32 ``a``s, and a message body in ``data`` is
replaced. Replays then use the same placeholder SIDs.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

CASSETTES = Path(__file__).resolve().parent / "cassettes"
SOURCES = ("prism", "twilio")  # folder names: where a cassette was recorded
SCRUBBED_HEADERS = ("authorization", "cookie", "set-cookie", "proxy-authorization")
SCRUBBED_DATA = json.dumps({"body": "[scrubbed at record time]"})

# No word boundary before the prefix: Twilio's page tokens are "PA" + a SID
# ("PAKI0123…"), and the SID inside must be scrubbed too.
_SID = re.compile(r"([A-Z]{2})[0-9a-fA-F]{32}(?![0-9a-zA-Z])")
# What must never be in a cassette: a Basic credential, a bare 32-hex token,
# or a SID that is not a placeholder.
_BASIC = re.compile(r"[Bb]asic\s+[A-Za-z0-9+/=]{8,}")
_HEX32 = re.compile(r"(?<![0-9a-zA-Z])[0-9a-fA-F]{32}(?![0-9a-zA-Z])")
_ANY_SID = re.compile(r"(?:AC|SK|KS|KC|KP|KI|SM|MM|RQ)[0-9a-fA-F]{32}(?![0-9a-zA-Z])")


def placeholder(prefix: str) -> str:
    """The SID that stands in for every real SID with this prefix."""
    return prefix + "a" * 32


def scrub_text(text: str) -> str:
    """Replace every SID in *text* by its placeholder."""
    return _SID.sub(lambda m: placeholder(m.group(1)), text)


SCRUBBED_FORM_BODY = "[scrubbed at record time]"
# Personal data as the spec marks it (x-twilio pii): form fields and answer fields.
PRIVATE_FORM = {"Body", "Identifier", "Participants"}
PRIVATE_ANSWER = {"data": SCRUBBED_DATA, "identifier": "+15005550006"}


def scrub_request(request: Any) -> Any:
    """vcrpy before_record_request: placeholder SIDs in the URI, no credentials, no message."""
    request.uri = scrub_text(request.uri)
    for name in list(request.headers):
        if name.lower() in SCRUBBED_HEADERS:
            del request.headers[name]
    if request.body:
        body = request.body.decode() if isinstance(request.body, bytes) else str(request.body)
        form = urllib.parse.parse_qsl(body, keep_blank_values=True)
        # A create's form carries the message the app sent: personal data.
        form = [(k, SCRUBBED_FORM_BODY if k in PRIVATE_FORM else scrub_text(v)) for k, v in form]
        request.body = urllib.parse.urlencode(form).encode()
    return request


def _scrub_data(value: Any) -> Any:
    # Personal data sits in one resource, or in each item of a page.
    if isinstance(value, dict):
        return {
            key: PRIVATE_ANSWER[key]
            if key in PRIVATE_ANSWER and isinstance(item, str)
            else _scrub_data(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub_data(item) for item in value]
    return value


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy before_record_response: no cookies, placeholder SIDs, no message body."""
    response["headers"] = {
        name: [scrub_text(value) for value in values]
        for name, values in response["headers"].items()
        if name.lower() not in SCRUBBED_HEADERS
    }
    body = response["body"]["string"]
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        payload = json.loads(text)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        text = json.dumps(_scrub_data(payload))
    scrubbed = scrub_text(text)
    response["body"]["string"] = scrubbed.encode() if isinstance(body, bytes) else scrubbed
    for name in response["headers"]:
        if name.lower() == "content-length":  # the body may have changed length
            response["headers"][name] = [str(len(scrubbed.encode()))]
    return response


def credential_findings(text: str) -> list[str]:
    """Everything in *text* that looks like a credential or an unscrubbed SID."""
    findings = [m.group(0) for m in _BASIC.finditer(text)]
    findings += [m.group(0) for m in _HEX32.finditer(text)]
    findings += [
        m.group(0) for m in _ANY_SID.finditer(text) if m.group(0) != placeholder(m.group(0)[:2])
    ]
    return findings


def cassette_files() -> list[Path]:
    """Every recorded cassette, from every source folder."""
    return sorted(path for source in SOURCES for path in (CASSETTES / source).glob("*.yaml"))
