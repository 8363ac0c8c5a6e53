"""`make bench`: what twilio_proxy costs over its raw transports, and against twilio-python.

1. Creates benchmarks/.venv (python3 -m venv, then `pip install -e .` with
   requirements.txt; the package's own dependencies pinned to uv.lock through
   `uv export`).
2. Starts nginx on 127.0.0.1 (a free port, its own config in a temp dir) that
   answers every GET with the 200 example of openapi/proxy_v1.yaml,
   except on the list path: there, 10 pages of 50 interactions (`Page=k` in the
   query picks page k; each page's meta.next_page_url is the next, absolute).
3. The headline: for each entry of COMPARISONS, a few processes each run ours
   and the raw transport (and, for the lists, twilio-python) in alternating
   blocks (benchmarks/clients.py `run`); the figure is the median, over block
   pairs, of ours/raw CPU per fetch or per page. All sides share the process,
   so the ±40 % that this machine varies between processes cancels out.
4. The cross-library table: every client alone in fresh processes, in rounds
   whose order rotates, ratios to twilio-python paired within a round.
5. Writes benchmarks/results.md and benchmarks/results.json (every block).

With two or more CPUs, nginx's worker is pinned to CPU 0 and each client to
CPU 1, so the server is never the bottleneck and the two do not share a core.

    python benchmarks/run.py            # the full run (about 3 minutes)
    python benchmarks/run.py --quick    # a smoke run (well under a minute)
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import hashlib
import json
import operator
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
VENV = BENCH / ".venv"
VENV_PY = VENV / "bin" / "python"
STAMP = VENV / ".bench-stamp"
WORK = BENCH / ".work"
CLIENTS = BENCH / "clients.py"
SPEC = ROOT / "openapi" / "proxy_v1.yaml"
OPERATION = (
    "/v1/Services/{ServiceSid}/Sessions/{SessionSid}"
    "/Participants/{ParticipantSid}/MessageInteractions/{Sid}"
)
LIST_PATH = "/v1/Services/KS{0}/Sessions/KC{0}/Participants/KP{0}/MessageInteractions".format(
    "a" * 32
)  # clients.py LIST_PATH: the sids of the spec's example
PAGES, PAGE_SIZE = 10, 50  # a listing: 500 interactions
PROCESS_TIMEOUT = 300  # seconds; no single process comes near it
TARGET = 1.15  # "per-fetch CPU that our layers add over the raw transport ≤ 15 %"


# ------------------------------------------------------------ what is measured


@dataclass(frozen=True)
class Comparison:
    """Ours against the raw transport (and any `others`), in one process, alternating blocks.

    The sides are clients.py SIDES[mode][operation] names; a unit is one call of
    the operation (async: with `concurrency` in flight), which sends `requests`
    requests: the figures are per request (a fetch, or a page).
    """

    key: str
    mode: str
    operation: str
    ours: str
    raw: str
    label: str
    raw_label: str
    others: tuple[str, ...] = ()
    requests: int = 1
    noun: str = "fetch"

    @property
    def sides(self) -> tuple[str, ...]:
        return (self.ours, self.raw, *self.others)


COMPARISONS = [
    Comparison(
        "fetch-sync",
        "sync",
        "fetch",
        "twilio_proxy",
        "httpx2",
        "sync: `twilio_proxy.Client().fetch_message_interaction(...)`",
        "raw `httpx2.Client.get(url)` + `json.loads(body)`",
    ),
    Comparison(
        "fetch-async",
        "async",
        "fetch",
        "twilio_proxy",
        "aiohttp",
        "async, 50 in flight: `twilio_proxy.AsyncClient().fetch_message_interaction(...)`",
        "raw `aiohttp.ClientSession.get(url)` + `json.loads(await resp.read())`",
    ),
    Comparison(
        "list-sync",
        "sync",
        "list",
        "twilio_proxy",
        "httpx2",
        "sync: `list(Client().list_message_interactions(..., page_size=50))`, 500 listed",
        "raw `httpx2.Client.get(url)` + `json.loads`, following `meta.next_page_url`",
        others=("twilio",),
        requests=PAGES,
        noun="page",
    ),
    Comparison(
        "list-async",
        "async",
        "list",
        "twilio_proxy",
        "aiohttp",
        "async: `async for` over `AsyncClient().list_message_interactions(..., page_size=50)`",
        "raw `aiohttp.ClientSession.get(url)` + `json.loads`, following `meta.next_page_url`",
        others=("twilio",),
        requests=PAGES,
        noun="page",
    ),
]


@dataclass(frozen=True)
class Library:
    """A row of the cross-library table: its clients.py sides and its import."""

    label: str
    sync: str | None
    asyn: str | None
    module: str


LIBRARIES = [
    Library(
        "**twilio_proxy** (`Client` / `AsyncClient`)",
        "twilio_proxy",
        "twilio_proxy",
        "twilio_proxy",
    ),
    Library("twilio-python 9.13 (requests / aiohttp)", "twilio", "twilio", "twilio.rest"),
    Library(
        "raw httpx2 (`Client` / `AsyncClient`, get + `json.loads`)", "httpx2", "httpx2", "httpx2"
    ),
    Library("raw aiohttp (`ClientSession`, get + `json.loads`)", None, "aiohttp", "aiohttp"),
    Library("raw httpx 0.28 (before: what `Client` stood on)", "httpx", None, "httpx"),
]
REFERENCE = LIBRARIES[1]  # twilio-python


@dataclass(frozen=True)
class Settings:
    """How much to measure."""

    processes: int  # per comparison
    blocks: int  # per side and process
    sync_units: int  # calls per block
    async_units: int  # fetches per block
    concurrency: int
    list_sync_units: int  # listings (of 500, 10 pages) per block
    list_async_units: int
    list_concurrency: int  # listings in flight
    rounds: int  # of the cross-library processes
    row_blocks: int  # per cross-library process


FULL = Settings(
    processes=5,
    blocks=20,
    sync_units=200,
    async_units=1000,
    concurrency=50,
    list_sync_units=10,
    list_async_units=20,
    list_concurrency=10,
    rounds=7,
    row_blocks=4,
)
QUICK = Settings(
    processes=1,
    blocks=6,
    sync_units=100,
    async_units=300,
    concurrency=50,
    list_sync_units=4,
    list_async_units=10,
    list_concurrency=10,
    rounds=2,
    row_blocks=2,
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


def venv_versions() -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, platform\n"
        "names = ['twilio-proxy', 'httpx2', 'httpcore2', 'aiohttp', 'attrs', 'twilio',\n"
        "         'requests', 'httpx', 'httpcore']\n"
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


def example_body() -> bytes:
    """The 200 example of the spec, as Twilio would send it."""
    response = _spec()["paths"][OPERATION]["get"]["responses"]["200"]
    example = response["content"]["application/json"]["examples"]["outbound"]["value"]
    return json.dumps(example).encode()


def list_pages(url: str) -> list[bytes]:
    """Twilio's list answers: PAGES pages of the spec's example interaction, distinct sids."""
    example = _spec()["components"]["examples"]["MessageInteraction"]["value"]
    base = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}"

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


def _nginx_conf(tmp: Path, port: int, body: bytes, pin: bool) -> str:
    # The list path: tmp/pages/page<k>.json, picked by the Page query argument.
    text = body.decode()
    if "$" in text:
        raise SystemExit("bench: the example body has a '$', which nginx would expand")
    quoted = text.replace("\\", "\\\\").replace("'", "\\'")
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
        f"        location = {LIST_PATH} {{\n"
        f"            root {tmp / 'pages'};\n"
        "            default_type application/json;\n"
        "            add_header Twilio-Request-Id RQbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb;\n"
        "            try_files /$page =404;\n"
        "        }\n"
        "        location / {\n"
        "            default_type application/json;\n"
        "            add_header Twilio-Request-Id RQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;\n"
        f"            return 200 '{quoted}';\n"
        "        }\n"
        "    }\n"
        "}\n"
    )


@contextlib.contextmanager
def nginx(body: bytes, pin: bool) -> Iterator[str]:
    """Run nginx on 127.0.0.1:<free port>; yield its base URL; stop it by its PID."""
    binary = _nginx_binary()
    WORK.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="nginx-", dir=WORK))
    tmp.chmod(0o711)  # nginx's worker (nobody, when started as root) reads tmp/pages
    proc: subprocess.Popen[bytes] | None = None

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
            for k, page in enumerate(list_pages(f"http://127.0.0.1:{port}")):
                (tmp / "pages" / f"page{k}.json").write_bytes(page)
            (tmp / "nginx.conf").write_text(_nginx_conf(tmp, port, body, pin))
            proc = subprocess.Popen(
                [binary, "-c", str(tmp / "nginx.conf"), "-p", str(tmp), "-e", str(tmp / "e.log")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            url = f"http://127.0.0.1:{port}"
            if _wait_ready(proc, url, body):
                _log(f"nginx (pid {proc.pid}) answering on {url}")
                yield url
                return
            stop()
        log = (tmp / "error.log").read_text() if (tmp / "error.log").exists() else ""
        raise SystemExit(f"bench: nginx did not start:\n{log}")
    finally:
        stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _wait_ready(proc: subprocess.Popen[bytes], url: str, body: bytes) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url + "/v1/ready", timeout=1) as answer:
                got = answer.read()
        except OSError:
            time.sleep(0.05)
            continue
        if got != body:
            raise SystemExit("bench: nginx answered, but not with the example body")
        _check_pages(url)
        return True
    return False


def _check_pages(url: str) -> None:
    """Walk the list as a client would: PAGES pages, PAGES * PAGE_SIZE distinct sids."""
    next_url, sids = f"{url}{LIST_PATH}?PageSize={PAGE_SIZE}", set()
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


@dataclass(frozen=True)
class Runner:
    """Starts clients.py processes, pinned to the client CPU, and returns what they print."""

    url: str
    settings: Settings
    client_cpu: int

    def __call__(self, *args: str) -> dict[str, Any]:
        drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        command = [str(VENV_PY), str(CLIENTS), *args, "--cpu", str(self.client_cpu)]
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=PROCESS_TIMEOUT, check=False
        )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise SystemExit(f"bench: `{' '.join(args)}` failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(lines[-1])
        return result

    def run(self, mode: str, operation: str, sides: Sequence[str], blocks: int) -> dict[str, Any]:
        s = self.settings
        units, concurrency = (
            (s.list_sync_units if mode == "sync" else s.list_async_units, s.list_concurrency)
            if operation == "list"
            else (s.sync_units if mode == "sync" else s.async_units, s.concurrency)
        )
        return self(
            *("run", mode, operation, ",".join(sides), "--url", self.url),
            *("--blocks", str(blocks), "--units", str(units)),
            *("--concurrency", str(concurrency)),
        )


def measure_comparison(runner: Runner, comparison: Comparison) -> list[dict[str, Any]]:
    runs = []
    for number in range(runner.settings.processes):
        run = runner.run(
            comparison.mode, comparison.operation, comparison.sides, runner.settings.blocks
        )
        runs.append(run)
        ratio = statistics.median(pairs([run], comparison.ours, comparison.raw, "cpu_us"))
        _log(
            f"{comparison.key} process {number + 1}/{runner.settings.processes}: "
            f"CPU ours/raw median {ratio:.3f}"
        )
    return runs


def measure_libraries(runner: Runner) -> list[dict[str, dict[str, Any]]]:
    """Rounds of fresh processes: each client alone (sync, async) and each import."""
    jobs = [("sync", lib.sync) for lib in LIBRARIES if lib.sync]
    jobs += [("async", lib.asyn) for lib in LIBRARIES if lib.asyn]
    jobs += [("import", lib.module) for lib in LIBRARIES]
    for _, module in jobs[-len(LIBRARIES) :]:
        runner("import", module)  # compiles every module once: no measured import writes .pyc
    rounds = []
    for number in range(runner.settings.rounds):
        results: dict[str, dict[str, Any]] = {}
        shift = number % len(jobs)
        for kind, name in [*jobs[shift:], *jobs[:shift]]:
            if kind == "import":
                results[f"import:{name}"] = runner("import", name)
            else:
                result = runner.run(kind, "fetch", [name], runner.settings.row_blocks)
                wall = statistics.median(result["blocks"][name]["wall_us"])
                figure = {"us_per_call": wall} if kind == "sync" else {"per_s": 1e6 / wall}
                results[f"{kind}:{name}"] = result | figure
        _log(f"round {number + 1}/{runner.settings.rounds} done")
        rounds.append(results)
    return rounds


# ------------------------------------------------------------------ figures


def pairs(
    runs: list[dict[str, Any]], ours: str, other: str, metric: str, op: Any = operator.truediv
) -> list[float]:
    """op(ours, other) for each block pair (block b of each side ran next to each other)."""
    return [
        op(a, b)
        for run in runs
        for a, b in zip(run["blocks"][ours][metric], run["blocks"][other][metric], strict=True)
    ]


def spread(values: Sequence[float]) -> dict[str, float]:
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return {"median": median, "q1": q1, "q3": q3, "n": len(values)}


def summarise_comparison(c: Comparison, runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ours against each other side: the paired ratios, pooled over the processes.

    The µs figures are per request (a fetch, or a page: a unit's / c.requests).
    """

    def median_block(side: str, metric: str) -> float:
        per_unit = statistics.median(v for run in runs for v in run["blocks"][side][metric])
        return per_unit / c.requests

    return [
        {
            "comparison": c.key,
            "other": other,
            "is_raw": other == c.raw,
            "per": c.noun,
            "requests_per_unit": c.requests,
            "cpu_ratio": spread(pairs(runs, c.ours, other, "cpu_us")),
            "wall_ratio": spread(pairs(runs, c.ours, other, "wall_us")),
            "throughput_ratio": spread(pairs(runs, other, c.ours, "wall_us")),
            "cpu_ratio_per_process": [
                statistics.median(pairs([run], c.ours, other, "cpu_us")) for run in runs
            ],
            "cpu_added_us": statistics.median(pairs(runs, c.ours, other, "cpu_us", operator.sub))
            / c.requests,
            "ours_cpu_us": median_block(c.ours, "cpu_us"),
            "other_cpu_us": median_block(other, "cpu_us"),
            "ours_wall_us": median_block(c.ours, "wall_us"),
            "other_wall_us": median_block(other, "wall_us"),
        }
        for other in c.sides[1:]
    ]


