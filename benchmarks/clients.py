"""One benchmark measurement, in a fresh process; prints one JSON object on stdout.

run.py starts this with benchmarks/.venv's python, once per measurement:

    clients.py sync NAME --url URL [--calls N] [--warmup W] [--profile]
    clients.py async NAME --url URL [--total T] [--concurrency C] [--warmup W]
    clients.py import NAME
    clients.py sync-ab NAME,NAME,... --url URL [--blocks B] [--calls N]
    clients.py stamina --url URL

A client whose library is missing (e.g. twilio_proxy before it exists) prints
{"unavailable": "..."} and exits with UNAVAILABLE. Every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import importlib
import importlib.metadata
import importlib.util
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

UNAVAILABLE = 3

ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "bench-auth-token"  # the local nginx ignores it; it only has to be sent
SERVICE_SID = "KS" + "a" * 32
SESSION_SID = "KC" + "a" * 32
PARTICIPANT_SID = "KP" + "a" * 32
SID = "KI" + "a" * 32
PATH = (
    f"/v1/Services/{SERVICE_SID}/Sessions/{SESSION_SID}"
    f"/Participants/{PARTICIPANT_SID}/MessageInteractions/{SID}"
)
SIDS = {
    "service_sid": SERVICE_SID,
    "session_sid": SESSION_SID,
    "participant_sid": PARTICIPANT_SID,
    "sid": SID,
}

SyncCall = Callable[[], str]
AsyncCall = Callable[[], Awaitable[str]]
Close = Callable[[], None]
AsyncClose = Callable[[], Awaitable[None]]


class Unavailable(Exception):
    """The library this client needs is not importable."""


def _need(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{module}: {exc}") from exc


# --------------------------------------------------------------------------- sync


def sync_httpx(url: str) -> tuple[SyncCall, Close]:
    """Raw httpx.Client: GET + .json()."""
    import httpx

    client = httpx.Client(base_url=url, auth=(ACCOUNT_SID, AUTH_TOKEN))

    def call() -> str:
        return str(client.get(PATH).json()["sid"])

    return call, client.close


def sync_httpx_stamina(url: str) -> tuple[SyncCall, Close]:
    """Raw httpx.Client wrapped in stamina.retry_context on every call."""
    import httpx
    import stamina

    client = httpx.Client(base_url=url, auth=(ACCOUNT_SID, AUTH_TOKEN))

    def call() -> str:
        for attempt in stamina.retry_context(on=httpx.TransportError, attempts=3):
            with attempt:
                return str(client.get(PATH).json()["sid"])
        raise AssertionError("unreachable")

    return call, client.close


def sync_generated(url: str) -> tuple[SyncCall, Close]:
    """The generated client: fetch_message_interaction.sync_detailed."""
    import httpx

    api = _need("twilio_proxy_api.api.proxy_v1_message_interaction.fetch_message_interaction")
    client_mod = _need("twilio_proxy_api.client")
    client = client_mod.Client(
        base_url=url, httpx_args={"auth": httpx.BasicAuth(ACCOUNT_SID, AUTH_TOKEN)}
    )

    def call() -> str:
        response = api.sync_detailed(SERVICE_SID, SESSION_SID, PARTICIPANT_SID, SID, client=client)
        return str(response.parsed.sid)

    return call, client.get_httpx_client().close


def sync_twilio_proxy(url: str) -> tuple[SyncCall, Close]:
    """twilio_proxy.Client.fetch_message_interaction."""
    twilio_proxy = _need("twilio_proxy")
    client = twilio_proxy.Client(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url)

    def call() -> str:
        return str(client.fetch_message_interaction(**SIDS).sid)

    return call, client.close


def sync_twilio(url: str) -> tuple[SyncCall, Close]:
    """twilio-python 9.x (requests), the way its docs show it."""
    rest = _need("twilio.rest")
    client = rest.Client(ACCOUNT_SID, AUTH_TOKEN)
    client.proxy.base_url = url

    def call() -> str:
        proxy = client.proxy.v1
        return str(
            proxy.services(SERVICE_SID)
            .sessions(SESSION_SID)
            .participants(PARTICIPANT_SID)
            .message_interactions(SID)
            .fetch()
            .sid
        )

    def close() -> None:
        session = getattr(client.http_client, "session", None)
        if session is not None:
            session.close()

    return call, close


SYNC: dict[str, Callable[[str], tuple[SyncCall, Close]]] = {
    "httpx": sync_httpx,
    "httpx+stamina": sync_httpx_stamina,
    "generated": sync_generated,
    "twilio_proxy": sync_twilio_proxy,
    "twilio": sync_twilio,
}


# -------------------------------------------------------------------------- async


def _httpx_async(url: str, **kwargs: Any) -> tuple[AsyncCall, AsyncClose]:
    import httpx

    client = httpx.AsyncClient(base_url=url, auth=(ACCOUNT_SID, AUTH_TOKEN), **kwargs)

    async def call() -> str:
        return str((await client.get(PATH)).json()["sid"])

    return call, client.aclose


def async_httpx(url: str) -> tuple[AsyncCall, AsyncClose]:
    """httpx.AsyncClient with its defaults (httpcore pool, Limits(100, keep-alive 20))."""
    return _httpx_async(url)


def async_httpx_keepalive100(url: str) -> tuple[AsyncCall, AsyncClose]:
    """httpx.AsyncClient keeping every connection alive: Limits(100, keep-alive 100)."""
    import httpx

    return _httpx_async(
        url, limits=httpx.Limits(max_connections=100, max_keepalive_connections=100)
    )


def async_httpx_max10(url: str) -> tuple[AsyncCall, AsyncClose]:
    """httpx.AsyncClient with a small pool: Limits(max_connections=10)."""
    import httpx

    return _httpx_async(url, limits=httpx.Limits(max_connections=10, max_keepalive_connections=10))


def async_httpx_aiohttp(url: str) -> tuple[AsyncCall, AsyncClose]:
    """httpx.AsyncClient over httpx_aiohttp.AiohttpTransport (what openai-python offers)."""
    transport_mod = _need("httpx_aiohttp")
    return _httpx_async(url, transport=transport_mod.AiohttpTransport())


def async_httpx2(url: str) -> tuple[AsyncCall, AsyncClose]:
    """httpx2.AsyncClient (Pydantic's maintained fork of httpx, httpcore2 pool)."""
    httpx2 = _need("httpx2")
    client = httpx2.AsyncClient(base_url=url, auth=(ACCOUNT_SID, AUTH_TOKEN))

    async def call() -> str:
        return str((await client.get(PATH)).json()["sid"])

    return call, client.aclose


def async_httpx2_aiohttp(url: str) -> tuple[AsyncCall, AsyncClose]:
    """httpx2.AsyncClient over httpx_aiohttp.httpx2.AiohttpTransport."""
    httpx2 = _need("httpx2")
    transport_mod = _need("httpx_aiohttp.httpx2")
    client = httpx2.AsyncClient(
        base_url=url,
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        transport=transport_mod.AiohttpTransport(),
    )

    async def call() -> str:
        return str((await client.get(PATH)).json()["sid"])

    return call, client.aclose


def async_aiohttp(url: str) -> tuple[AsyncCall, AsyncClose]:
    """Plain aiohttp.ClientSession: the ceiling for anything built on aiohttp."""
    aiohttp = _need("aiohttp")
    basic = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    session = aiohttp.ClientSession(base_url=url, headers={"Authorization": f"Basic {basic}"})

    async def call() -> str:
        async with session.get(PATH) as response:
            return str((await response.json())["sid"])

    return call, session.close


def _twilio_proxy_async(url: str, **kwargs: Any) -> tuple[AsyncCall, AsyncClose]:
    twilio_proxy = _need("twilio_proxy")
    client = twilio_proxy.AsyncClient(
        account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, base_url=url, **kwargs
    )
    http_client = kwargs.get("http_client")

    async def call() -> str:
        return str((await client.fetch_message_interaction(**SIDS)).sid)

    async def close() -> None:
        await client.aclose()
        if http_client is not None:
            await http_client.aclose()

    return call, close


def async_twilio_proxy(url: str) -> tuple[AsyncCall, AsyncClose]:
    """twilio_proxy.AsyncClient with its default transport."""
    return _twilio_proxy_async(url)


def async_twilio_proxy_httpx(url: str) -> tuple[AsyncCall, AsyncClose]:
    """twilio_proxy.AsyncClient(http_client=httpx.AsyncClient()): httpx's own pool."""
    import httpx

    return _twilio_proxy_async(url, http_client=httpx.AsyncClient())


def async_twilio_proxy_aiohttp(url: str) -> tuple[AsyncCall, AsyncClose]:
    """twilio_proxy.AsyncClient(http_client=httpx.AsyncClient(transport=AiohttpTransport()))."""
    import httpx

    transport_mod = _need("httpx_aiohttp")
    http_client = httpx.AsyncClient(transport=transport_mod.AiohttpTransport())
    return _twilio_proxy_async(url, http_client=http_client)


def async_twilio(url: str) -> tuple[AsyncCall, AsyncClose]:
    """twilio-python's async path: AsyncTwilioHttpClient (aiohttp) + fetch_async."""
    rest = _need("twilio.rest")
    http_mod = _need("twilio.http.async_http_client")
    http = http_mod.AsyncTwilioHttpClient()
    client = rest.Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http)
    client.proxy.base_url = url

    async def call() -> str:
        proxy = client.proxy.v1
        instance = (
            await proxy.services(SERVICE_SID)
            .sessions(SESSION_SID)
            .participants(PARTICIPANT_SID)
            .message_interactions(SID)
            .fetch_async()
        )
        return str(instance.sid)

    return call, http.close


