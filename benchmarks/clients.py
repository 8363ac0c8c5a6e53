"""One benchmark process; prints one JSON object on stdout.

run.py starts this with benchmarks/.venv's python:

    clients.py run MODE OPERATION SIDE[,SIDE...] --url URL --blocks B --units N
        [--concurrency C] [--cpu K]
    clients.py import MODULE

`run` builds each side's client (SIDES[MODE][OPERATION][SIDE]), warms every side
up with one block, then runs B blocks of N units per side, alternating: the order
of the sides flips from block to block (AB BA AB ...), so slow drifts of the
machine hit every side alike and block b of one side pairs with block b of the
other. A unit is one call of the operation (a fetch, or a whole listing of 10
pages), with C of them in flight for async; every block reports its CPU and wall
µs per unit. With one side, it is a plain timed run (the cross-library rows);
peak RSS then means something too.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import importlib
import json
import os
import resource
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "x" * 32  # the local nginx ignores it; it only has to be sent
BASIC = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
SIDS = {
    "service_sid": "KS" + "a" * 32,
    "session_sid": "KC" + "a" * 32,
    "participant_sid": "KP" + "a" * 32,
    "sid": "KI" + "a" * 32,  # the sid of the spec's 200 example, which nginx serves
}
PATH = (
    "/v1/Services/{service_sid}/Sessions/{session_sid}"
    "/Participants/{participant_sid}/MessageInteractions/{sid}"
).format(**SIDS)

SyncCall = Callable[[], str]
AsyncCall = Callable[[], Awaitable[str]]
SyncMade = tuple[SyncCall, Callable[[], object]]  # a call, and how to close its client
AsyncMade = tuple[AsyncCall, Callable[[], Awaitable[object]]]


# ------------------------------------------------------------------ sync fetch


def sync_twilio_proxy(url: str) -> SyncMade:
    import twilio_proxy

    client = twilio_proxy.Client(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)
    return (lambda: client.fetch_message_interaction(**SIDS).sid), client.close


def _sync_raw(module: str, url: str) -> SyncMade:
    """`module.Client().get(url)` + json.loads: the least any caller of the transport does."""
    client = importlib.import_module(module).Client(headers={"Authorization": BASIC})
    full = url + PATH
    return (lambda: json.loads(client.get(full).content)["sid"]), client.close


def _twilio(url: str, http_client: Any = None) -> tuple[Any, Any]:
    """twilio-python's Client aimed at *url*, and its Participant's message_interactions list."""
    from twilio.rest import Client

    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http_client)
    client.proxy.base_url = url
    interactions = (
        client.proxy.v1.services(SIDS["service_sid"])
        .sessions(SIDS["session_sid"])
        .participants(SIDS["participant_sid"])
        .message_interactions
    )
    return client, interactions


def _twilio_close(client: Any) -> Callable[[], None]:
    def close() -> None:
        session = getattr(client.http_client, "session", None)
        if session is not None:
            session.close()

    return close


def sync_twilio(url: str) -> SyncMade:
    """twilio-python 9.x (requests), the way its docs show it."""
    client, _ = _twilio(url)

    def call() -> str:
        return str(
            client.proxy.v1.services(SIDS["service_sid"])
            .sessions(SIDS["session_sid"])
            .participants(SIDS["participant_sid"])
            .message_interactions(SIDS["sid"])
            .fetch()
            .sid
        )

    return call, _twilio_close(client)


# ----------------------------------------------------------------- async fetch


def async_twilio_proxy(url: str) -> AsyncMade:
    import twilio_proxy

    client = twilio_proxy.AsyncClient(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    async def call() -> str:
        return str((await client.fetch_message_interaction(**SIDS)).sid)

    return call, client.aclose


def async_aiohttp(url: str) -> AsyncMade:
    """aiohttp.ClientSession.get + json.loads(await resp.read()): AsyncClient's transport."""
    import aiohttp

    session = aiohttp.ClientSession(headers={"Authorization": BASIC})
    full = url + PATH

    async def call() -> str:
        async with session.get(full) as response:
            return str(json.loads(await response.read())["sid"])

    return call, session.close


def async_httpx2(url: str) -> AsyncMade:
    import httpx2

    client = httpx2.AsyncClient(headers={"Authorization": BASIC})
    full = url + PATH

    async def call() -> str:
        return str(json.loads((await client.get(full)).content)["sid"])

    return call, client.aclose


