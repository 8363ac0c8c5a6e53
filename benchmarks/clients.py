"""One per-call benchmark process; prints one JSON object on stdout.

run.py starts this with benchmarks/.venv's python:

    clients.py MODE OPERATION SIDE[,SIDE...] --resources R[,R...] --url URL
        --blocks B --units N [--concurrency C] [--cpu K]

MODE is sync or async; OPERATION fetch (one fetch of each resource in
RESOURCES, from nginx's copy of the spec's example) or list (a whole listing of
500 message interactions, 10 pages of 50). Each side (SIDES[MODE][OPERATION])
builds one client for the process and shares it between the resources, as an
app would. Every side's first call of each resource is checked against
EXPECTED, then warmed up with one block; then B rounds: in each, for each
resource, one block of N units per side, the order of the sides flipping from
round to round (AB BA AB ...), so block b of one side ran next to block b of
the other and slow drifts of the machine hit both alike. A unit is one call
(async: with C in flight); every block reports its CPU and wall µs per unit.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "x" * 32  # the local nginx ignores it; it only has to be sent
BASIC = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
KS, KC, KP, KI, PN = (prefix + "a" * 32 for prefix in ("KS", "KC", "KP", "KI", "PN"))

# resource -> the keyword arguments of `client.<resource>.fetch(...)`: the sids of
# the spec's example of that resource, which nginx serves on the path below.
RESOURCES: dict[str, dict[str, str]] = {
    "services": {"sid": KS},
    "sessions": {"service_sid": KS, "sid": KC},
    "participants": {"service_sid": KS, "session_sid": KC, "sid": KP},
    "interactions": {"service_sid": KS, "session_sid": KC, "sid": KI},
    "message_interactions": {
        "service_sid": KS,
        "session_sid": KC,
        "participant_sid": KP,
        "sid": KI,
    },
    "phone_numbers": {"service_sid": KS, "sid": PN},
}
# resource -> its fetch path (run.py checks each against the spec's path template).
PATHS = {
    "services": "/v1/Services/{sid}",
    "sessions": "/v1/Services/{service_sid}/Sessions/{sid}",
    "participants": "/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}",
    "interactions": "/v1/Services/{service_sid}/Sessions/{session_sid}/Interactions/{sid}",
    "message_interactions": (
        "/v1/Services/{service_sid}/Sessions/{session_sid}"
        "/Participants/{participant_sid}/MessageInteractions/{sid}"
    ),
    "phone_numbers": "/v1/Services/{service_sid}/PhoneNumbers/{sid}",
}


def fetch_path(resource: str) -> str:
    return PATHS[resource].format(**RESOURCES[resource])


# The list: message interactions of the example participant, 500 in pages of 50.
LIST_RESOURCE = "message_interactions"
LIST_SIDS = {k: v for k, v in RESOURCES[LIST_RESOURCE].items() if k != "sid"}
LIST_PATH = fetch_path(LIST_RESOURCE).rsplit("/", 1)[0]
PAGE_SIZE = 50
LISTED = 500

Call = Callable[[], Any]  # returns a str (sync) or an awaitable of one (async)
# A side: (resource -> its call, or None where the side has none), how to close it.
Made = tuple[Callable[[str], Call | None], Callable[[], Any]]


def _listed(count: int, last_sid: object) -> str:
    """'<count> <sid of the last>': only all 500, down to item 499 of page 9, passes."""
    return f"{count} {last_sid}"


def _raw_page(payload: dict[str, Any], count: int) -> tuple[int, str, str | None]:
    items = payload["interactions"]
    return count + len(items), items[-1]["sid"], payload["meta"]["next_page_url"]


# ------------------------------------------------------------------------ sync


def sync_twilio_proxy(url: str) -> Made:
    import twilio_proxy

    client = twilio_proxy.Client(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    def fetch(resource: str) -> Call:
        kwargs = RESOURCES[resource]
        # `client.<resource>.fetch(...)`, the attribute looked up on every call as in an app.
        return lambda: getattr(client, resource).fetch(**kwargs).sid

    return fetch, client.close


def sync_list_twilio_proxy(url: str) -> Made:
    import twilio_proxy

    client = twilio_proxy.Client(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    def call() -> str:
        got = list(client.message_interactions.list(**LIST_SIDS, page_size=PAGE_SIZE))
        return _listed(len(got), got[-1].sid)

    return lambda _: call, client.close


def sync_httpx2(url: str) -> Made:
    """`httpx2.Client().get(url)` + json.loads: the least any caller of the transport does."""
    import httpx2

    client = httpx2.Client(headers={"Authorization": BASIC})

    def fetch(resource: str) -> Call:
        full = url + fetch_path(resource)
        return lambda: json.loads(client.get(full).content)["sid"]

    return fetch, client.close


def sync_list_httpx2(url: str) -> Made:
    """GET, json.loads, follow meta.next_page_url until null: the least a transport caller does."""
    import httpx2

    client = httpx2.Client(headers={"Authorization": BASIC})
    first = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}"

    def call() -> str:
        count, last, next_url = 0, "", first
        while next_url is not None:
            count, last, next_url = _raw_page(json.loads(client.get(next_url).content), count)
        return _listed(count, last)

    return lambda _: call, client.close


def sync_list_parse(url: str) -> Made:
    """The raw paging loop, decoded by orjson and every item through the generated parse.

    What a page costs apart from our core: the raw transport's, and the checked
    parse's (the items kept, as a listing keeps them).
    """
    import httpx2
    import orjson

    from twilio_proxy_api.message_interactions import parse_message_interaction

    client = httpx2.Client(headers={"Authorization": BASIC})
    first = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}"

    def call() -> str:
        got: list[Any] = []
        next_url = first
        while next_url is not None:
            payload = orjson.loads(client.get(next_url).content)
            got.extend(map(parse_message_interaction, payload["interactions"]))
            next_url = payload["meta"]["next_page_url"]
        return _listed(len(got), got[-1].sid)

    return lambda _: call, client.close


def _twilio(url: str, http_client: Any = None) -> tuple[Any, Any]:
    """twilio-python's Client aimed at *url*, and the example Participant's message_interactions."""
    from twilio.rest import Client

    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http_client)
    client.proxy.base_url = url
    interactions = client.proxy.v1.services(KS).sessions(KC).participants(KP).message_interactions
    return client, interactions


def _twilio_close(client: Any) -> Callable[[], None]:
    def close() -> None:
        session = getattr(client.http_client, "session", None)
        if session is not None:
            session.close()

    return close


def sync_twilio(url: str) -> Made:
    """twilio-python 9.x (requests), the way its docs show it; message interactions only."""
    client, _ = _twilio(url)

    def call() -> str:
        proxy = client.proxy.v1
        return str(
            proxy.services(KS).sessions(KC).participants(KP).message_interactions(KI).fetch().sid
        )

    return (lambda r: call if r == "message_interactions" else None), _twilio_close(client)


def sync_list_twilio(url: str) -> Made:
    """twilio-python's .list(page_size=50): it follows the absolute next_page_url itself."""
    client, interactions = _twilio(url)

    def call() -> str:
        got = interactions.list(page_size=PAGE_SIZE)
        return _listed(len(got), got[-1].sid)

    return lambda _: call, _twilio_close(client)