ASYNC: dict[str, Callable[[str], tuple[AsyncCall, AsyncClose]]] = {
    "httpx": async_httpx,
    "httpx-keepalive100": async_httpx_keepalive100,
    "httpx-max10": async_httpx_max10,
    "httpx+aiohttp-transport": async_httpx_aiohttp,
    "httpx2": async_httpx2,
    "httpx2+aiohttp-transport": async_httpx2_aiohttp,
    "aiohttp": async_aiohttp,
    "twilio_proxy": async_twilio_proxy,
    "twilio_proxy+httpx": async_twilio_proxy_httpx,
    "twilio_proxy+aiohttp-transport": async_twilio_proxy_aiohttp,
    "twilio": async_twilio,
}

IMPORTS = {
    "twilio_proxy": ("twilio_proxy", None),
    "twilio.rest": ("twilio.rest", "Client"),  # from twilio.rest import Client
    "httpx": ("httpx", None),
}


# -------------------------------------------------------------------- measuring


def _us(ns: float) -> float:
    return round(ns / 1000, 2)


def _pct(sorted_values: list[int], q: float) -> int:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def _latency_stats(latencies_ns: list[int]) -> dict[str, float]:
    ordered = sorted(latencies_ns)
    return {
        "median_us": _us(statistics.median(ordered)),
        "mean_us": _us(statistics.fmean(ordered)),
        "p99_us": _us(_pct(ordered, 0.99)),
        "min_us": _us(ordered[0]),
    }


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _process_facts() -> dict[str, Any]:
    return {
        # Linux reports ru_maxrss in KiB.
        "maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "sniffio_importable": importlib.util.find_spec("sniffio") is not None,
        "sniffio_imported": "sniffio" in sys.modules,
    }


