"""`make record`: re-record the cassettes of tests/test_replay.py. Nothing else writes them.

With TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or TWILIO_API_KEY + TWILIO_API_SECRET)
and TWILIO_PROXY_TEST_SIDS=KS…,KC…,KP…,KI… (an interaction your account can
read) set, it records against real Twilio into tests/cassettes/twilio/.
Otherwise it records against Prism into tests/cassettes/prism/. Credentials,
cookies, SIDs and message bodies are scrubbed by vcrpy hooks before anything
is written (tests/_cassettes.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from prism import running_prism

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes"
_SIDS = re.compile(r"KS[0-9a-f]{32},KC[0-9a-f]{32},KP[0-9a-f]{32},KI[0-9a-f]{32}")


def _pytest(source: str, env: dict[str, str]) -> int:
    target = CASSETTES / source
    # A fresh folder, so no cassette of an earlier recording survives unnoticed.
    shutil.rmtree(target, ignore_errors=True)
    env = {**env, "TWILIO_PROXY_CASSETTE_SOURCE": source}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/test_replay.py",
        "--record-mode=all",
        "-p",
        "no:cacheprovider",
        "-q",
        "--no-cov",
    ]
    print(f"Recording into {target.relative_to(ROOT)}/ …", flush=True)
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    written = sorted(path.name for path in target.glob("*.yaml"))
    print(f"{len(written)} cassettes written: {', '.join(written)}")
    return done.returncode


def main() -> int:
    """Record against real Twilio when configured, else against Prism."""
    env = dict(os.environ)
    has_token = env.get("TWILIO_ACCOUNT_SID") and env.get("TWILIO_AUTH_TOKEN")
    has_key = env.get("TWILIO_API_KEY") and env.get("TWILIO_API_SECRET")
    if has_token or has_key:
        if not _SIDS.fullmatch(env.get("TWILIO_PROXY_TEST_SIDS", "")):
            print(
                "To record against real Twilio, set TWILIO_PROXY_TEST_SIDS=KS…,KC…,KP…,KI… "
                "(the SIDs of one message interaction your account can read).",
                file=sys.stderr,
            )
            return 2
        env.pop("TWILIO_PROXY_RECORD_BASE_URL", None)
        print("Recording against real Twilio (https://proxy.twilio.com)")
        return _pytest("twilio", env)
    env.pop("TWILIO_PROXY_TEST_SIDS", None)
    with running_prism(log_level="warn") as url:
        print(f"No TWILIO_* credentials: recording against Prism at {url}")
        return _pytest("prism", {**env, "TWILIO_PROXY_RECORD_BASE_URL": url})


if __name__ == "__main__":
    sys.exit(main())
