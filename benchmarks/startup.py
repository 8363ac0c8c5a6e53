"""Start-up probes, each in a fresh process; prints one JSON object on stdout.

run.py starts this with benchmarks/.venv's python:

    startup.py construct sync|async COUNT SECONDS
        `import twilio_proxy`, then the first `Client()` (or `AsyncClient()`)
        timed, then up to COUNT more (or SECONDS' worth), each timed alone
        (a sync client is closed after its timing; async ones at the end, in
        one event loop). Reports which of MODULES and which twilio_proxy_api
        modules are in sys.modules after the import and after the first client.
    startup.py first-call sync|async URL ok|error
        `import twilio_proxy`, a client on URL (nginx), then its first call
        timed: `services.fetch` of the example service (a 200), or of a
        service nginx answers with Twilio's 404 error body; then a second
        call alike, timed. Reports the modules the first call loaded.
    startup.py pyc
        Imports what the import benchmark imports (and builds both clients),
        then checks every loaded module that has a .py source: was it loaded
        from a .pyc that the import system accepts (right magic number, and its
        recorded mtime and size, or hash, match the source)? A stale or missing
        .pyc would make the measured imports compile source.

It imports nothing before what it measures but sys and time, so the module
lists are what `import twilio_proxy` loads.
"""

import sys
import time

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "x" * 32
MODULES = ("httpx2", "aiohttp", "asyncio")  # reported, never timed


def _snapshot() -> dict[str, list[str]]:
    return {
        "loaded": [m for m in MODULES if m in sys.modules],
        "spec_modules": sorted(m for m in sys.modules if m.partition(".")[0] == "twilio_proxy_api"),
        "api_modules": sorted(m for m in sys.modules if m.partition(".")[0] == "twilio_proxy_api"),
    }


def construct(mode: str, count: int, seconds: float) -> dict[str, object]:
    clock = time.perf_counter_ns
    started = clock()
    import twilio_proxy

    import_ms = (clock() - started) / 1e6
    after_import = _snapshot()
    make = twilio_proxy.Client if mode == "sync" else twilio_proxy.AsyncClient
    started = clock()
    first = make(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)
    first_ms = (clock() - started) / 1e6
    after_first = _snapshot()
    kept = [first]
    later_ms: list[float] = []
    stop = clock() + int(seconds * 1e9)
    while len(later_ms) < count and clock() < stop:
        started = clock()
        client = make(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)
        later_ms.append((clock() - started) / 1e6)
        if mode == "sync":
            client.close()  # type: ignore[union-attr]
        else:
            kept.append(client)
    if mode == "sync":
        first.close()  # type: ignore[union-attr]
    else:
        import asyncio

        async def close_all() -> None:
            for client in kept:
                await client.aclose()  # type: ignore[union-attr]

        asyncio.run(close_all())
    return {
        "import_ms": import_ms,
        "first_ms": first_ms,
        "later_ms": later_ms,
        "after_import": after_import,
        "after_first": after_first,
    }


def first_call(mode: str, url: str, outcome: str) -> dict[str, object]:
    clock = time.perf_counter_ns
    import twilio_proxy

    sid = "KS" + ("a" if outcome == "ok" else "0") * 32
    settings = {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN, "base_url": url}
    times: list[float] = []
    before: set[str] = set()
    loaded: list[str] = []

    def ended(started: int, error: BaseException | None) -> None:
        times.append((clock() - started) / 1e6)
        if (error is None) != (outcome == "ok"):
            raise SystemExit(f"first-call {outcome}: got {error!r}")
        if not loaded:
            loaded.extend(sorted(set(sys.modules) - before))

    if mode == "sync":
        with twilio_proxy.Client(**settings) as client:
            before.update(sys.modules)
            for _ in range(2):
                started, error = clock(), None
                try:
                    client.services.fetch(sid=sid)
                except twilio_proxy.NotFoundError as exc:
                    error = exc
                ended(started, error)
    else:
        import asyncio

        async def calls() -> None:
            async with twilio_proxy.AsyncClient(**settings) as client:
                before.update(sys.modules)
                for _ in range(2):
                    started, error = clock(), None
                    try:
                        await client.services.fetch(sid=sid)
                    except twilio_proxy.NotFoundError as exc:
                        error = exc
                    ended(started, error)

        asyncio.run(calls())
    return {"first_ms": times[0], "second_ms": times[1], "loaded": loaded}


def check_pyc() -> dict[str, object]:
    import importlib.util
    import os

    import twilio_proxy

    twilio_proxy.Client(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN).close()
    twilio_proxy.AsyncClient(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN)
    from twilio.rest import Client  # noqa: F401

    checked, bad = 0, []
    for name, module in list(sys.modules.items()):
        spec = getattr(module, "__spec__", None)
        origin, cached = getattr(spec, "origin", None), getattr(spec, "cached", None)
        if not origin or not cached or not origin.endswith(".py"):
            continue  # built in, frozen, an extension, a namespace package
        checked += 1
        try:
            with open(cached, "rb") as f:
                header = f.read(16)
            source = os.stat(origin)
        except OSError:
            bad.append(f"{name}: no {cached}")
            continue
        flags = int.from_bytes(header[4:8], "little")
        if header[:4] != importlib.util.MAGIC_NUMBER:
            bad.append(f"{name}: wrong magic number")
        elif flags & 1:  # hash-based: checked ones must match the source
            with open(origin, "rb") as f:
                digest = importlib.util.source_hash(f.read())
            if flags & 2 and header[8:16] != digest:
                bad.append(f"{name}: hash differs from {origin}")
        elif (
            int.from_bytes(header[8:12], "little") != int(source.st_mtime) & 0xFFFFFFFF
            or int.from_bytes(header[12:16], "little") != source.st_size & 0xFFFFFFFF
        ):
            bad.append(f"{name}: older than {origin}")
    return {"checked": checked, "stale": bad}


def main() -> int:
    what = sys.argv[1]
    if what == "construct":
        result = construct(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
    elif what == "first-call":
        result = first_call(sys.argv[2], sys.argv[3], sys.argv[4])
    elif what == "pyc":
        result = check_pyc()
    else:
        raise SystemExit(f"unknown probe {what!r}")
    import json

    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