# ----------------------------------------------------------------------- async


def async_twilio_proxy(url: str) -> Made:
    import twilio_proxy

    client = twilio_proxy.AsyncClient(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    def fetch(resource: str) -> Call:
        kwargs = RESOURCES[resource]

        async def call() -> str:
            return str((await getattr(client, resource).fetch(**kwargs)).sid)

        return call

    return fetch, client.aclose


def async_list_twilio_proxy(url: str) -> Made:
    import twilio_proxy

    client = twilio_proxy.AsyncClient(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    async def call() -> str:
        listed = client.message_interactions.list(**LIST_SIDS, page_size=PAGE_SIZE)
        got = [i async for i in listed]
        return _listed(len(got), got[-1].sid)

    return lambda _: call, client.aclose


def async_aiohttp(url: str) -> Made:
    """aiohttp.ClientSession.get + json.loads(await resp.read()): AsyncClient's transport."""
    import aiohttp

    session = aiohttp.ClientSession(headers={"Authorization": BASIC})

    def fetch(resource: str) -> Call:
        full = url + fetch_path(resource)

        async def call() -> str:
            async with session.get(full) as response:
                return str(json.loads(await response.read())["sid"])

        return call

    return fetch, session.close


def async_list_aiohttp(url: str) -> Made:
    """The raw loop on aiohttp.ClientSession.get + json.loads(await resp.read())."""
    import aiohttp

    session = aiohttp.ClientSession(headers={"Authorization": BASIC})
    first = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}"

    async def call() -> str:
        count, last, next_url = 0, "", first
        while next_url is not None:
            async with session.get(next_url) as response:
                payload = json.loads(await response.read())
            count, last, next_url = _raw_page(payload, count)
        return _listed(count, last)

    return lambda _: call, session.close


def async_list_parse(url: str) -> Made:
    """The raw aiohttp paging loop, decoded by orjson and every item through the generated parse."""
    import aiohttp
    import orjson

    from twilio_proxy_api.message_interactions import parse_message_interaction

    session = aiohttp.ClientSession(headers={"Authorization": BASIC})
    first = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}"

    async def call() -> str:
        got: list[Any] = []
        next_url = first
        while next_url is not None:
            async with session.get(next_url) as response:
                payload = orjson.loads(await response.read())
            got.extend(map(parse_message_interaction, payload["interactions"]))
            next_url = payload["meta"]["next_page_url"]
        return _listed(len(got), got[-1].sid)

    return lambda _: call, session.close


