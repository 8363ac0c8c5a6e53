"""`make bench`: what twilio_proxy costs to import, to build and per call, with its targets.

1. Creates benchmarks/.venv (python3 -m venv, then `pip install -e .` with
   requirements.txt; the package's own dependencies pinned to uv.lock through
   `uv export`), and compiles bytecode there and in wrapper/ and generated/
   (`python -m compileall`), as a pip install has it.
2. Import (fresh processes, rounds whose order rotates): `python -c pass`,
   `python -c "import twilio_proxy"`, `python -c "from twilio.rest import
   Client"`; the figure is each import's time net of the bare interpreter,
   ours/twilio-python's paired within a round. benchmarks/startup.py checks that
   every module they load came from an up-to-date .pyc.
3. Construction (startup.py, fresh processes): the first `Client()` and
   `AsyncClient()` after `import twilio_proxy`, then many more, each timed;
   and which modules the import and the first client loaded.
4. First call (startup.py, fresh processes against nginx): the first call's
   time when it is an error answer (Twilio's 404 body) against when it is a
   200, paired within a round, sync and async; and the modules each loads.
5. The embedded Proxy (benchmarks/fake.py, fresh processes): a FakeProxy
   started and stopped, as the pytest fixture does per test; fetches per
   second through it.
6. Per call: nginx on 127.0.0.1 (a free port, its own config in a temp dir)
   answers each resource's fetch path with the spec's 200 example of that
   resource, and the list path with 10 pages of 50 interactions. Each entry of
   COMPARISONS runs in a few processes (benchmarks/clients.py), ours and the raw
   transport (and twilio-python where it has the call) in alternating blocks;
   the figure is the median, over block pairs, of ours/raw CPU per fetch or
   page. All sides share the process, so the ±40 % that this machine varies
   between processes cancels out.
7. Writes benchmarks/results.md (every figure, its target, met or missed) and
   benchmarks/results.json (every block, round and process).

With two or more CPUs, nginx's worker is pinned to CPU 0 and every measured
process to CPU 1, so the server is never the bottleneck and the two do not
share a core.

    python benchmarks/run.py            # the full run (about 5 minutes)
    python benchmarks/run.py --quick    # a smoke run (about half a minute)
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import hashlib
import importlib.util
import json
import operator
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
VENV = BENCH / ".venv"
VENV_PY = VENV / "bin" / "python"
STAMP = VENV / ".bench-stamp"
WORK = BENCH / ".work"
CLIENTS = BENCH / "clients.py"
STARTUP = BENCH / "startup.py"
FAKE = BENCH / "fake.py"
SPEC = ROOT / "openapi" / "proxy_v1.yaml"
PAGES, PAGE_SIZE = 10, 50  # a listing: 500 interactions
PROCESS_TIMEOUT = 300  # seconds; no single process comes near it

# The targets (issues 17, 21 and 22).
IMPORT_TARGET = 0.35  # `import twilio_proxy` net ≤ 0.35x `from twilio.rest import Client` net
CONSTRUCT_TARGET_MS = 1.0  # a second Client() / AsyncClient() in a process
SYNC_TARGET, ASYNC_TARGET, LIST_TARGET = 1.05, 1.10, 1.20  # CPU ours/raw per fetch or page
FIRST_ERROR_MS = 5.0  # a first call answered with an error, over a first 200
FIRST_ERROR_MODULES = 2  # ... loading at most this many modules more
FAKE_START_STOP_MS = 20.0  # a FakeProxy started and stopped (the fixture, per test)
FAKE_FETCHES_PER_S = 1000.0  # sequential fetches through a FakeProxy
# The service nginx answers with Twilio's 404 error body (startup.py's error call).
MISSING_SERVICE = "/v1/Services/KS" + "0" * 32
MISSING_BODY = json.dumps(
    {
        "code": 20404,
        "message": f"The requested resource {MISSING_SERVICE[3:]} was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404,
    }
)
# `python -c CODE` for each import measured; "bare" is subtracted from the others.
IMPORTS = {
    "bare": "pass",
    "twilio_proxy": "import twilio_proxy",
    "twilio": "from twilio.rest import Client",
}


@cache
def clients() -> ModuleType:
    """benchmarks/clients.py (stdlib only at import): its RESOURCES and paths, shared with nginx."""
    spec = importlib.util.spec_from_file_location("bench_clients", CLIENTS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------ what is measured


@dataclass(frozen=True)
class Comparison:
    """Ours against the raw transport (and any `others`), in one process, alternating blocks.

    The sides are clients.py SIDES[mode][operation] names; a unit is one call of
    the operation (async: with the concurrency in flight), which sends
    `requests` requests: the figures are per request (a fetch, or a page).
    """

    key: str
    mode: str
    operation: str
    resources: tuple[str, ...]
    ours: str
    raw: str
    others: tuple[str, ...]
    target: float
    label: str
    raw_label: str
    requests: int = 1
    noun: str = "fetch"

    @property
    def sides(self) -> tuple[str, ...]:
        return (self.ours, self.raw, *self.others)


ALL_RESOURCES = (
    "services",
    "sessions",
    "participants",
    "interactions",
    "message_interactions",
    "phone_numbers",
)
COMPARISONS = [
    Comparison(
        "fetch-sync",
        "sync",
        "fetch",
        ALL_RESOURCES,
        "twilio_proxy",
        "httpx2",
        ("twilio",),  # message_interactions only
        SYNC_TARGET,
        "`Client().<resource>.fetch(...)`",
        "`httpx2.Client.get(url)` + `json.loads(body)`",
    ),
    Comparison(
        "fetch-async",
        "async",
        "fetch",
        ALL_RESOURCES,
        "twilio_proxy",
        "aiohttp",
        ("twilio",),
        ASYNC_TARGET,
        "`await AsyncClient().<resource>.fetch(...)`, 50 in flight",
        "`aiohttp.ClientSession.get(url)` + `json.loads(await resp.read())`",
    ),
    Comparison(
        "list-sync",
        "sync",
        "list",
        ("message_interactions",),
        "twilio_proxy",
        "httpx2",
        ("twilio", "parse"),
        LIST_TARGET,
        "`list(Client().message_interactions.list(..., page_size=50))`, 500 listed",
        "`httpx2.Client.get(url)` + `json.loads`, following `meta.next_page_url`",
        requests=PAGES,
        noun="page",
    ),
    Comparison(
        "list-async",
        "async",
        "list",
        ("message_interactions",),
        "twilio_proxy",
        "aiohttp",
        ("twilio", "parse"),
        LIST_TARGET,
        "`async for` over `AsyncClient().message_interactions.list(..., page_size=50)`",
        "`aiohttp.ClientSession.get(url)` + `json.loads`, following `meta.next_page_url`",
        requests=PAGES,
        noun="page",
    ),
]


@dataclass(frozen=True)
class Settings:
    """How much to measure."""

    processes: int  # per comparison
    blocks: int  # rounds of blocks per process (each round: one block per side and resource)
    sync_units: int  # fetches per block
    async_units: int
    concurrency: int  # fetches in flight
    list_sync_units: int  # listings (of 500, 10 pages) per block
    list_async_units: int
    list_concurrency: int  # listings in flight
    import_rounds: int  # each: one process per IMPORTS entry
    construct_processes: int  # per client kind
    constructions: int  # per construct process, at most ...
    construct_seconds: float  # ... and for at most this long
    first_call_rounds: int  # each: four processes (sync, async) x (200, error)
    fake_processes: int
    fake_cycles: int  # FakeProxy start/stop cycles per process
    fake_seconds: float  # of fetching, per process and client kind


FULL = Settings(
    processes=5,
    blocks=20,
    sync_units=150,
    async_units=600,
    concurrency=50,
    list_sync_units=8,
    list_async_units=16,
    list_concurrency=10,
    import_rounds=40,
    construct_processes=5,
    constructions=300,
    construct_seconds=2.0,
    first_call_rounds=20,
    fake_processes=3,
    fake_cycles=200,
    fake_seconds=3.0,
)
QUICK = Settings(
    processes=1,
    blocks=8,
    sync_units=100,
    async_units=300,
    concurrency=50,
    list_sync_units=4,
    list_async_units=10,
    list_concurrency=10,
    import_rounds=10,
    construct_processes=2,
    constructions=100,
    construct_seconds=1.0,
    first_call_rounds=5,
    fake_processes=1,
    fake_cycles=50,
    fake_seconds=1.0,
)


# ---------------------------------------------------------------------- venv


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _uv() -> str | None:
    local = ROOT / ".tools" / "bin" / "uv"
    return str(local) if local.exists() else shutil.which("uv")


def ensure_venv() -> None:
    """Create or refresh benchmarks/.venv when its inputs changed."""
    digest = hashlib.sha256()
    for name in ("benchmarks/requirements.txt", "pyproject.toml", "uv.lock"):
        digest.update((ROOT / name).read_bytes())
    stamp = digest.hexdigest()
    if VENV_PY.exists() and STAMP.exists() and STAMP.read_text() == stamp:
        return
    _log("creating benchmarks/.venv")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    WORK.mkdir(exist_ok=True)
    constraints = WORK / "constraints.txt"
    uv = _uv()
    if uv is not None:
        # The package's runtime dependencies, exactly as uv.lock pins them.
        export = [uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes"]
        subprocess.run([*export, "--quiet", "-o", str(constraints)], check=True, cwd=ROOT)
        install = [uv, "pip", "install", "--quiet", "--python", str(VENV_PY)]
    else:
        constraints.write_text("")
        install = [str(VENV_PY), "-m", "pip", "install", "--quiet"]
    requirements = ["-r", str(BENCH / "requirements.txt"), "-e", str(ROOT)]
    subprocess.run([*install, "-c", str(constraints), *requirements], check=True, cwd=ROOT)
    STAMP.write_text(stamp)


def compile_bytecode() -> None:
    """Write the .pyc a pip install would have: benchmarks/.venv's packages, wrapper/, generated/.

    compileall writes them even under PYTHONDONTWRITEBYTECODE (which only stops
    imports from writing); it skips files whose .pyc is up to date.
    """
    purelib = subprocess.run(
        [str(VENV_PY), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    folders = [purelib, str(ROOT / "wrapper"), str(ROOT / "generated")]
    done = subprocess.run(
        [str(VENV_PY), "-m", "compileall", "-q", "-j", "0", *folders],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:  # a file that does not compile (e.g. a template) is no import's
        _log(f"compileall reported failures (ignored):\n{done.stdout[-1500:]}{done.stderr[-500:]}")


def venv_versions() -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, platform\n"
        "names = ['twilio-proxy', 'httpx2', 'httpcore2', 'aiohttp', 'twilio', 'requests']\n"
        "out = {'python': platform.python_version()}\n"
        "for n in names:\n"
        "    try: out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError: out[n] = 'absent'\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([str(VENV_PY), "-c", code], check=True, capture_output=True, text=True)
    versions: dict[str, str] = json.loads(done.stdout)
    return versions


# --------------------------------------------------------------------- nginx


def _spec() -> Any:
    import yaml  # the project's dev environment has it; run.py runs there

    return yaml.safe_load(SPEC.read_text())


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def fetch_bodies() -> dict[str, bytes]:
    """Fetch path (clients.py's, with the example's sids) -> the spec's 200 example there.

    Each path must be a `Fetch*` operation's template of the spec filled with the
    resource's fetch arguments, and the example's `sid` the one asked for.
    """
    spec, bench = _spec(), clients()
    filled: dict[str, Any] = {}
    for template, operations in spec["paths"].items():
        op = operations.get("get")
        if op is None or not op.get("operationId", "").startswith("Fetch"):
            continue
        params = re.findall(r"\{(\w+)\}", template)
        for resource, kwargs in bench.RESOURCES.items():
            if sorted(map(_snake, params)) == sorted(kwargs):
                path = re.sub(r"\{(\w+)\}", lambda m, kw=kwargs: kw[_snake(m[1])], template)
                if path == bench.fetch_path(resource):
                    filled[resource] = (op, path)
    bodies = {}
    for resource, kwargs in bench.RESOURCES.items():
        if resource not in filled:
            raise SystemExit(f"bench: no Fetch operation of the spec has the path of {resource}")
        op, path = filled[resource]
        examples = op["responses"]["200"]["content"]["application/json"]["examples"]
        example = next(iter(examples.values()))
        if "$ref" in example:
            example = spec["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
        value = example["value"]
        if value.get("sid") != kwargs["sid"]:
            raise SystemExit(f"bench: {op['operationId']}'s example is not sid {kwargs['sid']}")
        bodies[path] = json.dumps(value).encode()
    return bodies


def list_pages(url: str, interaction: bytes) -> list[bytes]:
    """Twilio's list answers: PAGES pages of the example interaction, distinct sids."""
    example = json.loads(interaction)
    base = f"{url}{clients().LIST_PATH}?PageSize={PAGE_SIZE}"

    def page_url(k: int | None) -> str | None:
        return None if k is None else f"{base}&Page={k}&PageToken=PA{k}" if k else base

    pages = []
    for k in range(PAGES):
        sids = [f"KI{k * PAGE_SIZE + i:032x}" for i in range(PAGE_SIZE)]
        items = [example | {"sid": sid, "url": example["url"][:-34] + sid} for sid in sids]
        meta = {
            "page": k,
            "page_size": PAGE_SIZE,
            "first_page_url": page_url(0),
            "previous_page_url": page_url(k - 1 if k else None),
            "url": page_url(k),
            "next_page_url": page_url(k + 1 if k + 1 < PAGES else None),
            "key": "interactions",
        }
        pages.append(json.dumps({"interactions": items, "meta": meta}).encode())
    return pages


