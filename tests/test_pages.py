"""Paging: list arguments, reading a page, which next page may be followed; and lists end to end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import twilio_proxy
from _server import Behaviour, Server, answer, closed_port
from _support import EXAMPLE, EXPECTED_PATH, PARENT, SIDS, Api, ok_body
from twilio_proxy._pages import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    CycleCheck,
    check_limit,
    check_page_size,
    next_path,
    page_limits,
    page_size_for,
    read_page,
)
from twilio_proxy._parsing import InvalidBody

LIST_PATH = EXPECTED_PATH.rsplit("/", 1)[0]
TWILIO = "https://proxy.twilio.com"

# --- pure functions ------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 1, 50, MAX_PAGE_SIZE])
def test_page_size_in_range(value: Any) -> None:
    assert check_page_size(value) == value


@pytest.mark.parametrize("value", [0, -1, MAX_PAGE_SIZE + 1, True, 1.0, "50"])
def test_page_size_out_of_range(value: Any) -> None:
    with pytest.raises(twilio_proxy.InvalidArgumentError, match="page_size") as caught:
        check_page_size(value)
    assert caught.value.argument == "page_size"


@pytest.mark.parametrize("value", [None, 0, 1, 10**9])
def test_limit_in_range(value: Any) -> None:
    assert check_limit(value) == value


@pytest.mark.parametrize("value", [-1, False, 2.5, "3"])
def test_limit_out_of_range(value: Any) -> None:
    with pytest.raises(twilio_proxy.InvalidArgumentError, match="limit"):
        check_limit(value)


def test_items_are_found_in_the_only_array_when_meta_names_none() -> None:
    payload = {"message_interactions": [1], "meta": {"page": 0}, "count": 1}
    assert read_page(payload, "interactions", 50) == ([1], None)


def test_items_are_found_under_meta_key_as_twilio_names_them() -> None:
    payload = {
        "message_interactions": [1],
        "meta": {"key": "message_interactions", "next_page_url": "n"},
    }
    assert read_page(payload, "interactions", 50) == ([1], "n")


@pytest.mark.parametrize(
    "payload",
    [
        {"interactions": [1]},  # no meta at all
        {"interactions": [1], "meta": {"key": "missing"}},  # key names nothing: the spec's
        {"interactions": [1], "meta": {"key": 5}},
    ],
)
def test_items_fall_back_to_the_spec_key(payload: dict[str, Any]) -> None:
    assert read_page(payload, "interactions", 50) == ([1], None)


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ([], "JSON array, not an object"),
        ({"meta": []}, "field 'meta' is a JSON array"),
        ({"meta": {}, "interactions": {}}, "field 'interactions' is a JSON object"),
        ({"meta": {}}, "field 'interactions' is a JSON null"),
    ],
)
def test_pages_of_the_wrong_shape(payload: Any, fragment: str) -> None:
    with pytest.raises(InvalidBody, match=fragment):
        read_page(payload, "interactions", 50)


def test_a_page_with_more_items_than_asked_for_is_refused() -> None:
    assert read_page({"interactions": [{}] * 3}, "interactions", 3)[0] == [{}] * 3
    with pytest.raises(InvalidBody, match="holds 4 items, more than the 3 asked for"):
        read_page({"interactions": [{}] * 4}, "interactions", 3)


@pytest.mark.parametrize(
    ("page_size", "limit", "expected"),
    [(None, None, DEFAULT_PAGE_SIZE), (7, None, 7), (None, 3, 3), (None, 0, 50), (None, 10**6, 50)],
)
def test_the_page_size_asked_for(page_size: Any, limit: Any, expected: int) -> None:
    assert page_size_for(page_size, limit) == expected


def test_a_page_of_few_items_is_capped_at_few_bytes() -> None:
    # A gzip page of 8 KiB that inflates to 8 MiB of "{}" is refused after the
    # cap of a one-item page, long before 2.8 million items are decoded.
    assert page_limits(1)[0] < 128 << 10
    assert page_limits(1)[0] < page_limits(50)[0] <= page_limits(MAX_PAGE_SIZE)[0] == 8 << 20


def test_cycles_are_found_holding_one_url() -> None:
    # 10,000 distinct pages: no false alarm; then pages 10 to 19 again and again.
    urls = [f"{LIST_PATH}?Page={n}" for n in range(10_000)]
    check = CycleCheck(TWILIO + urls[0], TWILIO)
    for url in urls[1:]:
        assert check.next(TWILIO + url, base_url=TWILIO, path=LIST_PATH) == url
    assert len(check.__slots__) == 3  # one URL, two counters: whatever the number of pages
    looping = CycleCheck(TWILIO + urls[0], TWILIO)

    followed: list[int] = []

    def follow() -> None:
        for n in range(1, 1000):
            url = urls[n if n < 20 else 10 + (n - 10) % 10]
            looping.next(TWILIO + url, base_url=TWILIO, path=LIST_PATH)
            followed.append(n)

    with pytest.raises(InvalidBody, match="a page already read"):
        follow()
    # pages 10-19 come round again: found within about twice the cycle and its start
    assert len(followed) < 2 * (10 + 10) + 10


@pytest.mark.parametrize(
    ("base_url", "next_url", "expected"),
    [
        (TWILIO, None, None),
        (
            TWILIO,
            f"{TWILIO}{LIST_PATH}?PageSize=50&Page=1&PageToken=PA1",
            f"{LIST_PATH}?PageSize=50&Page=1&PageToken=PA1",
        ),
        (TWILIO, f"{TWILIO}{LIST_PATH}", LIST_PATH),
        (TWILIO, f"{TWILIO}{LIST_PATH}?", LIST_PATH),
        (TWILIO, f"{LIST_PATH}?Page=2", f"{LIST_PATH}?Page=2"),  # relative: this host
        (TWILIO, f"HTTPS://PROXY.TWILIO.COM{LIST_PATH}?Page=1", f"{LIST_PATH}?Page=1"),
        # Twilio's proxy hosts answer a regional client with their own names.
        (
            "https://proxy.dublin.ie1.twilio.com",
            f"{TWILIO}{LIST_PATH}?Page=1",
            f"{LIST_PATH}?Page=1",
        ),
        (
            "https://proxy.twilio.com",
            f"https://proxy.sydney.au1.twilio.com:443{LIST_PATH}",
            LIST_PATH,
        ),
        (
            "http://127.0.0.1:8080/mock",
            f"http://127.0.0.1:8080/mock{LIST_PATH}?a=1",
            f"{LIST_PATH}?a=1",
        ),
    ],
)
def test_next_pages_that_are_followed(
    base_url: str, next_url: object, expected: str | None
) -> None:
    assert next_path(next_url, base_url=base_url, path=LIST_PATH) == expected


@pytest.mark.parametrize(
    ("base_url", "next_url", "fragment"),
    [
        (TWILIO, f"https://evil.example.com{LIST_PATH}", "leaves the client's host"),
        (TWILIO, f"https://proxy.twilio.com.evil.example{LIST_PATH}", "leaves the client's host"),
        (TWILIO, f"http://proxy.twilio.com{LIST_PATH}", "leaves the client's host"),  # downgrade
        (TWILIO, f"https://proxy.twilio.com:8443{LIST_PATH}", "leaves the client's host"),
        (TWILIO, f"https://user:pw@proxy.twilio.com{LIST_PATH}", "leaves the client's host"),
        (TWILIO, f"//evil.example.com{LIST_PATH}", "leaves the client's host"),
        (
            "http://127.0.0.1:8080",
            f"https://proxy.twilio.com{LIST_PATH}",
            "leaves the client's host",
        ),
        ("http://127.0.0.1:8080", f"http://127.0.0.1:8081{LIST_PATH}", "leaves the client's host"),
        (TWILIO, f"{TWILIO}/v1/Services", "leaves the list's path"),
        (TWILIO, f"{TWILIO}{LIST_PATH}/../../../Accounts", "leaves the list's path"),
        (TWILIO, f"{TWILIO}{LIST_PATH}%2F..%2F..", "leaves the list's path"),
        (TWILIO, f"{TWILIO}{LIST_PATH}#frag", "leaves the list's path"),
        (TWILIO, f"{TWILIO}{LIST_PATH}?Page=1#frag", "leaves the list's path"),
        (TWILIO, f"{TWILIO}:99999{LIST_PATH}", "not a valid URL"),
        (TWILIO, f"{TWILIO}{LIST_PATH}?Page=1&x=a b", "not a valid URL"),
        (TWILIO, f"{TWILIO}{LIST_PATH}?Page=1&x=\u00e9", "not a valid URL"),
        (TWILIO, 5, "JSON number, expected a string"),
    ],
)
def test_next_pages_that_are_refused(base_url: str, next_url: object, fragment: str) -> None:
    with pytest.raises(InvalidBody, match=fragment):
        next_path(next_url, base_url=base_url, path=LIST_PATH)


@given(query=st.text(max_size=30))
def test_the_lists_own_url_reads_as_any_other_spelling(query: str) -> None:
    # The list's own URL with a query is taken in a few steps; the same URL with its scheme
    # in capitals goes the general way (split, then checked part by part): both read alike.
    def outcome(next_url: str) -> str | None:
        try:
            return next_path(next_url, base_url=TWILIO, path=LIST_PATH)
        except InvalidBody as exc:
            return f"refused: {exc}"

    usual = outcome(f"{TWILIO}{LIST_PATH}?{query}")
    assert usual == outcome(f"HTTPS{TWILIO.removeprefix('https')}{LIST_PATH}?{query}")


# --- lists end to end, on every HTTP path ------------------------------------------------


def page(server: Server, items: list[dict[str, Any]], next_query: str | None) -> Behaviour:
    next_url = f"{server.url}{LIST_PATH}?{next_query}" if next_query else None
    meta = {"key": "interactions", "next_page_url": next_url}
    return answer(200, {"interactions": items, "meta": meta})


def listing(api: Api, **kwargs: Any) -> list[twilio_proxy.MessageInteraction]:
    if not api.is_async:
        return list(api.client.list_message_interactions(**{**PARENT, **kwargs}))

    async def walk() -> list[twilio_proxy.MessageInteraction]:
        found = api.client.list_message_interactions(**{**PARENT, **kwargs})
        return [mi async for mi in found]  # type: ignore[union-attr]

    return list(api.run(walk()))


def interaction(n: int) -> dict[str, Any]:
    return ok_body(sid=f"KI{n:032x}")


def test_pages_are_followed_to_the_end(api: Api, server: Server) -> None:
    server.queue(
        page(server, [interaction(1), interaction(2)], "PageSize=2&Page=1&PageToken=PA1"),
        page(server, [interaction(3)], None),
    )
    found = listing(api, page_size=2)
    assert [mi.sid for mi in found] == [f"KI{n:032x}" for n in (1, 2, 3)]
    assert [r.target for r in server.received] == [
        f"{LIST_PATH}?PageSize=2",
        f"{LIST_PATH}?PageSize=2&Page=1&PageToken=PA1",
    ]
    assert all(r.method == "GET" for r in server.received)


def test_limit_stops_without_fetching_further(api: Api, server: Server) -> None:
    server.queue(page(server, [interaction(1)], "Page=1"))
    assert [mi.sid for mi in listing(api, limit=1)] == [f"KI{1:032x}"]
    # limit without page_size asks for pages no bigger than needed
    assert [r.target for r in server.received] == [f"{LIST_PATH}?PageSize=1"]


def test_limit_zero_sends_nothing(api: Api, server: Server) -> None:
    assert listing(api, limit=0) == []
    assert server.count == 0


def test_limit_across_pages(api: Api, server: Server) -> None:
    server.queue(page(server, [interaction(1)], "Page=1"), page(server, [interaction(2)], "Page=2"))
    assert len(listing(api, page_size=1, limit=2)) == 2
    assert server.count == 2


def test_an_empty_list(api: Api, server: Server) -> None:
    server.queue(page(server, [], None))
    assert listing(api) == []


@pytest.mark.parametrize(
    "arguments",
    [{"page_size": 0}, {"page_size": 1001}, {"limit": -1}, {"service_sid": "KS123"}],
)
def test_bad_arguments_are_refused_at_the_call(
    api: Api, server: Server, arguments: dict[str, Any]
) -> None:
    # Raised by the call itself, before any iteration or I/O.
    with pytest.raises((twilio_proxy.InvalidArgumentError, twilio_proxy.InvalidSidError)):
        api.client.list_message_interactions(**{**PARENT, **arguments})
    assert server.count == 0


def test_a_hostile_next_page_is_never_requested(api: Api, server: Server) -> None:
    elsewhere = f"http://127.0.0.1:{closed_port()}{LIST_PATH}?Page=1"
    server.queue(answer(200, {"interactions": [EXAMPLE], "meta": {"next_page_url": elsewhere}}))
    with pytest.raises(
        twilio_proxy.ResponseValidationError, match="leaves the client's host"
    ) as caught:
        listing(api)
    assert caught.value.request_id == "RQ" + "1" * 32
    assert server.count == 1


def test_a_page_pointing_at_itself_stops(api: Api, server: Server) -> None:
    server.queue(page(server, [EXAMPLE], "Page=1"))
    with pytest.raises(twilio_proxy.ResponseValidationError, match="a page already read"):
        listing(api)
    assert server.count == 2


def test_pages_pointing_at_each_other_stop(api: Api, server: Server) -> None:
    # A -> B -> A: without a guard, an endless list of duplicates.
    server.queue(
        page(server, [interaction(1)], "Page=1"),
        page(server, [interaction(2)], "Page=0"),
        page(server, [interaction(3)], "Page=1"),
    )
    with pytest.raises(twilio_proxy.ResponseValidationError, match="a page already read"):
        listing(api, page_size=1)
    assert server.count == 3


def test_an_empty_page_ends_the_list(api: Api, server: Server) -> None:
    # Empty pages with a next_page_url, forever: limit alone would never be reached.
    server.queue(page(server, [], "Page=1"), page(server, [], "Page=2"))
    assert listing(api, limit=5) == []
    assert server.count == 1


def test_a_next_page_with_a_control_character_is_refused(api: Api, server: Server) -> None:
    server.queue(page(server, [EXAMPLE], "Page=1&x=\x01"))
    with pytest.raises(twilio_proxy.ResponseValidationError, match="not a valid URL"):
        listing(api)
    assert server.count == 1


@pytest.mark.parametrize(
    ("item", "fragment"),
    [
        ({**EXAMPLE, "date_created": 5}, "item 1: field 'date_created'"),
        ({k: v for k, v in EXAMPLE.items() if k != "sid"}, "item 1: field 'sid'"),  # sid: str
    ],
)
def test_a_bad_item_fails_the_page(
    api: Api, server: Server, item: dict[str, Any], fragment: str
) -> None:
    server.queue(page(server, [EXAMPLE, item], None))
    with pytest.raises(twilio_proxy.ResponseValidationError, match=fragment):
        listing(api)


def test_only_the_items_taken_are_parsed(api: Api, server: Server) -> None:
    # limit=1: the bad second item is never parsed, so never refused.
    server.queue(page(server, [EXAMPLE, {**EXAMPLE, "date_created": 5}], None))
    assert [mi.sid for mi in listing(api, limit=1, page_size=2)] == [SIDS["sid"]]


def test_a_page_larger_than_asked_for_is_refused(api: Api, server: Server) -> None:
    server.queue(page(server, [interaction(n) for n in range(3)], None))
    with pytest.raises(twilio_proxy.ResponseValidationError, match="3 items, more than the 2"):
        listing(api, page_size=2)


def test_a_tiny_gzip_page_of_millions_of_items_costs_little(api: Api, server: Server) -> None:
    import gzip

    bomb = b'{"interactions": [' + b"{}," * ((8 << 20) // 3) + b'{}], "meta": {}}'
    server.queue(
        answer(
            200,
            gzip.compress(bomb, 9),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
    )
    with pytest.raises(twilio_proxy.ResponseValidationError, match="larger than"):
        listing(api, limit=1, page_size=1)


def test_each_page_is_retried_like_a_fetch(api: Api, server: Server, waits: list[float]) -> None:
    server.queue(
        page(server, [interaction(1)], "Page=1"),
        answer(503, {"code": 20503, "message": "busy", "status": 503}),
        page(server, [interaction(2)], None),
    )
    assert len(listing(api)) == 2
    assert server.count == 3
    assert len(waits) == 1


def test_a_failing_page_raises_after_the_items_before_it(
    make_api: Callable[..., Api], server: Server
) -> None:
    api = make_api(max_retries=0)
    server.queue(
        page(server, [interaction(1)], "Page=1"),
        answer(404, {"code": 20404, "message": "gone", "status": 404}),
    )
    with pytest.raises(twilio_proxy.NotFoundError):
        listing(api)