def async_twilio(url: str) -> Made:
    """twilio-python's async path: AsyncTwilioHttpClient (aiohttp) + fetch_async."""
    from twilio.http.async_http_client import AsyncTwilioHttpClient

    http = AsyncTwilioHttpClient()
    client, _ = _twilio(url, http)

    async def call() -> str:
        proxy = client.proxy.v1
        resource = proxy.services(KS).sessions(KC).participants(KP).message_interactions(KI)
        return str((await resource.fetch_async()).sid)

    return (lambda r: call if r == "message_interactions" else None), http.close


def async_list_twilio(url: str) -> Made:
    """twilio-python's list_async(page_size=50) on AsyncTwilioHttpClient (aiohttp)."""
    from twilio.http.async_http_client import AsyncTwilioHttpClient

    http = AsyncTwilioHttpClient()
    _, interactions = _twilio(url, http)

    async def call() -> str:
        got = await interactions.list_async(page_size=PAGE_SIZE)
        return _listed(len(got), got[-1].sid)

    return lambda _: call, http.close


# MODE -> OPERATION -> SIDE -> factory(base_url) -> Made.
SIDES: dict[str, dict[str, dict[str, Callable[[str], Made]]]] = {
    "sync": {
        "fetch": {"twilio_proxy": sync_twilio_proxy, "httpx2": sync_httpx2, "twilio": sync_twilio},
        "list": {
            "twilio_proxy": sync_list_twilio_proxy,
            "httpx2": sync_list_httpx2,
            "twilio": sync_list_twilio,
            "parse": sync_list_parse,
        },
    },
    "async": {
        "fetch": {
            "twilio_proxy": async_twilio_proxy,
            "aiohttp": async_aiohttp,
            "twilio": async_twilio,
        },
        "list": {
            "twilio_proxy": async_list_twilio_proxy,
            "aiohttp": async_list_aiohttp,
            "twilio": async_list_twilio,
            "parse": async_list_parse,
        },
    },
}


def expected(operation: str, resource: str) -> str:
    if operation == "list":
        return _listed(LISTED, f"KI{LISTED - 1:032x}")
    return RESOURCES[resource]["sid"]


# ------------------------------------------------------------------- measuring


def schedule(resources: Sequence[str], calls: dict[str, dict[str, Call]], blocks: int) -> Iterator:
    """Round b: for each resource, its sides in order (b even) or reversed (b odd)."""
    for block in range(blocks):
        for resource in resources:
            sides = list(calls[resource])
            for side in sides if block % 2 == 0 else reversed(sides):
                yield resource, side


