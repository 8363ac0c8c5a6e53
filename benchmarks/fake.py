"""The embedded Proxy's costs, in one fresh process; prints one JSON object on stdout.

run.py starts this with benchmarks/.venv's python:

    fake.py CYCLES SECONDS

1. Start and stop: CYCLES times `with FakeProxy(): pass` (what the pytest
   fixture does around each test), each timed alone after a few warm-up
   cycles; and CYCLES times a test's least use of it: start, `proxy.client()`,
   one `services.create`, close, stop.
2. Fetches per second: one FakeProxy and one service; `Client.services.fetch`
   in a loop for SECONDS (sequential, as a test calls it), then
   `AsyncClient.services.fetch` with 20 in flight for SECONDS. The server runs
   in this process, as it does under the fixture, so the figures include the
   client's own CPU.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from twilio_proxy.testing import FakeProxy

WARM_UP = 5
IN_FLIGHT = 20


def _cycles(count: int) -> tuple[list[float], list[float]]:
    clock = time.perf_counter_ns
    bare, used = [], []
    for number in range(WARM_UP + count):
        started = clock()
        with FakeProxy():
            pass
        if number >= WARM_UP:
            bare.append((clock() - started) / 1e6)
        started = clock()
        with FakeProxy() as proxy, proxy.client() as client:
            client.services.create(unique_name="one")
        if number >= WARM_UP:
            used.append((clock() - started) / 1e6)
    return bare, used


def _sync_rate(proxy: FakeProxy, sid: str, seconds: float) -> float:
    with proxy.client() as client:
        client.services.fetch(sid=sid)  # the connection made, the module loaded
        done, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < seconds:
            for _ in range(50):
                if client.services.fetch(sid=sid).sid != sid:
                    raise SystemExit("fake.py: the fake answered another service")
            done += 50
    return done / elapsed


async def _async_rate(proxy: FakeProxy, sid: str, seconds: float) -> float:
    async with proxy.async_client() as client:
        await client.services.fetch(sid=sid)
        done, started = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - started) < seconds:
            answers = await asyncio.gather(
                *(client.services.fetch(sid=sid) for _ in range(IN_FLIGHT))
            )
            if any(answer.sid != sid for answer in answers):
                raise SystemExit("fake.py: the fake answered another service")
            done += IN_FLIGHT
    return done / elapsed


def main() -> int:
    cycles, seconds = int(sys.argv[1]), float(sys.argv[2])
    bare, used = _cycles(cycles)
    with FakeProxy() as proxy:
        with proxy.client() as client:
            sid = client.services.create(unique_name="rides").sid
        sync_rate = _sync_rate(proxy, sid, seconds)
        async_rate = asyncio.run(_async_rate(proxy, sid, seconds))
    result = {
        "start_stop_ms": bare,
        "start_use_stop_ms": used,
        "sync_fetches_per_s": sync_rate,
        "async_fetches_per_s": async_rate,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
