"""The ``twilio-proxy`` command line: one subcommand per operation, JSON on stdout.

Every subcommand is a `Command` in ``COMMANDS``: its name, the SIDs it takes
as positional arguments (checked before any Client exists, so a typo is a
bad-input error even without credentials), any options of its own, and a
``run`` function that calls the client and prints. The options every
subcommand shares (host, timeout, retries, --verbose) come from one parent
parser, so a new subcommand gets them by being listed. Failures print one line
on stderr and exit with the code of their family (``EXIT_*``).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence

from ._client import Client
from ._config import DEFAULT_MAX_RETRIES
from ._exceptions import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    InvalidArgumentError,
    InvalidSidError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TwilioProxyError,
)
from ._sids import check_sid
from ._version import __version__

PROG = "twilio-proxy"

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
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C

_EXIT_CODES: tuple[tuple[type[TwilioProxyError] | tuple[type[TwilioProxyError], ...], int], ...] = (
    ((InvalidSidError, InvalidArgumentError, ConfigurationError), EXIT_BAD_INPUT),
    (MissingCredentialsError, EXIT_CREDENTIALS),
    ((AuthenticationError, PermissionDeniedError), EXIT_AUTH),
    (NotFoundError, EXIT_NOT_FOUND),
    (RateLimitError, EXIT_RATE_LIMIT),
    (ServerError, EXIT_SERVER),
    (APIConnectionError, EXIT_NETWORK),
)

CREDENTIAL_VARIABLES = (
    "TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET"
    " (an API key, SK…)"
)


@dataclasses.dataclass(frozen=True)
class Sid:
    """A SID taken as a positional argument: its client keyword, prefix and metavar."""

    name: str
    prefix: str
    metavar: str


SERVICE_SID = Sid("service_sid", "KS", "SERVICE_SID")
SESSION_SID = Sid("session_sid", "KC", "SESSION_SID")
PARTICIPANT_SID = Sid("participant_sid", "KP", "PARTICIPANT_SID")
INTERACTION_SID = Sid("sid", "KI", "SID")


def _no_options(parser: argparse.ArgumentParser) -> None:
    """A subcommand with only the shared options."""


@dataclasses.dataclass(frozen=True)
class Command:
    """One subcommand.

    ``run(client, sids, args)`` gets the checked SIDs keyed by their client
    keyword, prints its result on stdout, and lets TwilioProxyError out (main
    turns it into one stderr line and an exit code). ``add_options`` adds the
    subcommand's own options (their argparse ``type=`` does any checking).
    """

    name: str
    help: str
    sids: tuple[Sid, ...]
    run: Callable[[Client, Mapping[str, str], argparse.Namespace], None]
    add_options: Callable[[argparse.ArgumentParser], None] = _no_options


def print_json(value: object, *, indent: int | None = None) -> None:
    """Print *value* as JSON on stdout (one line unless *indent* is given), flushed.

    Flushed at once, so a command that prints one object per line streams them.
    """
    print(json.dumps(value, indent=indent), flush=True)


def _fetch(client: Client, sids: Mapping[str, str], args: argparse.Namespace) -> None:
    interaction = client.fetch_message_interaction(
        service_sid=sids["service_sid"],
        session_sid=sids["session_sid"],
        participant_sid=sids["participant_sid"],
        sid=sids["sid"],
    )
    print_json(interaction.to_dict(), indent=2)


def _list(client: Client, sids: Mapping[str, str], args: argparse.Namespace) -> None:
    # One JSON object a line, printed as each page arrives.
    for interaction in client.list_message_interactions(
        service_sid=sids["service_sid"],
        session_sid=sids["session_sid"],
        participant_sid=sids["participant_sid"],
        page_size=args.page_size,
        limit=args.limit,
    ):
        print_json(interaction.to_dict())


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--page-size", type=int, help="interactions per request (1 to 1000)")
    parser.add_argument("--limit", type=int, help="stop after this many interactions")


def _create(client: Client, sids: Mapping[str, str], args: argparse.Namespace) -> None:
    interaction = client.create_message_interaction(
        service_sid=sids["service_sid"],
        session_sid=sids["session_sid"],
        participant_sid=sids["participant_sid"],
        body=args.body,
        media_url=args.media_url,
    )
    print_json(interaction.to_dict(), indent=2)


def _create_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--body", help="the message to send")
    parser.add_argument(
        "--media-url", action="append", metavar="URL", help="a media URL to send (repeatable)"
    )


COMMANDS: tuple[Command, ...] = (
    Command(
        name="fetch",
        help="fetch one message interaction and print it as JSON",
        sids=(SERVICE_SID, SESSION_SID, PARTICIPANT_SID, INTERACTION_SID),
        run=_fetch,
    ),
    Command(
        name="list",
        help="list a participant's message interactions, one JSON object a line",
        sids=(SERVICE_SID, SESSION_SID, PARTICIPANT_SID),
        run=_list,
        add_options=_list_options,
    ),
    Command(
        name="create",
        help="send a message to a participant (never retried once sent); print it as JSON",
        sids=(SERVICE_SID, SESSION_SID, PARTICIPANT_SID),
        run=_create,
        add_options=_create_options,
    ),
)


def _shared_options() -> argparse.ArgumentParser:
    """The options of every subcommand, as a parent parser."""
    shared = argparse.ArgumentParser(add_help=False)
    group = shared.add_argument_group("connection options (every subcommand)")
    group.add_argument("--base-url", help="another host, e.g. a local mock server")
    group.add_argument("--region", help="Twilio region, e.g. ie1")
    group.add_argument("--edge", help="Twilio edge location, e.g. dublin")
    group.add_argument("--timeout", type=float, help="seconds for each request")
    group.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULT_MAX_RETRIES,
        help=f"retries of failed requests (default {DEFAULT_MAX_RETRIES})",
    )
    group.add_argument("-v", "--verbose", action="store_true", help="log each request to stderr")
    return shared


def build_parser(commands: Sequence[Command] | None = None) -> argparse.ArgumentParser:
    """The top-level parser, with one subparser per command (default: ``COMMANDS``)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Twilio Proxy Message Interactions from the command line; results are "
        f"JSON on stdout. Credentials come from the environment: {CREDENTIAL_VARIABLES}.",
        epilog="Exit codes: 0 ok, 1 other error, 2 bad input, 3 credentials, "
        "4 authentication/permission, 5 not found, 6 rate limited, 7 server error, "
        "8 network, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(dest="command_name", metavar="COMMAND", required=True)
    shared = _shared_options()
    for command in COMMANDS if commands is None else commands:
        sub = subparsers.add_parser(
            command.name, parents=[shared], help=command.help, description=command.help
        )
        for sid in command.sids:
            sub.add_argument(sid.name, metavar=sid.metavar, help=f"{sid.prefix}…")
        command.add_options(sub)
        sub.set_defaults(command=command, command_parser=sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    Usage errors, ``--help`` and ``--version`` exit through argparse's SystemExit.
    """
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `twilio-proxy list … | head`: the reader left; stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps exit-time flush quiet
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    args, unrecognized = build_parser().parse_known_args(argv)
    if unrecognized:
        # A subparser hands what it does not know to the top-level parser, whose
        # usage would not show the subcommand's arguments: report it here instead.
        sub: argparse.ArgumentParser = args.command_parser
        sub.error(f"unrecognized arguments: {' '.join(unrecognized)}")
    command: Command = args.command
    with _verbose(args.verbose):
        try:
            # Bad input is reported as such even when credentials are missing too.
            sids = {
                sid.name: check_sid(getattr(args, sid.name), argument=sid.name, prefix=sid.prefix)
                for sid in command.sids
            }
            with Client(
                base_url=args.base_url,
                region=args.region,
                edge=args.edge,
                timeout=args.timeout,
                max_retries=args.max_retries,
                user_agent_extra="cli",
            ) as client:
                command.run(client, sids, args)
        except TwilioProxyError as exc:
            print(f"{PROG}: {type(exc).__name__}: {_message(exc)}", file=sys.stderr)
            return exit_code(exc)
    return EXIT_OK


def exit_code(exc: TwilioProxyError) -> int:
    """The exit code of *exc*'s family."""
    return next((code for kinds, code in _EXIT_CODES if isinstance(exc, kinds)), EXIT_OTHER)


def _message(exc: TwilioProxyError) -> str:
    if isinstance(exc, MissingCredentialsError) and exc.variables:
        return credentials_message(exc, os.environ)
    return str(exc)


def credentials_message(exc: MissingCredentialsError, environ: Mapping[str, str]) -> str:
    """What a command-line user must set: environment variables, not ``account_sid=``.

    The command passes no credentials of its own, so a variable named by *exc*
    is either unset (missing) or set to something malformed.
    """
    unset = [name for name in exc.variables if not environ.get(name)]
    malformed = [name for name in exc.variables if environ.get(name)]
    if unset:
        plural = "s" if len(unset) > 1 else ""
        return (
            f"Twilio credentials are missing: set the environment variable{plural} "
            f"{' and '.join(unset)}. Credentials are {CREDENTIAL_VARIABLES}."
        )
    # The library's reason reads "<argument> (or $VARIABLE) is malformed: expected …"
    # and never holds the value itself; keep the "expected …" part.
    _, found, reason = str(exc).partition(" is malformed: ")
    detail = f": {reason}" if found else ""
    names = " and ".join(malformed)
    if len(malformed) > 1:
        return f"The environment variables {names} are malformed{detail}"
    return f"The environment variable {names} is malformed{detail}"


@contextlib.contextmanager
def _verbose(enabled: bool) -> Iterator[None]:
    """--verbose: our DEBUG lines (each request, each retry) on stderr; put back afterwards.

    Without it nothing is configured: the ``twilio_proxy`` logger has a
    NullHandler, so stdout holds only the result and stderr only a failure.
    """
    if not enabled:
        yield
        return
    logger = logging.getLogger("twilio_proxy")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