def _figures(units: int, wall_ns: int, cpu_ns: int) -> tuple[float, float]:
    return round(cpu_ns / units / 1000, 2), round(wall_ns / units / 1000, 2)


def _sync_block(call: Call, units: int) -> tuple[float, float]:
    cpu0, wall0 = time.process_time_ns(), time.perf_counter_ns()
    for _ in range(units):
        call()
    return _figures(units, time.perf_counter_ns() - wall0, time.process_time_ns() - cpu0)


async def _async_block(
    call: Callable[[], Awaitable[str]], units: int, concurrency: int
) -> tuple[float, float]:
    import asyncio

    remaining = units

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    cpu0, wall0 = time.process_time_ns(), time.perf_counter_ns()
    await asyncio.gather(*(worker() for _ in range(min(concurrency, units))))
    return _figures(units, time.perf_counter_ns() - wall0, time.process_time_ns() - cpu0)


def _calls(
    made: dict[str, Made], resources: Sequence[str], sides: Sequence[str]
) -> dict[str, dict[str, Call]]:
    calls: dict[str, dict[str, Call]] = {}
    for resource in resources:
        calls[resource] = {}
        for side in sides:
            call = made[side][0](resource)
            if call is not None:
                calls[resource][side] = call
    return calls


def _empty(calls: dict[str, dict[str, Call]]) -> dict[str, dict[str, dict[str, list[float]]]]:
    return {r: {s: {"cpu_us": [], "wall_us": []} for s in by} for r, by in calls.items()}


def _check(side: str, resource: str, got: object, want: str) -> None:
    if got != want:
        raise SystemExit(f"{side} {resource}: got {got!r}, expected {want!r}")


def run_sync(args: argparse.Namespace, sides: list[str], resources: list[str]) -> dict:
    made = {side: SIDES["sync"][args.operation][side](args.url) for side in sides}
    calls = _calls(made, resources, sides)
    out = _empty(calls)
    try:
        for resource, by_side in calls.items():
            for side, call in by_side.items():
                _check(side, resource, call(), expected(args.operation, resource))
                _sync_block(call, args.units)  # warm-up
        for resource, side in schedule(resources, calls, args.blocks):
            cpu, wall = _sync_block(calls[resource][side], args.units)
            out[resource][side]["cpu_us"].append(cpu)
            out[resource][side]["wall_us"].append(wall)
    finally:
        for _, close in made.values():
            close()
    return out


async def run_async(args: argparse.Namespace, sides: list[str], resources: list[str]) -> dict:
    made = {side: SIDES["async"][args.operation][side](args.url) for side in sides}
    calls = _calls(made, resources, sides)
    out = _empty(calls)
    c = args.concurrency
    try:
        for resource, by_side in calls.items():
            for side, call in by_side.items():
                _check(side, resource, await call(), expected(args.operation, resource))
                await _async_block(call, args.units, c)  # warm-up: opens the connections
        for resource, side in schedule(resources, calls, args.blocks):
            cpu, wall = await _async_block(calls[resource][side], args.units, c)
            out[resource][side]["cpu_us"].append(cpu)
            out[resource][side]["wall_us"].append(wall)
    finally:
        for _, close in made.values():
            await close()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["sync", "async"])
    parser.add_argument("operation", choices=["fetch", "list"])
    parser.add_argument("sides", help="comma-separated SIDES[mode][operation] names")
    parser.add_argument("--resources", default=LIST_RESOURCE, help="comma-separated")
    parser.add_argument("--url", required=True)
    parser.add_argument("--blocks", type=int, default=1)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--cpu", type=int, default=-1, help="pin this process to one CPU")
    args = parser.parse_args(argv)
    if args.cpu >= 0:
        os.sched_setaffinity(0, {args.cpu})
    sides, resources = args.sides.split(","), args.resources.split(",")
    if args.mode == "sync":
        blocks = run_sync(args, sides, resources)
    else:
        import asyncio

        blocks = asyncio.run(run_async(args, sides, resources))
    print(json.dumps({"blocks": blocks}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