def async_twilio(url: str) -> AsyncMade:
    """twilio-python's async path: AsyncTwilioHttpClient (aiohttp) + fetch_async."""
    from twilio.http.async_http_client import AsyncTwilioHttpClient

    http = AsyncTwilioHttpClient()
    client, _ = _twilio(url, http)

    async def call() -> str:
        instance = (
            await client.proxy.v1.services(SIDS["service_sid"])
            .sessions(SIDS["session_sid"])
            .participants(SIDS["participant_sid"])
            .message_interactions(SIDS["sid"])
            .fetch_async()
        )
        return str(instance.sid)

    return call, http.close


# ------------------------------------------------------------------------ list
# A unit is one whole listing: 500 interactions in pages of 50, 10 requests, each
# following the previous page's absolute meta.next_page_url (nginx: run.py `PAGES`).

LIST_PATH = PATH.rsplit("/", 1)[0]
PAGE_SIZE = 50
LISTED = 500
LIST_SIDS = {k: v for k, v in SIDS.items() if k != "sid"}


def _listed(count: int, last_sid: object) -> str:
    """'<count> <sid of the last>': only all 500, down to item 499 of page 9, passes."""
    return f"{count} {last_sid}"


def _raw_page(payload: dict[str, Any], count: int) -> tuple[int, str, str | None]:
    items = payload["interactions"]
    return count + len(items), items[-1]["sid"], payload["meta"]["next_page_url"]


def sync_list_twilio_proxy(url: str) -> SyncMade:
    import twilio_proxy

    client = twilio_proxy.Client(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    def call() -> str:
        got = list(client.list_message_interactions(**LIST_SIDS, page_size=PAGE_SIZE))
        return _listed(len(got), got[-1].sid)

    return call, client.close


def sync_list_httpx2(url: str) -> SyncMade:
    """GET, json.loads, follow meta.next_page_url until null: the least a transport caller does."""
    import httpx2

    client = httpx2.Client(headers={"Authorization": BASIC})
    first = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}"

    def call() -> str:
        count, last, next_url = 0, "", first
        while next_url is not None:
            count, last, next_url = _raw_page(json.loads(client.get(next_url).content), count)
        return _listed(count, last)

    return call, client.close


def sync_list_twilio(url: str) -> SyncMade:
    """twilio-python's .list(page_size=50): it follows the absolute next_page_url itself."""
    client, interactions = _twilio(url)

    def call() -> str:
        got = interactions.list(page_size=PAGE_SIZE)
        return _listed(len(got), got[-1].sid)

    return call, _twilio_close(client)


