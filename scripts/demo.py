"""`make demo`: fetch a Message Interaction through the twilio-proxy command line.

Without credentials it starts Prism (the spec-driven mock server) on 127.0.0.1,
fetches the spec's example interaction through the wrapper, shows one friendly
error, and stops Prism. With ``TWILIO_ACCOUNT_SID`` + ``TWILIO_AUTH_TOKEN`` (or
``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``) and ``TWILIO_PROXY_TEST_SIDS`` set to
``KS…,KC…,KP…,KI…`` it fetches that interaction from real Twilio instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from prism import running_prism

# Placeholders, not credentials: Prism checks that basic auth is present, not its value.
MOCK_ACCOUNT_SID = "AC" + "0" * 32
MOCK_AUTH_TOKEN = "mock-auth-token"  # noqa: S105
# The SIDs of the example answer in openapi/message_interaction.yaml.
MOCK_SIDS = ["KS" + "a" * 32, "KC" + "a" * 32, "KP" + "a" * 32, "KI" + "a" * 32]
CLI = str(Path(sys.executable).with_name("twilio-proxy"))


def _run(title: str, args: list[str], env: dict[str, str]) -> int:
    print(f"\n$ twilio-proxy {' '.join(args)}    # {title}", flush=True)
    done = subprocess.run([CLI, *args], env=env, check=False)
    print(f"(exit code {done.returncode})", flush=True)
    return done.returncode


def _real_twilio() -> int:
    sids = os.environ.get("TWILIO_PROXY_TEST_SIDS", "").split(",")
    if len(sids) != 4:
        print(
            "TWILIO_* credentials are set, so the demo talks to real Twilio, but "
            "TWILIO_PROXY_TEST_SIDS is not KS…,KC…,KP…,KI… (four SIDs, comma-separated).",
            file=sys.stderr,
        )
        return 2
    print("Fetching from real Twilio (https://proxy.twilio.com) with your TWILIO_* credentials")
    return _run("real Twilio", ["fetch", *sids], dict(os.environ))


def _mock() -> int:
    print("No TWILIO_* credentials: starting Prism, the mock server built from our spec")
    with running_prism(log_level="warn") as url:
        env = {
            **os.environ,
            "TWILIO_ACCOUNT_SID": MOCK_ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": MOCK_AUTH_TOKEN,
            "TWILIO_PROXY_BASE_URL": url,
        }
        print(f"Prism is serving openapi/message_interaction.yaml at {url}")
        fetched = _run("the spec's example, through the wrapper", ["fetch", *MOCK_SIDS], env)
        bad = [*MOCK_SIDS[:3], "KI../../Accounts"]
        refused = _run("a malformed SID: refused before any request", ["fetch", *bad], env)
    print("\nPrism stopped.")
    # The demo passes when the fetch worked and the bad SID got the bad-input exit code.
    return 0 if fetched == 0 and refused == 2 else 1


def main() -> int:
    """Run the demo against real Twilio when configured, else against Prism."""
    has_token = os.environ.get("TWILIO_ACCOUNT_SID") and os.environ.get("TWILIO_AUTH_TOKEN")
    has_key = os.environ.get("TWILIO_API_KEY") and os.environ.get("TWILIO_API_SECRET")
    return _real_twilio() if has_token or has_key else _mock()


if __name__ == "__main__":
    sys.exit(main())