def _nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )
    if found is None:
        raise SystemExit(
            "bench: nginx is not installed. `make bench` installs it (apt-get install -y "
            "nginx-light); or run: apt-get update && apt-get install -y nginx-light"
        )
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _fetch_location(path: str, body: bytes) -> str:
    text = body.decode()
    if "$" in text:
        raise SystemExit(f"bench: the example of {path} has a '$', which nginx would expand")
    quoted = text.replace("\\", "\\\\").replace("'", "\\'")
    return (
        f"        location = {path} {{\n"
        "            default_type application/json;\n"
        "            add_header Twilio-Request-Id RQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;\n"
        f"            return 200 '{quoted}';\n"
        "        }\n"
    )


def _nginx_conf(tmp: Path, port: int, bodies: dict[str, bytes], pin: bool) -> str:
    # Each fetch path: its example. The list path: tmp/pages/page<k>.json, picked by
    # the Page query argument. Anything else: 404.
    temps = "".join(
        f"    {kind}_temp_path {tmp / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        "worker_processes 1;\n"
        + ("worker_cpu_affinity 01;\n" if pin else "")
        + f"daemon off;\npid {tmp / 'nginx.pid'};\nerror_log {tmp / 'error.log'} warn;\n"
        "events { worker_connections 4096; }\n"
        "http {\n"
        "    access_log off;\n"
        f"{temps}"
        "    keepalive_requests 1000000;\n"
        "    keepalive_timeout 600s;\n"
        "    map $arg_Page $page {\n"
        "        default page0.json;\n"
        + "".join(f"        {k} page{k}.json;\n" for k in range(1, PAGES))
        + "    }\n"
        "    server {\n"
        f"        listen 127.0.0.1:{port};\n"
        f"        location = {clients().LIST_PATH} {{\n"
        f"            root {tmp / 'pages'};\n"
        "            default_type application/json;\n"
        "            add_header Twilio-Request-Id RQbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb;\n"
        "            try_files /$page =404;\n"
        "        }\n"
        + "".join(_fetch_location(path, body) for path, body in bodies.items())
        + f"        location = {MISSING_SERVICE} {{\n"
        "            default_type application/json;\n"
        "            add_header Twilio-Request-Id RQcccccccccccccccccccccccccccccccc;\n"
        f"            return 404 '{MISSING_BODY}';\n"
        "        }\n"
        "        location / {\n"
        "            return 404;\n"
        "        }\n"
        "    }\n"
        "}\n"
    )