def async_list_twilio_proxy(url: str) -> AsyncMade:
    import twilio_proxy

    client = twilio_proxy.AsyncClient(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    async def call() -> str:
        got = [i async for i in client.list_message_interactions(**LIST_SIDS, page_size=PAGE_SIZE)]
        return _listed(len(got), got[-1].sid)

    return call, client.aclose


def async_list_aiohttp(url: str) -> AsyncMade:
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

    return call, session.close


def async_list_twilio(url: str) -> AsyncMade:
    """twilio-python's list_async(page_size=50) on AsyncTwilioHttpClient (aiohttp)."""
    from twilio.http.async_http_client import AsyncTwilioHttpClient

    http = AsyncTwilioHttpClient()
    _, interactions = _twilio(url, http)

    async def call() -> str:
        got = await interactions.list_async(page_size=PAGE_SIZE)
        return _listed(len(got), got[-1].sid)

    return call, http.close


# MODE -> OPERATION -> SIDE -> factory(base_url) -> (call, close). Every call of an
# operation must return EXPECTED[operation] (checked once per side, before warm-up).
SIDES: dict[str, dict[str, dict[str, Any]]] = {
    "sync": {
        "fetch": {
            "twilio_proxy": sync_twilio_proxy,
            "httpx2": lambda url: _sync_raw("httpx2", url),
            "httpx": lambda url: _sync_raw("httpx", url),
            "twilio": sync_twilio,
        },
        "list": {
            "twilio_proxy": sync_list_twilio_proxy,
            "httpx2": sync_list_httpx2,
            "twilio": sync_list_twilio,
        },
    },
    "async": {
        "fetch": {
            "twilio_proxy": async_twilio_proxy,
            "aiohttp": async_aiohttp,
            "httpx2": async_httpx2,
            "twilio": async_twilio,
        },
        "list": {
            "twilio_proxy": async_list_twilio_proxy,
            "aiohttp": async_list_aiohttp,
            "twilio": async_list_twilio,
        },
    },
}
EXPECTED = {"fetch": SIDS["sid"], "list": _listed(LISTED, f"KI{LISTED - 1:032x}")}


# ------------------------------------------------------------------- measuring


def schedule(sides: Sequence[str], blocks: int) -> Iterator[str]:
    """AB BA AB ...: every side runs once per block, the order flipping each block."""
    for block in range(blocks):
        yield from sides if block % 2 == 0 else reversed(sides)


def _figures(units: int, wall_ns: int, cpu_ns: int) -> tuple[float, float]:
    return round(cpu_ns / units / 1000, 2), round(wall_ns / units / 1000, 2)


def _sync_block(call: SyncCall, units: int) -> tuple[float, float]:
    cpu0, wall0 = time.process_time_ns(), time.perf_counter_ns()
    for _ in range(units):
        call()
    return _figures(units, time.perf_counter_ns() - wall0, time.process_time_ns() - cpu0)


async def _async_block(call: AsyncCall, units: int, concurrency: int) -> tuple[float, float]:
    remaining = units

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    cpu0, wall0 = time.process_time_ns(), time.perf_counter_ns()
    await asyncio.gather(*(worker() for _ in range(min(concurrency, units))))
    return _figures(units, time.perf_counter_ns() - wall0, time.process_time_ns() - cpu0)


def _record(
    blocks: dict[str, dict[str, list[float]]], side: str, cpu_wall: tuple[float, float]
) -> None:
    blocks[side]["cpu_us"].append(cpu_wall[0])
    blocks[side]["wall_us"].append(cpu_wall[1])


def run_sync(operation: str, sides: list[str], url: str, blocks: int, units: int) -> dict:
    made = {side: SIDES["sync"][operation][side](url) for side in sides}
    out: dict[str, dict[str, list[float]]] = {s: {"cpu_us": [], "wall_us": []} for s in sides}
    try:
        for side, (call, _) in made.items():
            if (got := call()) != EXPECTED[operation]:
                raise SystemExit(f"{side}: got {got!r}, expected {EXPECTED[operation]!r}")
            _sync_block(call, units)  # warm-up
        for side in schedule(sides, blocks):
            _record(out, side, _sync_block(made[side][0], units))
    finally:
        for _, close in made.values():
            close()
    return out


async def run_async(
    operation: str, sides: list[str], url: str, blocks: int, units: int, concurrency: int
) -> dict:
    made = {side: SIDES["async"][operation][side](url) for side in sides}
    out: dict[str, dict[str, list[float]]] = {s: {"cpu_us": [], "wall_us": []} for s in sides}
    try:
        for side, (call, _) in made.items():
            if (got := await call()) != EXPECTED[operation]:
                raise SystemExit(f"{side}: got {got!r}, expected {EXPECTED[operation]!r}")
            await _async_block(call, units, concurrency)  # warm-up: opens the connections
        for side in schedule(sides, blocks):
            _record(out, side, await _async_block(made[side][0], units, concurrency))
    finally:
        for _, close in made.values():
            await close()
    return out


def run_import(module: str) -> dict[str, Any]:
    """Time one import in this fresh process (twilio.rest: `from twilio.rest import Client`)."""
    before = set(sys.modules)
    started = time.perf_counter_ns()
    loaded = importlib.import_module(module)
    if module == "twilio.rest":
        loaded.Client  # noqa: B018  (the attribute access is what users pay for)
    elapsed = time.perf_counter_ns() - started
    return {"import_ms": round(elapsed / 1e6, 3), "modules": len(set(sys.modules) - before)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=["run", "import"])
    parser.add_argument("args", nargs="+", help="MODE OPERATION SIDES, or MODULE")
    parser.add_argument("--url", default="")
    parser.add_argument("--blocks", type=int, default=1)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--cpu", type=int, default=-1, help="pin this process to one CPU")
    args = parser.parse_args(argv)
    if args.cpu >= 0:
        os.sched_setaffinity(0, {args.cpu})
    if args.what == "import":
        result = run_import(args.args[0])
    else:
        mode, operation, sides = args.args
        names = sides.split(",")
        if mode == "sync":
            blocks = run_sync(operation, names, args.url, args.blocks, args.units)
        else:
            blocks = asyncio.run(
                run_async(operation, names, args.url, args.blocks, args.units, args.concurrency)
            )
        result = {"blocks": blocks}
    # Linux reports ru_maxrss in KiB.
    result["maxrss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
