"""Client and AsyncClient end to end over all three HTTP paths, against a local server."""

from __future__ import annotations

import datetime as dt

import twilio_proxy
from _server import Server
from _support import ENCODED_AUTH, EXPECTED_PATH, Api


def test_fetch_reads_every_field(api: Api, server: Server) -> None:
    mi = api.fetch()
    assert isinstance(mi, twilio_proxy.MessageInteraction)
    assert mi.type is twilio_proxy.MessageInteractionType.MESSAGE
    assert mi.date_created == dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)
    (received,) = server.received
    assert (received.method, received.target) == ("GET", EXPECTED_PATH)
    assert received.headers["authorization"] == f"Basic {ENCODED_AUTH}"
