"""Contract: what the wrapper sends is what the spec accepts.

Prism validates every request against the spec (path parameters, query,
form body, auth) and answers with the spec's examples, so each operation is
run through each HTTP path against it. Prism's own behaviour is not tested here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import twilio_proxy
from _support import PARENT, PATHS, SIDS, Api


@pytest.fixture(params=PATHS)
def prism_api(request: pytest.FixtureRequest, prism_url: str) -> Iterator[Api]:
    api = Api(str(request.param), prism_url, max_retries=0)
    yield api
    api.close()


def test_fetch(prism_api: Api) -> None:
    mi = prism_api.fetch()
    assert mi.sid == SIDS["sid"]
    assert mi.type is twilio_proxy.MessageInteractionType.MESSAGE


def test_create(prism_api: Api) -> None:
    mi = prism_api.call(
        "create_message_interaction",
        **PARENT,
        body="hello",
        media_url=["https://example.com/a.png", "https://example.com/b.png"],
    )
    assert mi.participant_sid == SIDS["participant_sid"]


def test_list_first_page(prism_api: Api) -> None:
    # Prism serves the first-page example; its next_page_url is on proxy.twilio.com,
    # not this client's host, so it is refused rather than followed.
    method = prism_api.client.list_message_interactions
    if prism_api.is_async:

        async def walk() -> list[twilio_proxy.MessageInteraction]:
            return [mi async for mi in method(**PARENT, page_size=50, limit=1)]

        found = prism_api.run(walk())
    else:
        found = list(method(**PARENT, page_size=50, limit=1))
    assert [mi.sid for mi in found] == [SIDS["sid"]]
