"""`make bench`: twilio_proxy against raw httpx and twilio-python, in one run.

1. Creates benchmarks/.venv (python3 -m venv, then `pip install -e .` with
   requirements.txt, the package's own dependencies pinned to uv.lock), and
   puts sniffio in benchmarks/.venv/sniffio-only/ for the "+sniffio" rows.
2. Starts nginx on 127.0.0.1 (a free port, its own config in a temp dir) that
   answers every GET with the 200 example of openapi/message_interaction.yaml.
3. Runs every measurement as a fresh process (benchmarks/clients.py), in
   interleaved rounds whose order rotates, then writes benchmarks/results.md
   (the table) and benchmarks/results.json (every figure of every process).

With two or more CPUs, nginx's worker is pinned to CPU 0 and each client to
CPU 1, so the server is never the bottleneck and the two do not share a core.

    python benchmarks/run.py            # the full run (a few minutes)
    python benchmarks/run.py --quick    # a smoke run (well under a minute)
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import hashlib
import json
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
VENV = BENCH / ".venv"
VENV_PY = VENV / "bin" / "python"
SNIFFIO_DIR = VENV / "sniffio-only"
STAMP = VENV / ".bench-stamp"
WORK = BENCH / ".work"
CLIENTS = BENCH / "clients.py"
SPEC = ROOT / "openapi" / "message_interaction.yaml"
OPERATION = (
    "/v1/Services/{ServiceSid}/Sessions/{SessionSid}"
    "/Participants/{ParticipantSid}/MessageInteractions/{Sid}"
)
UNAVAILABLE = 3  # clients.py's exit code for a library that is not there
PROCESS_TIMEOUT = 300  # seconds; no single measurement comes near it


# ------------------------------------------------------------------ the rows


@dataclass(frozen=True)
class Row:
    """One measured client: its clients.py name, label, and extra environment."""

    key: str
    name: str
    label: str
    sniffio: bool = False


SYNC_ROWS = [
    Row("httpx", "httpx", "raw `httpx.Client` GET + `.json()`"),
    Row("generated", "generated", "generated `fetch_message_interaction.sync_detailed`"),
    Row("twilio_proxy", "twilio_proxy", "**`twilio_proxy.Client`**"),
    Row("twilio", "twilio", "twilio-python 9.13 `.fetch()` (requests)"),
    Row("httpx+stamina", "httpx+stamina", "raw httpx inside `stamina.retry_context`"),
]

ASYNC_ROWS = [
    Row("httpx", "httpx", "raw `httpx.AsyncClient` (defaults, no sniffio)"),
    Row("httpx+sniffio", "httpx", "raw `httpx.AsyncClient` + sniffio installed", sniffio=True),
    Row(
        "httpx-keepalive100+sniffio",
        "httpx-keepalive100",
        "raw httpx + sniffio, `Limits(max_keepalive_connections=100)`",
        sniffio=True,
    ),
    Row(
        "httpx-max10+sniffio",
        "httpx-max10",
        "raw httpx + sniffio, `Limits(max_connections=10)`",
        sniffio=True,
    ),
    Row(
        "httpx+aiohttp-transport",
        "httpx+aiohttp-transport",
        "raw httpx + `httpx_aiohttp.AiohttpTransport`",
    ),
    Row("httpx2", "httpx2", "raw `httpx2.AsyncClient` (Pydantic's fork)"),
    Row(
        "httpx2+aiohttp-transport",
        "httpx2+aiohttp-transport",
        "raw httpx2 + `httpx_aiohttp.httpx2.AiohttpTransport`",
    ),
    Row("aiohttp", "aiohttp", "raw `aiohttp.ClientSession` (ceiling)"),
    Row("twilio_proxy", "twilio_proxy", "**`twilio_proxy.AsyncClient`** (default)"),
    Row(
        "twilio_proxy+httpx",
        "twilio_proxy+httpx",
        "`twilio_proxy.AsyncClient(http_client=httpx.AsyncClient())`",
    ),
    Row(
        "twilio_proxy+aiohttp-transport",
        "twilio_proxy+aiohttp-transport",
        "`twilio_proxy.AsyncClient(http_client=` httpx + AiohttpTransport`)`",
    ),
    Row("twilio", "twilio", "twilio-python 9.13 `fetch_async` (aiohttp)"),
]

IMPORT_ROWS = [
    Row("twilio_proxy", "twilio_proxy", "`import twilio_proxy`"),
    Row("twilio.rest", "twilio.rest", "`from twilio.rest import Client`"),
    Row("httpx", "httpx", "`import httpx` (floor: what twilio_proxy stands on)"),
]


@dataclass
class Settings:
    """How much to measure."""

    rounds: int
    calls: int
    warmup: int
    async_rounds: int
    total: int
    concurrency: int
    async_warmup: int
    import_runs: int
    stamina_runs: int
    stamina_blocks: int
    ab_runs: int
    ab_blocks: int
    ab_calls: int


FULL = Settings(
    rounds=5,
    calls=2000,
    warmup=300,
    async_rounds=4,
    total=2000,
    concurrency=50,
    async_warmup=250,
    import_runs=9,
    stamina_runs=3,
    stamina_blocks=9,
    ab_runs=3,
    ab_blocks=16,
    ab_calls=100,
)
QUICK = Settings(
    rounds=2,
    calls=300,
    warmup=50,
    async_rounds=1,
    total=400,
    concurrency=50,
    async_warmup=100,
    import_runs=3,
    stamina_runs=1,
    stamina_blocks=3,
    ab_runs=1,
    ab_blocks=6,
    ab_calls=50,
)


# --------------------------------------------------------------- the venv


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _uv() -> str | None:
    local = ROOT / ".tools" / "bin" / "uv"
    if local.exists():
        return str(local)
    return shutil.which("uv")


def _stamp() -> str:
    digest = hashlib.sha256()
    for name in (
        "benchmarks/requirements.txt",
        "benchmarks/requirements-sniffio.txt",
        "pyproject.toml",
        "uv.lock",
    ):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create or refresh benchmarks/.venv when its inputs changed."""
    stamp = _stamp()
    if VENV_PY.exists() and STAMP.exists() and STAMP.read_text() == stamp:
        return
    uv = _uv()
    _log("creating benchmarks/.venv")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    WORK.mkdir(exist_ok=True)
    constraints = WORK / "constraints.txt"
    if uv is not None:
        # The package's runtime dependencies, exactly as uv.lock pins them.
        subprocess.run(
            [
                *(uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes"),
                *("--quiet", "-o", str(constraints)),
            ],
            check=True,
            cwd=ROOT,
        )
        install = [uv, "pip", "install", "--quiet", "--python", str(VENV_PY)]
    else:
        constraints.write_text("")
        install = [str(VENV_PY), "-m", "pip", "install", "--quiet"]
    subprocess.run(
        [*install, "-c", str(constraints), "-r", str(BENCH / "requirements.txt"), "-e", str(ROOT)],
        check=True,
        cwd=ROOT,
    )
    shutil.rmtree(SNIFFIO_DIR, ignore_errors=True)
    subprocess.run(
        [*install, "--target", str(SNIFFIO_DIR), "-r", str(BENCH / "requirements-sniffio.txt")],
        check=True,
        cwd=ROOT,
    )
    check = subprocess.run(
        [str(VENV_PY), "-c", "import importlib.util as u; print(u.find_spec('sniffio') is None)"],
        check=True,
        capture_output=True,
        text=True,
    )
    if check.stdout.strip() != "True":
        raise SystemExit("bench: sniffio got into benchmarks/.venv; the no-sniffio rows would lie")
    STAMP.write_text(stamp)


def venv_versions() -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, platform\n"
        "names = ['httpx', 'httpcore', 'httpx2', 'httpcore2', 'anyio', 'aiohttp',\n"
        "         'httpx-aiohttp', 'twilio', 'requests', 'stamina', 'attrs', 'twilio-proxy']\n"
        "out = {'python': platform.python_version()}\n"
        "for n in names:\n"
        "    try: out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError: out[n] = 'absent'\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([str(VENV_PY), "-c", code], check=True, capture_output=True, text=True)
    versions: dict[str, str] = json.loads(done.stdout)
    return versions


# ------------------------------------------------------------------- nginx


def example_body() -> bytes:
    """The 200 example of the spec, as Twilio would send it."""
    import yaml  # the project's dev environment has it; run.py runs there

    spec = yaml.safe_load(SPEC.read_text())
    response = spec["paths"][OPERATION]["get"]["responses"]["200"]
    example = response["content"]["application/json"]["examples"]["outbound"]["value"]
    return json.dumps(example).encode()


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
    text = body.decode()
    if "$" in text:
        raise SystemExit("bench: the example body has a '$', which nginx would expand")
    quoted = text.replace("\\", "\\\\").replace("'", "\\'")
    affinity = "worker_cpu_affinity 01;\n" if pin else ""
    temps = "".join(
        f"    {kind}_temp_path {tmp / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        "worker_processes 1;\n"
        f"{affinity}"
        "daemon off;\n"
        f"pid {tmp / 'nginx.pid'};\n"
        f"error_log {tmp / 'error.log'} warn;\n"
        "events { worker_connections 4096; }\n"
        "http {\n"
        "    access_log off;\n"
        f"{temps}"
        "    keepalive_requests 1000000;\n"
        "    keepalive_timeout 600s;\n"
        "    server {\n"
        f"        listen 127.0.0.1:{port};\n"
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
            if got != body:
                raise SystemExit("bench: nginx answered, but not with the example body")
            return True
        except OSError:
            time.sleep(0.05)
    return False


# ------------------------------------------------------------- measuring


@dataclass
class Runner:
    """Starts clients.py processes and keeps what they printed."""

    url: str
    client_cpu: int
    unavailable: dict[str, str] = field(default_factory=dict)

    def run(self, mode: str, row: Row, args: Sequence[str] = ()) -> dict[str, Any] | None:
        tag = f"{mode}:{row.key}"
        if tag in self.unavailable:
            return None
        drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        if row.sniffio:
            env["PYTHONPATH"] = str(SNIFFIO_DIR)
        command = [str(VENV_PY), str(CLIENTS), mode, row.name, "--url", self.url]
        command += ["--cpu", str(self.client_cpu), *args]
        started = time.perf_counter()
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=PROCESS_TIMEOUT, check=False
        )
        wall = time.perf_counter() - started
        lines = done.stdout.strip().splitlines()
        if done.returncode == UNAVAILABLE and lines:
            self.unavailable[tag] = json.loads(lines[-1])["unavailable"]
            _log(f"{tag}: unavailable ({self.unavailable[tag]})")
            return None
        if done.returncode != 0 or not lines:
            raise SystemExit(f"bench: {tag} failed ({done.returncode}):\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(lines[-1])
        result["process_wall_s"] = round(wall, 3)
        if row.sniffio != result["sniffio_importable"]:
            raise SystemExit(f"bench: {tag}: sniffio presence is not what the row says")
        return result


def rotated(rows: Sequence[Row], by: int) -> list[Row]:
    by %= len(rows)
    return [*rows[by:], *rows[:by]]


def measure_rounds(
    runner: Runner, mode: str, rows: Sequence[Row], rounds: int, args: Sequence[str]
) -> list[dict[str, dict[str, Any]]]:
    """Each round runs every row once, in an order rotated from round to round."""
    out: list[dict[str, dict[str, Any]]] = []
    for number in range(rounds):
        results: dict[str, dict[str, Any]] = {}
        for row in rotated(rows, number):
            result = runner.run(mode, row, args)
            if result is not None:
                results[row.key] = result
        _log(f"{mode} round {number + 1}/{rounds}: " + _round_summary(mode, results))
        out.append(results)
    return out


def _round_summary(mode: str, results: dict[str, dict[str, Any]]) -> str:
    metric = {"sync": "median_us", "async": "per_s", "import": "import_ms"}[mode]
    return ", ".join(f"{key} {value[metric]:g}" for key, value in results.items())


# ---------------------------------------------------------------- summary


def _values(rounds: list[dict[str, dict[str, Any]]], key: str, metric: str) -> list[float]:
    return [float(r[key][metric]) for r in rounds if key in r]


def _paired(
    rounds: list[dict[str, dict[str, Any]]], key: str, other: str, metric: str
) -> float | None:
    """The median, over rounds, of key/other measured in the same round."""
    ratios = [
        float(r[key][metric]) / float(r[other][metric])
        for r in rounds
        if key in r and other in r and float(r[other][metric])
    ]
    return statistics.median(ratios) if ratios else None


def _ab_paired(runs: list[dict[str, Any]], key: str, other: str) -> float | None:
    """The median, over every block of every A/B process, of key/other in that block."""
    ratios = [
        mine / theirs
        for run in runs
        if key in run["blocks"] and other in run["blocks"]
        for mine, theirs in zip(run["blocks"][key], run["blocks"][other], strict=True)
        if theirs
    ]
    return statistics.median(ratios) if ratios else None


def _fmt(value: float | None, digits: int = 0, suffix: str = "") -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{suffix}"


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def summarise(
    data: dict[str, Any], settings: Settings, env: dict[str, Any]
) -> tuple[str, list[dict[str, Any]]]:
    """The markdown results and the target checks."""
    sync: list[dict[str, dict[str, Any]]] = data["sync"]
    asyn: list[dict[str, dict[str, Any]]] = data["async"]
    imports: list[dict[str, dict[str, Any]]] = data["import"]
    lines: list[str] = []
    add = lines.append

    add("# twilio-proxy benchmark")
    add("")
    add(
        f"Run {env['date']} on {env['cpu_model']}, nproc {env['nproc']}, Python "
        f"{env['versions']['python']}, {env['nginx']} on 127.0.0.1 "
        f"(worker pinned to CPU 0, each client process to CPU 1: {env['pinned']})."
    )
    add("")
    add(
        "Every figure comes from fresh processes, one per client and round, with the "
        "clients' order rotated from round to round. Ratios are paired: each is taken "
        "between two processes of the same round, and the median ratio is shown. "
        "Processes on these machines vary by up to ±30%, so read single-digit "
        "percentages as noise."
    )
    add("")

    # Sync
    add(
        f"## Sync: cost per call ({settings.rounds} rounds x {settings.calls:,} sequential "
        f"calls over one keep-alive connection, after {settings.warmup} warm-up calls)"
    )
    add("")
    add(
        "| client | median µs/call | best round | p99 µs | CPU µs/call | vs raw httpx "
        "| vs twilio-python | peak RSS MiB |"
    )
    add("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in SYNC_ROWS:
        med = _values(sync, row.key, "median_us")
        if not med:
            add(f"| {row.label} | n/a | | | | | | |")
            continue
        add(
            f"| {row.label} | {_fmt(statistics.median(med))} | {_fmt(min(med))} "
            f"| {_fmt(statistics.median(_values(sync, row.key, 'p99_us')))} "
            f"| {_fmt(statistics.median(_values(sync, row.key, 'cpu_us_per_call')))} "
            f"| {_ratio(_paired(sync, row.key, 'httpx', 'median_us'))} "
            f"| {_ratio(_paired(sync, row.key, 'twilio', 'median_us'))} "
            f"| {_fmt(statistics.median(_values(sync, row.key, 'maxrss_mib')), 1)} |"
        )
    add("")

    ab_runs: list[dict[str, Any]] = data["sync_ab"]
    if ab_runs:
        add(
            f"### Sync, same process: {len(ab_runs)} process(es), each running the clients in "
            f"{settings.ab_blocks} alternating blocks of {settings.ab_calls} calls"
        )
        add("")
        add(
            "The tight figure for what a layer costs: process-to-process noise cancels out. "
            "(Ratios are the median over blocks of block/block in the same process.)"
        )
        add("")
        add("| client | median µs/call | vs raw httpx | vs twilio-python |")
        add("|---|---:|---:|---:|")
        for row in SYNC_ROWS:
            blocks = [v for run in ab_runs for v in run["blocks"].get(row.key, [])]
            if not blocks:
                continue
            add(
                f"| {row.label} | {_fmt(statistics.median(blocks))} "
                f"| {_ratio(_ab_paired(ab_runs, row.key, 'httpx'))} "
                f"| {_ratio(_ab_paired(ab_runs, row.key, 'twilio'))} |"
            )
        add("")

    # Async
    add(
        f"## Async: {settings.total:,} fetches, {settings.concurrency} in flight "
        f"({settings.async_rounds} rounds, after {settings.async_warmup} warm-up fetches)"
    )
    add("")
    add(
        "| client | median fetches/s | best round | p99 latency ms | CPU µs/fetch "
        "| vs twilio-python | vs raw httpx | peak RSS MiB |"
    )
    add("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in ASYNC_ROWS:
        rate = _values(asyn, row.key, "per_s")
        if not rate:
            add(f"| {row.label} | n/a | | | | | | |")
            continue
        add(
            f"| {row.label} | {_fmt(statistics.median(rate))} | {_fmt(max(rate))} "
            f"| {_fmt(statistics.median(_values(asyn, row.key, 'latency_p99_ms')), 1)} "
            f"| {_fmt(statistics.median(_values(asyn, row.key, 'cpu_us_per_fetch')))} "
            f"| {_ratio(_paired(asyn, row.key, 'twilio', 'per_s'))} "
            f"| {_ratio(_paired(asyn, row.key, 'httpx', 'per_s'))} "
            f"| {_fmt(statistics.median(_values(asyn, row.key, 'maxrss_mib')), 1)} |"
        )
    add("")

    add(
        "Rows without sniffio are what `pip install twilio-proxy` gives today (httpx 0.28 "
        "and anyio 4.16 no longer pull sniffio in); `+ sniffio` rows add it on PYTHONPATH. "
        "httpcore's async pool looks for sniffio on every request and, without it, pays a "
        "failed import each time; its pool also scans every connection per request "
        "(encode/httpx#3215). The AiohttpTransport rows replace httpcore by aiohttp under "
        "httpx's API."
    )
    add("")

    # Import
    add(f"## Import time (fresh process each, {settings.import_runs} runs, interleaved)")
    add("")
    add("| import | median ms | best ms | vs twilio.rest | modules loaded | process wall ms |")
    add("|---|---:|---:|---:|---:|---:|")
    for row in IMPORT_ROWS:
        ms = _values(imports, row.key, "import_ms")
        if not ms:
            add(f"| {row.label} | n/a | | | | |")
            continue
        add(
            f"| {row.label} | {_fmt(statistics.median(ms), 1)} | {_fmt(min(ms), 1)} "
            f"| {_ratio(_paired(imports, row.key, 'twilio.rest', 'import_ms'))} "
            f"| {_fmt(statistics.median(_values(imports, row.key, 'modules')))} "
            f"| {_fmt(statistics.median(_values(imports, row.key, 'process_wall_s')) * 1000)} |"
        )
    add("")

    # stamina
    stamina_runs: list[dict[str, Any]] = data["stamina"]
    if stamina_runs:

        def st(metric: str) -> float:
            return statistics.median(float(r[metric]) for r in stamina_runs)

        add(
            f"## stamina {stamina_runs[0]['stamina_version']}: per-call cost when nothing fails "
            f"({len(stamina_runs)} process(es), alternating blocks, medians)"
        )
        add("")
        add("| what | µs per call |")
        add("|---|---:|")
        add(
            "| `for attempt in stamina.retry_context(on=..., attempts=3): with attempt:` "
            f"(no I/O) | {st('retry_context_us'):.1f} |"
        )
        add(f"| `@stamina.retry(on=..., attempts=3)` (no I/O) | {st('retry_decorator_us'):.1f} |")
        add(
            f"| raw httpx GET: {st('get_us'):.0f} µs → inside retry_context: "
            f"{st('get_with_retry_context_us'):.0f} µs | +{st('delta_around_get_us'):.1f} "
            f"({st('ratio_around_get'):.2f}x) |"
        )
        add("")

    # Targets
    checks = target_checks(data)
    add("## Targets (ratios from this run)")
    add("")
    add("| target | measured (fresh processes) | result | same-process A/B |")
    add("|---|---:|---|---:|")
    for check in checks:
        add(
            f"| {check['target']} | {check['measured']} | {check['result']} "
            f"| {check.get('ab', '')} |"
        )
    add("")

    if data["unavailable"]:
        add("Not measured: " + "; ".join(f"{k}: {v}" for k, v in data["unavailable"].items()))
        add("")
    versions = ", ".join(f"{k} {v}" for k, v in env["versions"].items() if k != "python")
    add(f"Versions: {versions}. Re-run with `make bench`; raw figures in `results.json`.")
    add("")
    return "\n".join(lines), checks


def target_checks(data: dict[str, Any]) -> list[dict[str, Any]]:
    sync, asyn, imports = data["sync"], data["async"], data["import"]

    def rss(rounds: list[dict[str, dict[str, Any]]], key: str) -> float | None:
        values = _values(rounds, key, "maxrss_mib")
        return statistics.median(values) if values else None

    def check(target: str, value: float | None, ok: bool | None, shown: str) -> dict[str, Any]:
        result = "n/a" if ok is None else ("met" if ok else "**missed**")
        return {"target": target, "value": value, "measured": shown, "result": result}

    def ab(key: str, other: str, limit: float) -> str:
        value = _ab_paired(data["sync_ab"], key, other)
        if value is None:
            return "n/a"
        return f"{value:.2f}x ({'met' if value <= limit else 'missed'})"

    out = []
    value = _paired(sync, "twilio_proxy", "httpx", "median_us")
    out.append(
        check(
            "sync `twilio_proxy.Client` ≤ 1.15x raw httpx per call",
            value,
            None if value is None else value <= 1.15,
            _ratio(value),
        )
        | {"ab": ab("twilio_proxy", "httpx", 1.15)}
    )
    value = _paired(sync, "twilio_proxy", "twilio", "median_us")
    out.append(
        check(
            "sync `twilio_proxy.Client` ≤ 0.5x twilio-python per call",
            value,
            None if value is None else value <= 0.5,
            _ratio(value),
        )
        | {"ab": ab("twilio_proxy", "twilio", 0.5)}
    )
    value = _paired(asyn, "twilio_proxy", "twilio", "per_s")
    out.append(
        check(
            "async `twilio_proxy.AsyncClient` ≥ 1.5x twilio-python fetches/s at 50 in flight",
            value,
            None if value is None else value >= 1.5,
            _ratio(value),
        )
    )
    value = _paired(imports, "twilio_proxy", "twilio.rest", "import_ms")
    out.append(
        check(
            "`import twilio_proxy` ≤ 0.8x `from twilio.rest import Client`",
            value,
            None if value is None else value <= 0.8,
            _ratio(value),
        )
    )
    for label, rounds in (("sync", sync), ("async", asyn)):
        ours, theirs = rss(rounds, "twilio_proxy"), rss(rounds, "twilio")
        ok = None if ours is None or theirs is None else ours <= theirs
        shown = f"{_fmt(ours, 1)} vs {_fmt(theirs, 1)} MiB"
        out.append(check(f"{label} peak RSS ≤ twilio-python's", ours, ok, shown))
    return out


def environment(pinned: bool) -> dict[str, Any]:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    nginx_v = subprocess.run(
        [_nginx_binary(), "-v"], capture_output=True, text=True, check=False
    ).stderr.strip()
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "platform": platform.platform(),
        "nginx": nginx_v.replace("nginx version: ", ""),
        "pinned": "yes" if pinned else "no (fewer than 2 CPUs)",
        "versions": venv_versions(),
    }


# ------------------------------------------------------------------ main


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
        runner = Runner(url=url, client_cpu=cpus[1] if pinned else -1)
        sync_args = ["--calls", str(settings.calls), "--warmup", str(settings.warmup)]
        async_args = [
            "--total",
            str(settings.total),
            "--concurrency",
            str(settings.concurrency),
            "--warmup",
            str(settings.async_warmup),
        ]
        # Compile every module once, so no measured import pays for .pyc writing.
        for row in IMPORT_ROWS:
            runner.run("import", row)
        data: dict[str, Any] = {
            "import": measure_rounds(runner, "import", IMPORT_ROWS, settings.import_runs, []),
            "sync": measure_rounds(runner, "sync", SYNC_ROWS, settings.rounds, sync_args),
            "async": measure_rounds(runner, "async", ASYNC_ROWS, settings.async_rounds, async_args),
            "stamina": [
                result
                for _ in range(settings.stamina_runs)
                if (
                    result := runner.run(
                        "stamina",
                        Row("stamina", "", "stamina"),
                        ["--blocks", str(settings.stamina_blocks), "--calls", "2000"],
                    )
                )
                is not None
            ],
        }
        measured = [row.key for row in SYNC_ROWS if f"sync:{row.key}" not in runner.unavailable]
        ab_row = Row("sync-ab", ",".join(measured), "same-process A/B")
        ab_args = ["--blocks", str(settings.ab_blocks), "--calls", str(settings.ab_calls)]
        data["sync_ab"] = [
            result
            for _ in range(settings.ab_runs)
            if (result := runner.run("sync-ab", ab_row, ab_args)) is not None
        ]
        data["unavailable"] = runner.unavailable
    env["duration_s"] = round(time.monotonic() - started, 1)
    markdown, checks = summarise(data, settings, env)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.md").write_text(markdown)
    (out_dir / "results.json").write_text(
        json.dumps(
            {"environment": env, "settings": vars(settings), "targets": checks, **data}, indent=1
        )
        + "\n"
    )
    print(markdown)
    _log(f"done in {env['duration_s']} s; wrote {out_dir / 'results.md'} and results.json")
    missed = [c["target"] for c in checks if c["result"] == "**missed**"]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