@contextlib.contextmanager
def nginx(bodies: dict[str, bytes], pin: bool) -> Iterator[str]:
    """Run nginx on 127.0.0.1:<free port>; yield its base URL; stop it by its PID."""
    binary = _nginx_binary()
    WORK.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="nginx-", dir=WORK))
    tmp.chmod(0o711)  # nginx's worker (nobody, when started as root) reads tmp/pages
    proc: subprocess.Popen[bytes] | None = None
    interaction = bodies[clients().fetch_path("message_interactions")]

    def stop() -> None:
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGQUIT)  # graceful stop of the master and its worker
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    atexit.register(stop)
    try:
        for _ in range(5):  # a port taken between probing and binding: try another
            port = _free_port()
            (tmp / "pages").mkdir(exist_ok=True)
            for k, page in enumerate(list_pages(f"http://127.0.0.1:{port}", interaction)):
                (tmp / "pages" / f"page{k}.json").write_bytes(page)
            (tmp / "nginx.conf").write_text(_nginx_conf(tmp, port, bodies, pin))
            proc = subprocess.Popen(
                [binary, "-c", str(tmp / "nginx.conf"), "-p", str(tmp), "-e", str(tmp / "e.log")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            url = f"http://127.0.0.1:{port}"
            if _wait_ready(proc, url, bodies):
                _log(f"nginx (pid {proc.pid}) answering on {url}")
                yield url
                return
            stop()
        log = (tmp / "error.log").read_text() if (tmp / "error.log").exists() else ""
        raise SystemExit(f"bench: nginx did not start:\n{log}")
    finally:
        stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _wait_ready(proc: subprocess.Popen[bytes], url: str, bodies: dict[str, bytes]) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            for path, body in bodies.items():
                with urllib.request.urlopen(url + path, timeout=1) as answer:
                    if answer.read() != body:
                        raise SystemExit(f"bench: nginx answered {path}, but not with its example")
        except OSError:
            time.sleep(0.05)
            continue
        _check_pages(url)
        return True
    return False


def _check_pages(url: str) -> None:
    """Walk the list as a client would: PAGES pages, PAGES * PAGE_SIZE distinct sids."""
    next_url, sids = f"{url}{clients().LIST_PATH}?PageSize={PAGE_SIZE}", set()
    for _ in range(PAGES):
        try:
            with urllib.request.urlopen(next_url, timeout=5) as answer:
                page = json.loads(answer.read())
        except OSError as exc:
            raise SystemExit(f"bench: nginx's list page {next_url} failed: {exc}") from None
        sids.update(item["sid"] for item in page["interactions"])
        next_url = page["meta"]["next_page_url"]
        if next_url is None:
            break
    if next_url is not None or len(sids) != PAGES * PAGE_SIZE:
        raise SystemExit(f"bench: nginx's list pages are wrong ({len(sids)} sids)")


# ----------------------------------------------------------------- measuring


def _child_env() -> dict[str, str]:
    """The environment of every measured process: no inherited paths; never writes a .pyc."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONPROFILEIMPORTTIME", "PYTHONPYCACHEPREFIX")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | {"PYTHONDONTWRITEBYTECODE": "1"}


@contextlib.contextmanager
def pinned(cpu: int) -> Iterator[None]:
    """Run this process (and so the processes it starts) on *cpu* alone, if it is one."""
    before = os.sched_getaffinity(0)
    if cpu >= 0:
        os.sched_setaffinity(0, {cpu})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


@dataclass(frozen=True)
class Runner:
    """Starts benchmark processes, pinned to the client CPU, and returns what they print."""

    url: str
    settings: Settings
    client_cpu: int

    def __call__(self, script: Path, *args: str) -> dict[str, Any]:
        command = [str(VENV_PY), str(script), *args]
        with pinned(self.client_cpu):
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                env=_child_env(),
                timeout=PROCESS_TIMEOUT,
                check=False,
            )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise SystemExit(
                f"bench: `{script.name} {' '.join(args)}` failed:\n{done.stderr[-3000:]}"
            )
        result: dict[str, Any] = json.loads(lines[-1])
        return result

    def calls(self, c: Comparison) -> dict[str, Any]:
        s = self.settings
        units, concurrency = (
            (s.list_sync_units if c.mode == "sync" else s.list_async_units, s.list_concurrency)
            if c.operation == "list"
            else (s.sync_units if c.mode == "sync" else s.async_units, s.concurrency)
        )
        started = time.monotonic()
        result = self(
            CLIENTS,
            *(c.mode, c.operation, ",".join(c.sides), "--resources", ",".join(c.resources)),
            *("--url", self.url, "--blocks", str(s.blocks), "--units", str(units)),
            *("--concurrency", str(concurrency)),
        )
        result["seconds"] = round(time.monotonic() - started, 1)
        return result


def measure_calls(runner: Runner) -> dict[str, list[dict[str, Any]]]:
    """Every comparison's processes, interleaved: process 1 of each, then process 2 of each, ..."""
    runs: dict[str, list[dict[str, Any]]] = {c.key: [] for c in COMPARISONS}
    processes = runner.settings.processes
    for number in range(processes):
        shift = number % len(COMPARISONS)
        for c in [*COMPARISONS[shift:], *COMPARISONS[:shift]]:
            run = runner.calls(c)
            runs[c.key].append(run)
            ratios = ", ".join(
                f"{r} {statistics.median(pairs([run], r, c.ours, c.raw, 'cpu_us')):.3f}"
                for r in c.resources
            )
            _log(
                f"{c.key} process {number + 1}/{processes} ({run['seconds']} s): "
                f"CPU ours/raw {ratios}"
            )
    return runs


def _timed_process(code: str, env: dict[str, str]) -> dict[str, float]:
    """`python -c CODE` to its end: wall ms (as the starting process sees it), CPU ms (rusage)."""
    started = time.perf_counter_ns()
    proc = subprocess.Popen(
        [str(VENV_PY), "-c", code],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter_ns() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        done = subprocess.run(
            [str(VENV_PY), "-c", code], env=env, capture_output=True, text=True, check=False
        )
        raise SystemExit(f"bench: `python -c {code!r}` failed:\n{done.stderr[-3000:]}")
    return {
        "wall_ms": round(wall / 1e6, 3),
        "cpu_ms": round((usage.ru_utime + usage.ru_stime) * 1000, 3),
    }


def measure_imports(runner: Runner) -> list[dict[str, dict[str, float]]]:
    """Rounds of fresh processes, one per IMPORTS entry, the order rotating from round to round."""
    env, names = _child_env(), list(IMPORTS)
    rounds = []
    with pinned(runner.client_cpu):
        for name in names * 2:  # warm-up: the page cache holds every file read
            _timed_process(IMPORTS[name], env)
        for number in range(runner.settings.import_rounds):
            shift = number % len(names)
            rounds.append(
                {name: _timed_process(IMPORTS[name], env) for name in names[shift:] + names[:shift]}
            )
    return rounds


def check_bytecode(runner: Runner) -> dict[str, Any]:
    """startup.py pyc: does every module the measured imports load come from an up-to-date .pyc?"""
    return runner(STARTUP, "pyc")


def measure_construction(runner: Runner) -> dict[str, list[dict[str, Any]]]:
    s = runner.settings
    out: dict[str, list[dict[str, Any]]] = {"sync": [], "async": []}
    for number in range(s.construct_processes):
        for mode in ("sync", "async") if number % 2 == 0 else ("async", "sync"):
            out[mode].append(
                runner(STARTUP, "construct", mode, str(s.constructions), str(s.construct_seconds))
            )
    return out


def measure_first_calls(runner: Runner) -> list[dict[str, dict[str, Any]]]:
    """Rounds of four fresh processes, (sync, async) x (ok, error), the order rotating."""
    kinds = [(mode, outcome) for mode in ("sync", "async") for outcome in ("ok", "error")]
    rounds = []
    for number in range(runner.settings.first_call_rounds):
        shift = number % len(kinds)
        rounds.append(
            {
                f"{mode} {outcome}": runner(STARTUP, "first-call", mode, runner.url, outcome)
                for mode, outcome in kinds[shift:] + kinds[:shift]
            }
        )
    return rounds


def measure_fake(runner: Runner) -> list[dict[str, Any]]:
    s = runner.settings
    return [runner(FAKE, str(s.fake_cycles), str(s.fake_seconds)) for _ in range(s.fake_processes)]


# ------------------------------------------------------------------ figures


def pairs(
    runs: list[dict[str, Any]],
    resource: str,
    ours: str,
    other: str,
    metric: str,
    op: Callable[[float, float], float] = operator.truediv,
) -> list[float]:
    """op(ours, other) for each block pair (block b of each side ran next to each other)."""
    return [
        op(a, b)
        for run in runs
        for a, b in zip(
            run["blocks"][resource][ours][metric],
            run["blocks"][resource][other][metric],
            strict=True,
        )
    ]


def spread(values: Sequence[float]) -> dict[str, float]:
    if len(values) == 1:
        return {"median": values[0], "q1": values[0], "q3": values[0], "n": 1}
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return {"median": median, "q1": q1, "q3": q3, "n": len(values)}


def summarise_calls(c: Comparison, runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ours against each other side, per resource: paired ratios pooled over the processes.

    The µs figures are per request (a fetch, or a page: a unit's / c.requests).
    """
    rows = []
    for resource in c.resources:

        def median_block(side: str, metric: str, resource: str = resource) -> float:
            blocks = (v for run in runs for v in run["blocks"][resource][side][metric])
            return statistics.median(blocks) / c.requests

        for other in c.sides[1:]:
            if other not in runs[0]["blocks"][resource]:
                continue

            def paired(
                a: str, b: str, metric: str, op: Any = operator.truediv, r: str = resource
            ) -> list[float]:
                return pairs(runs, r, a, b, metric, op)

            cpu = spread(paired(c.ours, other, "cpu_us"))
            rows.append(
                {
                    "comparison": c.key,
                    "mode": c.mode,
                    "resource": resource,
                    "other": other,
                    "is_raw": other == c.raw,
                    "per": c.noun,
                    "requests_per_unit": c.requests,
                    "target": c.target if other == c.raw else None,
                    "met": cpu["median"] <= c.target if other == c.raw else None,
                    "cpu_ratio": cpu,
                    # The other side over the raw one (for the parse side: what the
                    # checked parse costs over json.loads).
                    "other_over_raw": None
                    if other == c.raw
                    else spread(paired(other, c.raw, "cpu_us")),
                    "wall_ratio": spread(paired(c.ours, other, "wall_us")),
                    "throughput_ratio": spread(paired(other, c.ours, "wall_us")),
                    "cpu_ratio_per_process": [
                        statistics.median(pairs([run], resource, c.ours, other, "cpu_us"))
                        for run in runs
                    ],
                    "cpu_added_us": statistics.median(paired(c.ours, other, "cpu_us", operator.sub))
                    / c.requests,
                    "ours_cpu_us": median_block(c.ours, "cpu_us"),
                    "other_cpu_us": median_block(other, "cpu_us"),
                    "ours_wall_us": median_block(c.ours, "wall_us"),
                    "other_wall_us": median_block(other, "wall_us"),
                }
            )
    return rows


def summarise_imports(rounds: list[dict[str, dict[str, float]]]) -> dict[str, Any]:
    """Per metric: each process's time, each import net of the bare one, ours/theirs net."""
    out: dict[str, Any] = {}
    for metric in ("wall_ms", "cpu_ms"):
        net = {
            name: [r[name][metric] - r["bare"][metric] for r in rounds]
            for name in IMPORTS
            if name != "bare"
        }
        out[metric] = {
            "process": {name: spread([r[name][metric] for r in rounds]) for name in IMPORTS},
            "net": {name: spread(values) for name, values in net.items()},
            "ratio": spread(
                [a / b for a, b in zip(net["twilio_proxy"], net["twilio"], strict=True) if b > 0]
            ),
        }
    return out


RESOURCE_MODULES = {f"twilio_proxy_api.{name}" for name in (*ALL_RESOURCES, "webhooks")}


def summarise_construction(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for mode, processes in runs.items():
        out[mode] = {
            "first_ms": spread([p["first_ms"] for p in processes]),
            "later_ms": spread([v for p in processes for v in p["later_ms"]]),
            "import_ms": spread([p["import_ms"] for p in processes]),
            # The module lists of every process (they should all agree).
            "after_import": _union(p["after_import"] for p in processes),
            "after_first": _union(p["after_first"] for p in processes),
        }
    return out


def summarise_first_calls(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """Per mode: the first call's ms (200, error), error - 200 paired by round, modules loaded."""
    out: dict[str, Any] = {}
    for mode in ("sync", "async"):
        ok = [r[f"{mode} ok"] for r in rounds]
        error = [r[f"{mode} error"] for r in rounds]
        loaded_ok = set().union(*(p["loaded"] for p in ok))
        loaded_error = set().union(*(p["loaded"] for p in error))
        out[mode] = {
            "ok_ms": spread([p["first_ms"] for p in ok]),
            "error_ms": spread([p["first_ms"] for p in error]),
            "added_ms": spread(
                [e["first_ms"] - o["first_ms"] for o, e in zip(ok, error, strict=True)]
            ),
            "second_ok_ms": spread([p["second_ms"] for p in ok]),
            "second_error_ms": spread([p["second_ms"] for p in error]),
            "loaded_ok": sorted(loaded_ok),
            "loaded_error_only": sorted(loaded_error - loaded_ok),
        }
    return out


def summarise_fake(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "start_stop_ms": spread([v for r in runs for v in r["start_stop_ms"]]),
        "start_use_stop_ms": spread([v for r in runs for v in r["start_use_stop_ms"]]),
        "sync_fetches_per_s": spread([r["sync_fetches_per_s"] for r in runs]),
        "async_fetches_per_s": spread([r["async_fetches_per_s"] for r in runs]),
    }


def _union(snapshots: Any) -> dict[str, list[str]]:
    merged: dict[str, set[str]] = {}
    for snapshot in snapshots:
        for key, names in snapshot.items():
            merged.setdefault(key, set()).update(names)
    return {key: sorted(names) for key, names in merged.items()}


def _ratio(s: dict[str, float], digits: int = 3) -> str:
    return f"**{s['median']:.{digits}f}x** (IQR {s['q1']:.{digits}f}-{s['q3']:.{digits}f})"


def _ms(s: dict[str, float], digits: int = 1) -> str:
    return f"{s['median']:.{digits}f} ms (IQR {s['q1']:.{digits}f}-{s['q3']:.{digits}f})"


def _names(names: Sequence[str]) -> str:
    return ", ".join(f"`{n}`" for n in names) if names else "none"


def target_checks(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure with a target: what, the figure (with its spread), the target, met or not."""
    checks: list[dict[str, Any]] = []

    def add(measure: str, figure: str, target: str, met: bool) -> None:
        checks.append({"measure": measure, "figure": figure, "target": target, "met": met})

    imports = data["imports"]["wall_ms"]
    ratio, net = imports["ratio"], imports["net"]
    add(
        "import: `import twilio_proxy` / `from twilio.rest import Client`, wall, net of "
        "`python -c pass`, fresh processes",
        f"{_ratio(ratio)}; {net['twilio_proxy']['median']:.1f} vs "
        f"{net['twilio']['median']:.1f} ms net",
        f"≤ {IMPORT_TARGET}x",
        ratio["median"] <= IMPORT_TARGET,
    )
    built = data["construction"]
    after_import = built["sync"]["after_import"]
    transports = [m for m in after_import["loaded"] if m in ("httpx2", "aiohttp")]
    add(
        "modules after `import twilio_proxy` (of httpx2, aiohttp, asyncio)",
        _names(after_import["loaded"]),
        "neither httpx2 nor aiohttp",
        not transports,
    )
    resources = [m for m in after_import["spec_modules"] if m in RESOURCE_MODULES]
    add(
        "`twilio_proxy_api` modules after `import twilio_proxy`",
        _names(after_import["spec_modules"]),
        "no resource module",
        not resources,
    )
    after_async = built["async"]["after_first"]
    add(
        "modules after `AsyncClient(account_sid=..., auth_token=...)`",
        _names(after_async["loaded"]),
        "no httpx2",
        "httpx2" not in after_async["loaded"],
    )
    for mode, name in (("sync", "Client"), ("async", "AsyncClient")):
        later, first = built[mode]["later_ms"], built[mode]["first_ms"]
        add(
            f"construction: a later `{name}()` in a process (median of {later['n']})",
            f"{_ms(later, 3)}; the first: {first['median']:.1f} ms",
            f"≤ {CONSTRUCT_TARGET_MS:g} ms",
            later["median"] <= CONSTRUCT_TARGET_MS,
        )
    for mode, first in data["first_calls"].items():
        add(
            f"first call answered with Twilio's 404 body over a first 200, {mode}, fresh "
            "processes paired by round",
            f"{first['added_ms']['median']:+.2f} ms (IQR {first['added_ms']['q1']:+.2f} to "
            f"{first['added_ms']['q3']:+.2f}); {first['error_ms']['median']:.1f} vs "
            f"{first['ok_ms']['median']:.1f} ms",
            f"≤ {FIRST_ERROR_MS:g} ms",
            first["added_ms"]["median"] <= FIRST_ERROR_MS,
        )
        extra = first["loaded_error_only"]
        add(
            f"modules the first error loads that a first 200 does not, {mode}",
            f"{len(extra)}: {_names(extra)}",
            f"≤ {FIRST_ERROR_MODULES}",
            len(extra) <= FIRST_ERROR_MODULES,
        )
    fake = data["fake"]
    add(
        "the embedded Proxy: `with FakeProxy(): pass` (the pytest fixture's cost per test)",
        f"{_ms(fake['start_stop_ms'], 2)}; with a client and one create: "
        f"{fake['start_use_stop_ms']['median']:.2f} ms",
        f"≤ {FAKE_START_STOP_MS:g} ms",
        fake["start_stop_ms"]["median"] <= FAKE_START_STOP_MS,
    )
    rate, async_rate = fake["sync_fetches_per_s"], fake["async_fetches_per_s"]
    add(
        "the embedded Proxy: sequential `Client.services.fetch` per second (server in the "
        "same process)",
        f"{rate['median']:.0f}/s (IQR {rate['q1']:.0f}-{rate['q3']:.0f}); AsyncClient, 20 in "
        f"flight: {async_rate['median']:.0f}/s",
        f"≥ {FAKE_FETCHES_PER_S:g}/s",
        rate["median"] >= FAKE_FETCHES_PER_S,
    )
    for row in data["calls"]:
        if not row["is_raw"]:
            continue
        what = (
            f"`{row['resource']}.fetch`"
            if row["per"] == "fetch"
            else "`message_interactions.list`, per page of 50"
        )
        add(
            f"CPU per {row['per']}, {row['mode']}: {what}, ours/raw {row['other']}",
            f"{_ratio(row['cpu_ratio'])}; {row['cpu_added_us']:+.1f} µs",
            f"≤ {row['target']:.2f}x",
            row["met"],
        )
    return checks


# ----------------------------------------------------------------- markdown


def render(data: dict[str, Any]) -> str:
    env, s = data["environment"], Settings(**data["settings"])
    imports, built = data["imports"], data["construction"]
    labels = {c.key: c for c in COMPARISONS}
    lines: list[str] = []
    add = lines.append

    add("# twilio-proxy benchmark")
    add("")
    add(
        f"Run {env['date']} ({'`--quick`' if data['quick'] else 'full run'}, "
        f"{env['duration_s']:.0f} s) on {env['cpu_model']}, {env['nproc']} CPUs, Python "
        f"{env['versions']['python']}, {env['platform']}; {env['nginx']} on 127.0.0.1 "
        f"(nginx's worker on CPU 0, every measured process on CPU 1: {env['pinned']})."
    )
    add("")
    add("## Targets (issues 17, 21, 22)")
    add("")
    add("| measure | figure (median, IQR) | target | result |")
    add("|---|---|---|---|")
    for check in data["targets"]:
        result = "met" if check["met"] else "**missed**"
        add(f"| {check['measure']} | {check['figure']} | {check['target']} | {result} |")
    add("")

    add("## Method")
    add("")
    bytecode = data["bytecode"]
    stale = bytecode["after"]["stale"] + bytecode["before"]["stale"]
    add(
        f"- **Import**: {s.import_rounds} rounds of three fresh processes of benchmarks/.venv's "
        "python (`-c pass`, `-c 'import twilio_proxy'`, `-c 'from twilio.rest import Client'`), "
        "the order rotating each round, timed from start to exit by the parent (wall) and by "
        "their rusage (CPU); each import's figure is its process's time less the bare one's of "
        "the same round, and the ratio ours/twilio-python's is taken within a round. Bytecode "
        "as a pip install has it: `python -m compileall` over the venv's site-packages, "
        "wrapper/ and generated/ first; the measured processes never write any "
        f"(PYTHONDONTWRITEBYTECODE=1), and {bytecode['after']['checked']} modules they load "
        "were checked to come from an up-to-date .pyc before and after: "
        + ("all did." if not stale else f"**{len(stale)} did not** ({'; '.join(stale[:5])}).")
    )
    add(
        f"- **Construction**: {s.construct_processes} fresh processes per client: `import "
        "twilio_proxy`, the first client timed, then up to "
        f"{s.constructions} more (at most {s.construct_seconds:g} s' worth), each timed alone "
        "(a `Client` closed after its timing); the median and IQR pool every later one. The "
        "module lists are `sys.modules` after the import and after the first client."
    )
    add(
        f"- **First call**: {s.first_call_rounds} rounds of four fresh processes (sync and "
        "async, a first call answered 200 or 404), the order rotating: `import twilio_proxy`, "
        "a client on nginx, then its first `services.fetch` timed (connection, the resource's "
        "module, parsing the answer or raising `NotFoundError` from Twilio's error body), and "
        "`sys.modules` compared before and after it. The added time is paired within a round."
    )
    add(
        f"- **Embedded Proxy**: {s.fake_processes} fresh process(es) of benchmarks/fake.py: "
        f"{s.fake_cycles} `with FakeProxy(): pass` cycles, each timed, and as many with a "
        f"client and one `services.create`; then {s.fake_seconds:g} s of sequential "
        "`Client.services.fetch` and as long of `AsyncClient` fetches, 20 in flight, the fake "
        "serving in the same process (as under the pytest fixture)."
    )
    add(
        f"- **Per call**: {s.processes} process(es) per comparison, interleaved; in each, one "
        f"client per side, shared by the resources, {s.blocks} rounds after a warm-up block: "
        "in each round, for each resource, one block per side, the order of the sides flipping "
        f"each round (AB BA …). A block is {s.sync_units} sequential fetches (sync), "
        f"{s.async_units} fetches with {s.concurrency} in flight (async), {s.list_sync_units} "
        f"sequential listings or {s.list_async_units} listings with {s.list_concurrency} in "
        f"flight; a listing is {PAGES} GETs of {PAGE_SIZE} following `meta.next_page_url`, its "
        "figures divided by 10 (per page). CPU is the client process's user + system time; a "
        "ratio is taken between the two blocks of a pair. nginx answers each resource's fetch "
        "path with that resource's 200 example from openapi/proxy_v1.yaml (and the list path "
        "with pages of the message interaction's). The raw sides send the same Basic "
        "credential as a default header and parse with `json.loads` (lists: and read "
        "`meta.next_page_url`): nothing more."
    )
    add("")

    add("## Per call: ours over the raw transport (paired, same process)")
    add("")
    add(
        "| mode | ours | raw | CPU ours/raw | per process | CPU µs ours vs raw (added) "
        "| wall per call (sync) or fetches/s (async), ours/raw | target |"
    )
    add("|---|---|---|---|---|---|---|---|")
    for row in data["calls"]:
        if not row["is_raw"]:
            continue
        c = labels[row["comparison"]]
        ours = c.label.replace("<resource>", row["resource"])
        speed = row["wall_ratio"] if c.mode == "sync" else row["throughput_ratio"]
        per = ", ".join(f"{v:.3f}" for v in row["cpu_ratio_per_process"])
        add(
            f"| {c.mode} | {ours} | {c.raw_label} | {_ratio(row['cpu_ratio'])} | {per} "
            f"| {row['ours_cpu_us']:.0f} vs {row['other_cpu_us']:.0f} "
            f"({row['cpu_added_us']:+.1f}) | {_ratio(speed)} "
            f"| ≤ {row['target']:.2f}x: {'met' if row['met'] else '**missed**'} |"
        )
    add("")

    add("## Against twilio-python 9.13 (information)")
    add("")
    add(
        "Paired in the same processes as above, where twilio-python is a third side: "
        "`.message_interactions(sid).fetch()` / `fetch_async()` and `.list(page_size=50)` / "
        "`list_async(...)` (requests; AsyncTwilioHttpClient, aiohttp), each checked to return "
        "the right sid, or all 500 down to the last. Ratios ours/twilio-python."
    )
    add("")
    add(
        "| comparison | CPU ours/theirs | wall per call (sync) or calls/s (async), ours/theirs "
        "| ms per call or listing of 500: ours vs theirs |"
    )
    add("|---|---|---|---|")
    for row in data["calls"]:
        if row["other"] != "twilio":
            continue
        sync = row["mode"] == "sync"
        speed = row["wall_ratio"] if sync else row["throughput_ratio"]
        unit = row["requests_per_unit"]
        add(
            f"| {row['comparison']} `{row['resource']}` | {_ratio(row['cpu_ratio'])} "
            f"| {_ratio(speed)} | {row['ours_wall_us'] * unit / 1000:.2f} vs "
            f"{row['other_wall_us'] * unit / 1000:.2f} |"
        )
    net = imports["wall_ms"]["net"]
    add(
        f"| import (net wall, fresh processes) | — | {_ratio(imports['wall_ms']['ratio'])} "
        f"| {net['twilio_proxy']['median']:.1f} vs {net['twilio']['median']:.1f} |"
    )
    add("")

    add("## A page's cost apart (information)")
    add("")
    add(
        "The `parse` side is the raw paging loop with `orjson.loads` for `json.loads` and every "
        "item through the generated parse function (the items kept, as a listing keeps them): "
        "parse/raw is what the transport's loop costs with the checked parse in place of "
        "`json.loads`; ours/parse is what our core adds to that (paging rules and caps, "
        "retries, the generator handing out items). Paired in the same processes."
    )
    add("")
    add("| comparison | CPU parse/raw | CPU ours/parse | CPU µs per page: raw, parse, ours |")
    add("|---|---|---|---|")
    for row in data["calls"]:
        if row["other"] != "parse":
            continue
        raw = next(r for r in data["calls"] if r["comparison"] == row["comparison"] and r["is_raw"])
        add(
            f"| {row['comparison']} `{row['resource']}` | {_ratio(row['other_over_raw'])} "
            f"| {_ratio(row['cpu_ratio'])} | {raw['other_cpu_us']:.0f}, "
            f"{row['other_cpu_us']:.0f}, {row['ours_cpu_us']:.0f} |"
        )
    add("")

    add(f"## Import (fresh processes, {s.import_rounds} rounds)")
    add("")
    add("| process | wall ms | net wall ms | CPU ms | net CPU ms |")
    add("|---|---|---|---|---|")
    for name, code in IMPORTS.items():
        cells = []
        for metric in ("wall_ms", "cpu_ms"):
            fig = imports[metric]
            cells.append(_ms(fig["process"][name]).replace(" ms", ""))
            cells.append("—" if name == "bare" else _ms(fig["net"][name]).replace(" ms", ""))
        add(f"| `python -c '{code}'` | {' | '.join(cells)} |")
    add(
        f"| ours/twilio-python, net | {_ratio(imports['wall_ms']['ratio'])} | "
        f"| {_ratio(imports['cpu_ms']['ratio'])} | |"
    )
    add("")

    add("## Construction and loaded modules")
    add("")
    add("| client | first (median of processes) | later (median, IQR, n) |")
    add("|---|---|---|")
    for mode, name in (("sync", "Client"), ("async", "AsyncClient")):
        fig = built[mode]
        add(
            f"| `{name}()` | {fig['first_ms']['median']:.2f} ms | {_ms(fig['later_ms'], 3)}, "
            f"n={fig['later_ms']['n']} |"
        )
    add("")
    add("| after | of httpx2, aiohttp, asyncio | `twilio_proxy_api` modules | `twilio_proxy_api` |")
    add("|---|---|---|---|")
    for what, snap in (
        ("`import twilio_proxy`", built["sync"]["after_import"]),
        ("`Client(...)`", built["sync"]["after_first"]),
        ("`AsyncClient(...)`", built["async"]["after_first"]),
    ):
        add(
            f"| {what} | {_names(snap['loaded'])} | {_names(snap['spec_modules'])} "
            f"| {len(snap['api_modules'])} modules |"
        )
    add("")
    versions = ", ".join(f"{k} {v}" for k, v in env["versions"].items() if k != "python")
    add(f"Versions: {versions}. Re-run with `make bench`; every block and round in `results.json`.")
    add("")
    return "\n".join(lines)


def summary_lines(data: dict[str, Any]) -> list[str]:
    """What `make bench` prints last: each target, its figure, met or missed."""
    return [
        f"  {'met   ' if c['met'] else 'MISSED'} {c['measure']}: "
        f"{c['figure'].replace('**', '')} (target {c['target']})"
        for c in data["targets"]
    ]


def environment(pinned: bool) -> dict[str, Any]:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    nginx_v = subprocess.run([_nginx_binary(), "-v"], capture_output=True, text=True, check=False)
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "platform": platform.platform(),
        "nginx": nginx_v.stderr.strip().replace("nginx version: ", ""),
        "pinned": "yes" if pinned else "no (fewer than 2 CPUs)",
        "versions": venv_versions(),
    }


# ---------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--out", default=str(BENCH), help="folder for results.md/.json")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    out_dir = Path(args.out)

    # A SIGTERM (e.g. make interrupted) still stops nginx through the finally blocks.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = time.monotonic()
    ensure_venv()
    compile_bytecode()
    cpus = sorted(os.sched_getaffinity(0))
    pinned = len(cpus) >= 2
    env = environment(pinned)
    bodies = fetch_bodies()
    runner = Runner(url="", settings=settings, client_cpu=cpus[1] if pinned else -1)

    before = check_bytecode(runner)
    if before["stale"]:  # a source changed since: compile again
        compile_bytecode()
        before = check_bytecode(runner)
    _log(f"bytecode: {before['checked']} modules checked, {len(before['stale'])} stale")
    import_rounds = measure_imports(runner)
    after = check_bytecode(runner)
    if after["stale"]:
        _log(f"bytecode went stale during the import rounds: {after['stale'][:5]}")
    imports = summarise_imports(import_rounds)
    _log(
        "import net wall ms: ours {:.1f}, twilio-python {:.1f}; ratio {:.3f}".format(
            imports["wall_ms"]["net"]["twilio_proxy"]["median"],
            imports["wall_ms"]["net"]["twilio"]["median"],
            imports["wall_ms"]["ratio"]["median"],
        )
    )
    construction_runs = measure_construction(runner)
    construction = summarise_construction(construction_runs)
    _log(
        "later Client() {:.3f} ms, AsyncClient() {:.3f} ms".format(
            construction["sync"]["later_ms"]["median"], construction["async"]["later_ms"]["median"]
        )
    )

    fake_runs = measure_fake(runner)
    fake = summarise_fake(fake_runs)
    _log(
        "FakeProxy start+stop {:.2f} ms; {:.0f} sync fetches/s".format(
            fake["start_stop_ms"]["median"], fake["sync_fetches_per_s"]["median"]
        )
    )

    with nginx(bodies, pinned) as url:
        on_nginx = Runner(url=url, settings=settings, client_cpu=runner.client_cpu)
        first_call_rounds = measure_first_calls(on_nginx)
        first_calls = summarise_first_calls(first_call_rounds)
        _log(
            "first error over first 200: sync {:+.2f} ms, async {:+.2f} ms".format(
                first_calls["sync"]["added_ms"]["median"],
                first_calls["async"]["added_ms"]["median"],
            )
        )
        calls = measure_calls(on_nginx)
    env["duration_s"] = round(time.monotonic() - started, 1)
    data: dict[str, Any] = {
        "environment": env,
        "quick": args.quick,
        "settings": asdict(settings),
        "bytecode": {"before": before, "after": after},
        "imports": imports,
        "construction": construction,
        "first_calls": first_calls,
        "fake": fake,
        "calls": [row for c in COMPARISONS for row in summarise_calls(c, calls[c.key])],
    }
    data["targets"] = target_checks(data)
    data["raw"] = {
        "import_rounds": import_rounds,
        "construction": construction_runs,
        "first_calls": first_call_rounds,
        "fake": fake_runs,
        "calls": calls,
    }
    markdown = render(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.md").write_text(markdown)
    (out_dir / "results.json").write_text(json.dumps(data, indent=1) + "\n")
    print(markdown)
    print("Targets (median; paired within a process or a round):")
    print("\n".join(summary_lines(data)))
    _log(f"done in {env['duration_s']} s; wrote {out_dir / 'results.md'} and results.json")
    missed = [c["measure"] for c in data["targets"] if not c["met"]]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