def run_sync(name: str, url: str, calls: int, warmup: int, profile: bool) -> dict[str, Any]:
    """Warm up, then time `calls` sequential calls over one keep-alive connection."""
    call, close = SYNC[name](url)
    try:
        if call() != SID:
            raise RuntimeError(f"{name}: wrong answer")
        for _ in range(warmup):
            call()
        latencies = [0] * calls
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        clock = time.perf_counter_ns
        cpu0 = _cpu_seconds()
        started = clock()
        for i in range(calls):
            t0 = clock()
            call()
            latencies[i] = clock() - t0
        wall = clock() - started
        cpu = _cpu_seconds() - cpu0
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(45)
    finally:
        close()
    return {
        "calls": calls,
        "wall_us_per_call": _us(wall / calls),
        "cpu_us_per_call": round(cpu / calls * 1e6, 2),
        **_latency_stats(latencies),
    }


async def _drive(call: AsyncCall, total: int, concurrency: int) -> tuple[float, float, list[int]]:
    remaining = total
    latencies: list[int] = []
    clock = time.perf_counter_ns

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            t0 = clock()
            await call()
            latencies.append(clock() - t0)

    cpu0 = _cpu_seconds()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, _cpu_seconds() - cpu0, latencies


async def _run_async(
    name: str, url: str, total: int, concurrency: int, warmup: int
) -> dict[str, Any]:
    call, close = ASYNC[name](url)
    try:
        if await call() != SID:
            raise RuntimeError(f"{name}: wrong answer")
        if warmup:
            await _drive(call, warmup, concurrency)
        wall, cpu, latencies = await _drive(call, total, concurrency)
    finally:
        await close()
    stats = _latency_stats(latencies)
    return {
        "fetches": total,
        "concurrency": concurrency,
        "per_s": round(total / wall, 1),
        "cpu_us_per_fetch": round(cpu / total * 1e6, 1),
        "latency_median_ms": round(stats["median_us"] / 1000, 2),
        "latency_p99_ms": round(stats["p99_us"] / 1000, 2),
    }


def run_import(name: str) -> dict[str, Any]:
    """Time one import in this (fresh) process."""
    module, attribute = IMPORTS[name]
    before = set(sys.modules)
    started = time.perf_counter_ns()
    loaded = importlib.import_module(module)
    if attribute is not None:
        getattr(loaded, attribute)
    elapsed = time.perf_counter_ns() - started
    return {"import_ms": round(elapsed / 1e6, 3), "modules": len(set(sys.modules) - before)}


