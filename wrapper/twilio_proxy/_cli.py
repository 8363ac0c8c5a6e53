"""The ``twilio-proxy`` command: fetch one interaction and print it as JSON."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Iterator, Sequence

from ._client import Client
from ._exceptions import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    InvalidSidError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TwilioProxyError,
)

# One exit code per family of failure, so scripts can branch on it.
EXIT_OK = 0
EXIT_OTHER = 1
EXIT_BAD_INPUT = 2  # also argparse's own code for a usage error
EXIT_CREDENTIALS = 3
EXIT_AUTH = 4
EXIT_NOT_FOUND = 5
EXIT_RATE_LIMIT = 6
EXIT_SERVER = 7
EXIT_NETWORK = 8

_EXIT_CODES: tuple[tuple[type[TwilioProxyError] | tuple[type[TwilioProxyError], ...], int], ...] = (
    ((InvalidSidError, ConfigurationError), EXIT_BAD_INPUT),
    (MissingCredentialsError, EXIT_CREDENTIALS),
    ((AuthenticationError, PermissionDeniedError), EXIT_AUTH),
    (NotFoundError, EXIT_NOT_FOUND),
    (RateLimitError, EXIT_RATE_LIMIT),
    (ServerError, EXIT_SERVER),
    (APIConnectionError, EXIT_NETWORK),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twilio-proxy",
        description="Fetch a Twilio Proxy Message Interaction and print it as JSON. "
        "Credentials: TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + "
        "TWILIO_API_SECRET.",
        epilog="Exit codes: 0 ok, 1 other error, 2 bad input, 3 credentials, "
        "4 authentication/permission, 5 not found, 6 rate limited, 7 server error, 8 network.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    fetch = commands.add_parser("fetch", help="fetch one message interaction")
    fetch.add_argument("service_sid", metavar="SERVICE_SID", help="KS…")
    fetch.add_argument("session_sid", metavar="SESSION_SID", help="KC…")
    fetch.add_argument("participant_sid", metavar="PARTICIPANT_SID", help="KP…")
    fetch.add_argument("sid", metavar="SID", help="KI…")
    fetch.add_argument("--base-url", help="another host, e.g. a local mock server")
    fetch.add_argument("--region", help="Twilio region, e.g. ie1")
    fetch.add_argument("--edge", help="Twilio edge location, e.g. dublin")
    fetch.add_argument("--timeout", type=float, help="seconds for each request")
    fetch.add_argument("--max-retries", type=int, default=2, help="retries of failed requests")
    fetch.add_argument("-v", "--verbose", action="store_true", help="log each request to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _parser().parse_args(argv)
    with _logging(verbose=args.verbose):
        return _fetch(args)


@contextlib.contextmanager
def _logging(*, verbose: bool) -> Iterator[None]:
    """--verbose: our DEBUG lines on stderr. Otherwise: keep stamina's own retry warning quiet.

    Everything is put back afterwards, so main() can run inside another program.
    """
    ours, stamina_log = logging.getLogger("twilio_proxy"), logging.getLogger("stamina")
    saved = (ours.level, stamina_log.propagate)
    handler: logging.Handler
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        ours.addHandler(handler)
        ours.setLevel(logging.DEBUG)
        target = ours
    else:
        # our INFO line already says it; without --verbose, stdout/stderr hold only the result
        handler = logging.NullHandler()
        stamina_log.addHandler(handler)
        stamina_log.propagate = False
        target = stamina_log
    try:
        yield
    finally:
        target.removeHandler(handler)
        ours.setLevel(saved[0])
        stamina_log.propagate = saved[1]


def _fetch(args: argparse.Namespace) -> int:
    try:
        with Client(
            base_url=args.base_url,
            region=args.region,
            edge=args.edge,
            timeout=args.timeout,
            max_retries=args.max_retries,
            user_agent_extra="cli",
        ) as client:
            interaction = client.fetch_message_interaction(
                service_sid=args.service_sid,
                session_sid=args.session_sid,
                participant_sid=args.participant_sid,
                sid=args.sid,
            )
    except TwilioProxyError as exc:
        print(f"twilio-proxy: {type(exc).__name__}: {exc}", file=sys.stderr)
        return next((code for kinds, code in _EXIT_CODES if isinstance(exc, kinds)), EXIT_OTHER)
    print(json.dumps(interaction.to_dict(), indent=2))
    return EXIT_OK
