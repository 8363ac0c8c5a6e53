"""Did a change make a call slower? Ours/raw of another commit against the work tree's, paired.

    python benchmarks/ab.py REF [--mode sync|async] [--operation fetch|list] [--processes N]

Checks REF out into benchmarks/.work/ab-<REF> (a git worktree), starts run.py's
nginx once, then runs clients.py of each tree in turn (REF, work tree; then the
other order), each process measuring ours against the raw transport with the
same installed dependencies (benchmarks/.venv, which `make bench` builds). A
figure this machine's drift moves by ±40 % between runs, such as the list's
ours/raw, compares fairly only so: both trees in the same minutes, against the
same server. Prints each process's median ratio and each tree's median.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def _run_module() -> object:
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _worktree(ref: str) -> Path:
    where = BENCH / ".work" / f"ab-{ref.replace('/', '-')}"
    if not where.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", str(where), ref],
                       check=True, capture_output=True)  # fmt: skip
    return where


def _ratio(tree: Path, url: str, args: argparse.Namespace, python: str) -> float:
    raw = "httpx2" if args.mode == "sync" else "aiohttp"
    units = {("sync", "fetch"): 150, ("async", "fetch"): 600, ("sync", "list"): 8}
    env = {
        **os.environ,
        "PYTHONPATH": f"{tree / 'wrapper'}:{tree / 'generated'}",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [
        python, str(tree / "benchmarks" / "clients.py"), args.mode, args.operation,
        f"twilio_proxy,{raw}", "--resources", "message_interactions", "--url", url,
        "--blocks", "10", "--units", str(units.get((args.mode, args.operation), 16)),
        "--concurrency", "10" if args.operation == "list" else "50", "--cpu", "1",
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"ab: {tree.name}'s clients.py failed:\n{done.stderr[-3000:]}")
    blocks = json.loads(done.stdout.strip().splitlines()[-1])["blocks"]["message_interactions"]
    ours, theirs = blocks["twilio_proxy"]["cpu_us"], blocks[raw]["cpu_us"]
    return statistics.median(a / b for a, b in zip(ours, theirs, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ref", help="the commit to compare the work tree with")
    parser.add_argument("--mode", choices=["sync", "async"], default="sync")
    parser.add_argument("--operation", choices=["fetch", "list"], default="list")
    parser.add_argument("--processes", type=int, default=4, help="per tree")
    args = parser.parse_args(argv)
    run = _run_module()
    python = str(run.VENV_PY)  # type: ignore[attr-defined]
    trees = {args.ref: _worktree(args.ref), "work tree": ROOT}
    ratios: dict[str, list[float]] = {name: [] for name in trees}
    with run.nginx(run.fetch_bodies(), True) as url:  # type: ignore[attr-defined]
        for number in range(args.processes):
            order = list(trees) if number % 2 == 0 else list(reversed(trees))
            for name in order:
                ratios[name].append(_ratio(trees[name], url, args, python))
                print(f"{name}: {ratios[name][-1]:.3f}", flush=True)
    for name, values in ratios.items():
        shown = ", ".join(f"{v:.3f}" for v in values)
        median = statistics.median(values)
        print(f"{name}: ours/raw {args.mode} {args.operation} median {median:.3f} ({shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