def run_sync_ab(names: list[str], url: str, blocks: int, block_calls: int) -> dict[str, Any]:
    """Several sync clients in one process, in alternating blocks of calls.

    Process-to-process noise cancels out here, so the ratio between two clients
    is much tighter than between two fresh processes (peak RSS means nothing
    here). Each block's figure is the mean µs per call over `block_calls` calls.
    """
    made = {name: SYNC[name](url) for name in names}
    try:
        for name, (call, _) in made.items():
            if call() != SID:
                raise RuntimeError(f"{name}: wrong answer")
            for _ in range(block_calls):
                call()
        per_block: dict[str, list[float]] = {name: [] for name in names}
        for block in range(blocks):
            for name in names if block % 2 == 0 else names[::-1]:
                per_block[name].append(_us(_per_iteration_ns(made[name][0], block_calls)))
    finally:
        for _, close in made.values():
            close()
    return {"block_calls": block_calls, "blocks": per_block}


def _per_iteration_ns(body: Callable[[], object], iterations: int) -> float:
    clock = time.perf_counter_ns
    t0 = clock()
    for _ in range(iterations):
        body()
    return (clock() - t0) / iterations


def run_stamina(url: str, blocks: int, block_calls: int) -> dict[str, Any]:
    """What stamina costs per successful call: alone (no I/O) and around a real GET.

    Blocks with and without stamina alternate in this one process, so the
    process-to-process noise cancels out; medians of the blocks are reported.
    """
    import httpx
    import stamina

    def bare() -> None:
        return None

    def with_context() -> None:
        for attempt in stamina.retry_context(on=httpx.TransportError, attempts=3):
            with attempt:
                return None

    @stamina.retry(on=httpx.TransportError, attempts=3)
    def decorated() -> None:
        return None

    client = httpx.Client(base_url=url, auth=(ACCOUNT_SID, AUTH_TOKEN))

    def get() -> object:
        return client.get(PATH).json()

    def get_with_context() -> object:
        for attempt in stamina.retry_context(on=httpx.TransportError, attempts=3):
            with attempt:
                return client.get(PATH).json()
        raise AssertionError("unreachable")

    try:
        for body in (bare, with_context, decorated, get, get_with_context):
            _per_iteration_ns(body, 200)  # warm-up
        results: dict[str, list[float]] = {
            "bare": [],
            "retry_context": [],
            "retry_decorator": [],
            "get": [],
            "get+retry_context": [],
        }
        bodies = {
            "bare": (bare, 5000),
            "retry_context": (with_context, 5000),
            "retry_decorator": (decorated, 5000),
            "get": (get, block_calls),
            "get+retry_context": (get_with_context, block_calls),
        }
        order = list(bodies)
        for block in range(blocks):  # the order flips every block: no position bias
            for key in order if block % 2 == 0 else order[::-1]:
                body, iterations = bodies[key]
                results[key].append(_per_iteration_ns(body, iterations))
    finally:
        client.close()
    med = {key: statistics.median(values) for key, values in results.items()}
    paired = [
        with_io - plain
        for plain, with_io in zip(results["get"], results["get+retry_context"], strict=True)
    ]
    return {
        "retry_context_us": _us(med["retry_context"] - med["bare"]),
        "retry_decorator_us": _us(med["retry_decorator"] - med["bare"]),
        "get_us": _us(med["get"]),
        "get_with_retry_context_us": _us(med["get+retry_context"]),
        "delta_around_get_us": _us(statistics.median(paired)),
        "ratio_around_get": round(med["get+retry_context"] / med["get"], 3),
        "stamina_version": importlib.metadata.version("stamina"),
    }


# ------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["sync", "async", "import", "stamina", "sync-ab"])
    parser.add_argument("name", nargs="?", default="")
    parser.add_argument("--url", default="")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--total", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--blocks", type=int, default=9)
    parser.add_argument("--cpu", type=int, default=-1, help="pin this process to one CPU")
    parser.add_argument("--profile", action="store_true", help="cProfile the sync loop")
    args = parser.parse_args()
    if args.cpu >= 0:
        os.sched_setaffinity(0, {args.cpu})
    try:
        if args.mode == "sync":
            result = run_sync(args.name, args.url, args.calls, args.warmup, args.profile)
        elif args.mode == "async":
            result = asyncio.run(
                _run_async(args.name, args.url, args.total, args.concurrency, args.warmup)
            )
        elif args.mode == "import":
            result = run_import(args.name)
        elif args.mode == "sync-ab":
            result = run_sync_ab(args.name.split(","), args.url, args.blocks, args.calls)
        else:
            result = run_stamina(args.url, args.blocks, max(args.calls // 10, 50))
    except Unavailable as exc:
        print(json.dumps({"unavailable": str(exc)}))
        return UNAVAILABLE
    result.update(_process_facts())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