def library_figures(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Per job (e.g. "sync:twilio"): median figure, median ratio to twilio-python's in the round."""
    metrics = {"sync": "us_per_call", "async": "per_s", "import": "import_ms"}
    ref = {"sync": REFERENCE.sync, "async": REFERENCE.asyn, "import": REFERENCE.module}
    out: dict[str, dict[str, Any]] = {}
    for job in rounds[0]:
        kind = job.split(":")[0]
        metric, theirs = metrics[kind], f"{kind}:{ref[kind]}"
        out[job] = {
            "median": statistics.median(r[job][metric] for r in rounds),
            "vs_twilio": statistics.median(r[job][metric] / r[theirs][metric] for r in rounds),
            "maxrss_mib": statistics.median(r[job]["maxrss_mib"] for r in rounds),
        }
    return out


def target_checks(
    headline: list[dict[str, Any]], libs: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    def check(target: str, value: float, ok: bool, shown: str) -> dict[str, Any]:
        result = "met" if ok else "**missed**"
        return {"target": target, "value": value, "measured": shown, "result": result}

    out = [
        check(
            f"{row['comparison']}: CPU per {row['per']} our layers add over raw {row['other']} "
            "≤ 15 %",
            row["cpu_ratio"]["median"],
            row["cpu_ratio"]["median"] <= TARGET,
            _range(row["cpu_ratio"]),
        )
        for row in headline
        if row["is_raw"]
    ]
    ours, ref = LIBRARIES[0], REFERENCE
    for target, job, ok in (
        ("sync `Client` ≤ 0.5x twilio-python per call", f"sync:{ours.sync}", lambda v: v <= 0.5),
        (
            "async `AsyncClient` ≥ 1.5x twilio-python fetches/s",
            f"async:{ours.asyn}",
            lambda v: v >= 1.5,
        ),
        (
            "`import twilio_proxy` ≤ 0.8x `from twilio.rest import Client`",
            f"import:{ours.module}",
            lambda v: v <= 0.8,
        ),
    ):
        value = libs[job]["vs_twilio"]
        out.append(check(target, value, ok(value), f"{value:.2f}x"))
    for kind, mine, theirs in (("sync", ours.sync, ref.sync), ("async", ours.asyn, ref.asyn)):
        a, b = libs[f"{kind}:{mine}"]["maxrss_mib"], libs[f"{kind}:{theirs}"]["maxrss_mib"]
        out.append(
            check(f"{kind} peak RSS ≤ twilio-python's", a, a <= b, f"{a:.1f} vs {b:.1f} MiB")
        )
    return out


# ----------------------------------------------------------------- markdown


def _range(ratio: dict[str, float]) -> str:
    return f"**{ratio['median']:.3f}x** (IQR {ratio['q1']:.3f}-{ratio['q3']:.3f})"


def _speed(row: dict[str, Any], sync: bool) -> tuple[str, dict[str, float]]:
    """Wall per call (sync) or requests/s (async), ours/other, and its paired ratios."""
    call = "listing" if row["requests_per_unit"] > 1 else "call"
    if sync:
        return f"wall per {call}", row["wall_ratio"]
    return f"{row['per']}s/s" if row["per"] != "fetch" else "fetches/s", row["throughput_ratio"]


def _ms_per_listing(row: dict[str, Any], side: str) -> float:
    return float(row[f"{side}_wall_us"]) * row["requests_per_unit"] / 1000


def headline_lines(headline: list[dict[str, Any]]) -> list[str]:
    """One line per comparison: what `make bench` prints last."""
    modes = {c.key: c.mode for c in COMPARISONS}
    lines = []
    for row in headline:
        cpu, sync = row["cpu_ratio"], modes[row["comparison"]] == "sync"
        name, speed = _speed(row, sync)
        listed = (
            f"; ms per 500 listed: {_ms_per_listing(row, 'ours'):.1f} vs "
            f"{_ms_per_listing(row, 'other'):.1f}"
            if row["requests_per_unit"] > 1
            else ""
        )
        lines.append(
            f"  {row['comparison']}: CPU per {row['per']} ours/{row['other']} = "
            f"{cpu['median']:.3f}x (IQR {cpu['q1']:.3f}-{cpu['q3']:.3f}, {cpu['n']} block pairs; "
            f"{row['cpu_added_us']:+.1f} µs), {name} {speed['median']:.3f}x{listed}"
        )
    return lines


def render(data: dict[str, Any]) -> str:
    env, s = data["environment"], Settings(**data["settings"])
    libs: dict[str, dict[str, Any]] = data["libraries"]
    labels = {c.key: c for c in COMPARISONS}
    lines: list[str] = []
    add = lines.append

    add("# twilio-proxy benchmark")
    add("")
    add(
        f"Run {env['date']} on {env['cpu_model']}, nproc {env['nproc']}, Python "
        f"{env['versions']['python']}, {env['nginx']} on 127.0.0.1 serving the spec's 200 "
        f"example and, on the list path, {PAGES} pages of {PAGE_SIZE} (the spec's example "
        "interaction with distinct sids; `meta.next_page_url` absolute, as Twilio's) "
        f"(nginx worker pinned to CPU 0, each client process to CPU 1: {env['pinned']}); "
        f"{env['duration_s']:.0f} s in all."
    )
    add("")
    add("## Headline: what our layers add over the raw transport (paired, same process)")
    add("")
    add(
        f"Each comparison ran in {s.processes} process(es); in each, ours and the raw transport "
        "(for the lists, twilio-python too) "
        f"ran {s.blocks} blocks each, alternating (AB BA AB …, ABC CBA …), of {s.sync_units} calls "
        f"(fetch-sync), {s.async_units} fetches with {s.concurrency} in flight (fetch-async), "
        f"{s.list_sync_units} sequential listings (list-sync) or {s.list_async_units} listings "
        f"with {s.list_concurrency} in flight (list-async), after one warm-up block each. A "
        f"listing is 500 interactions, {PAGES} GETs of {PAGE_SIZE}, each following the previous "
        "page's `meta.next_page_url`; its figures are divided by 10: per page. A ratio is taken "
        "between the two blocks of a pair; shown are the median and interquartile range over all "
        "pairs, and each process's median. CPU is the client process's user + system time "
        "(`time.process_time`); nginx runs on the other core. The raw sides send the same Basic "
        "credential as a default header and parse with `json.loads` (lists: and read "
        f"`meta.next_page_url`): nothing more. Target: ours/raw CPU ≤ {TARGET}x."
    )
    add("")
    add(
        "| ours | against | CPU per fetch or page, ours/raw | per process | CPU µs per fetch or "
        "page: ours vs raw (added) | wall per call or fetches/pages per s, ours/raw | target |"
    )
    add("|---|---|---|---|---|---|---|")
    for row in data["headline"]:
        if not row["is_raw"]:
            continue
        c = labels[row["comparison"]]
        name, speed = _speed(row, c.mode == "sync")
        per = ", ".join(f"{v:.3f}" for v in row["cpu_ratio_per_process"])
        met = row["cpu_ratio"]["median"] <= TARGET
        add(
            f"| {c.label} | {c.raw_label} | {_range(row['cpu_ratio'])} | {per} "
            f"| {row['ours_cpu_us']:.0f} vs {row['other_cpu_us']:.0f} "
            f"({row['cpu_added_us']:+.1f}) | {name} {_range(speed)} "
            f"| {'met' if met else '**missed**'} |"
        )
    add("")

    listed = [row for row in data["headline"] if row["requests_per_unit"] > 1]
    if listed:
        add("## Listing 500 against twilio-python's `.list()` (paired, same process)")
        add("")
        add(
            "The list comparisons above, with twilio-python 9.13 as a third side: "
            "`.message_interactions.list(page_size=50)` (requests) and `await "
            ".list_async(page_size=50)` (AsyncTwilioHttpClient, aiohttp), which follow the same "
            "absolute `next_page_url`s; every side's first listing must return all 500, down to "
            "the last sid. ms per 500 listed is a median block's wall time per listing (async: "
            f"with {s.list_concurrency} listings in flight, so block wall / listings). Ratios "
            "are ours/twilio-python, paired by block."
        )
        add("")
        add(
            "| mode | ours ms per 500 | raw ms per 500 | twilio-python ms per 500 "
            "| wall, ours/twilio-python | CPU, ours/twilio-python |"
        )
        add("|---|---:|---:|---:|---:|---:|")
        for key in dict.fromkeys(row["comparison"] for row in listed):
            raw, theirs = (
                next(r for r in listed if r["comparison"] == key and r["is_raw"] == is_raw)
                for is_raw in (True, False)
            )
            add(
                f"| {key} | {_ms_per_listing(raw, 'ours'):.1f} | "
                f"{_ms_per_listing(raw, 'other'):.1f} | {_ms_per_listing(theirs, 'other'):.1f} "
                f"| {_range(theirs['wall_ratio'])} | {_range(theirs['cpu_ratio'])} |"
            )
        add("")

    add(f"## Against twilio-python (fresh processes: {s.rounds} rounds, order rotated each round)")
    add("")
    add(
        f"Each client alone in its own process: {s.row_blocks} blocks of {s.sync_units} sequential "
        f"calls over one keep-alive connection (sync; median block's wall µs per call), or of "
        f"{s.async_units} fetches with {s.concurrency} in flight (async), after one warm-up block; "
        "imports timed in a fresh process. Figures are medians over rounds; in brackets, the "
        "median over rounds of the ratio to twilio-python in the same round. Processes here vary "
        "by up to ±40 %: trust the paired figures above over these."
    )
    add("")
    add("| client | sync µs/call | async fetches/s | import ms | peak RSS MiB (sync / async) |")
    add("|---|---:|---:|---:|---:|")
    for lib in LIBRARIES:
        cells = []
        for kind, name, digits in (
            ("sync", lib.sync, 0),
            ("async", lib.asyn, 0),
            ("import", lib.module, 1),
        ):
            fig = libs.get(f"{kind}:{name}")
            cells.append(
                "—" if fig is None else f"{fig['median']:,.{digits}f} ({fig['vs_twilio']:.2f}x)"
            )
        rss = [
            "—" if name is None else f"{libs[f'{kind}:{name}']['maxrss_mib']:.1f}"
            for kind, name in (("sync", lib.sync), ("async", lib.asyn))
        ]
        add(f"| {lib.label} | {' | '.join(cells)} | {' / '.join(rss)} |")
    add("")

    add("## Targets")
    add("")
    add("| target | measured | result |")
    add("|---|---:|---|")
    for check in data["targets"]:
        add(f"| {check['target']} | {check['measured']} | {check['result']} |")
    add("")
    versions = ", ".join(f"{k} {v}" for k, v in env["versions"].items() if k != "python")
    add(f"Versions: {versions}. Re-run with `make bench`; every block in `results.json`.")
    add("")
    return "\n".join(lines)


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

    ensure_venv()
    cpus = sorted(os.sched_getaffinity(0))
    pinned = len(cpus) >= 2
    env = environment(pinned)
    started = time.monotonic()
    with nginx(example_body(), pinned) as url:
        runner = Runner(url=url, settings=settings, client_cpu=cpus[1] if pinned else -1)
        comparisons = {c.key: measure_comparison(runner, c) for c in COMPARISONS}
        rounds = measure_libraries(runner)
    env["duration_s"] = round(time.monotonic() - started, 1)
    headline = [row for c in COMPARISONS for row in summarise_comparison(c, comparisons[c.key])]
    libs = library_figures(rounds)
    data = {
        "environment": env,
        "settings": asdict(settings),
        "headline": headline,
        "libraries": libs,
        "targets": target_checks(headline, libs),
        "comparisons": comparisons,
        "rounds": rounds,
    }
    markdown = render(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.md").write_text(markdown)
    (out_dir / "results.json").write_text(json.dumps(data, indent=1) + "\n")
    print(markdown)
    print("Headline (ours/raw; lists: ours/twilio-python too; paired in one process, median):")
    print("\n".join(headline_lines(headline)))
    _log(f"done in {env['duration_s']} s; wrote {out_dir / 'results.md'} and results.json")
    missed = [c["target"] for c in data["targets"] if c["result"] == "**missed**"]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
