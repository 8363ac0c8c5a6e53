"""The ``twilio-proxy`` command line: ``twilio-proxy <resource> <verb> <SIDs…> [--option value]…``.

Built from the spec's operation table (``twilio_proxy_api``, rendered by
``make generate``): one subcommand per resource, one per verb under it, its
path SIDs as positional arguments and its query and form fields as options
(``UniqueName`` is ``--unique-name``; a list field is repeated). Every
argument is checked, with the option names in the message, before a Client
exists, so a typo is a bad-input error even without credentials. Results are
JSON on stdout (a list one object a line, as pages arrive; a delete prints
nothing); failures are one line on stderr and an exit code per family
(``EXIT_*``). ``fetch``/``list``/``create`` of the first release stay, as
message interactions.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import logging
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from twilio_proxy_api import RESOURCES

from ._arguments import prepare
from ._client import Client
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_TIMEOUT,
    check_retries,
    resolve_base_url,
    resolve_timeout,
)
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
from ._operation import BOOL, DATETIME, ENUM, INT, JSON_TEXT, NUMBER, PATH, Operation, Param
from ._pages import page_size_for
from ._version import __version__

PROG = "twilio-proxy"
FAKE_CONTROL = "/fake-proxy/"

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
# The first release's commands: message interactions without the resource word.
LEGACY = {"fetch": "fetch", "list": "list", "create": "create"}
LEGACY_RESOURCE = "message_interactions"


def command_name(resource: str) -> str:
    """``message_interactions`` as typed on the command line: ``message-interactions``."""
    return resource.replace("_", "-")


def option_name(param: Param) -> str:
    """How an argument is named on the command line: ``--unique-name``, or ``SERVICE_SID``."""
    if param.where == PATH:
        return param.name.upper()
    return "--" + param.name.replace("_", "-")


def operation_for(resource: str, verb: str) -> Operation[Any]:
    """The spec's operation for *verb* on *resource* (its module imported now)."""
    info = RESOURCES[resource]
    module = importlib.import_module(f"twilio_proxy_api.{info.module}")
    found: Operation[Any] = getattr(module, info.verbs[verb])
    return found


def _json_object(text: str) -> dict[str, object]:
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError('expected a JSON object, e.g. \'{"Identifier": "+1…"}\'')
    return value


def _boolean(text: str) -> bool:
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    raise argparse.ArgumentTypeError("expected true or false")


def _datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            "expected an ISO 8601 date-time with an offset, e.g. 2026-12-31T18:00:00Z"
        )
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected an integer") from None


def _port(text: str) -> int:
    port = _integer(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("expected a port from 0 to 65535")
    return port


_TYPES: dict[str, Any] = {
    INT: _integer,
    NUMBER: float,
    BOOL: _boolean,
    DATETIME: _datetime,
    JSON_TEXT: _json_object,
}


def _add_operation(sub: argparse.ArgumentParser, operation: Operation[Any]) -> None:
    for param in operation.params:
        text = param.help or param.wire
        if param.where == PATH:
            if param.unique_name:
                text += " (a SID, or the unique name)"
            sub.add_argument(param.name, metavar=option_name(param), help=text)
            continue
        options: dict[str, Any] = {"dest": param.name, "help": text}
        if param.required:
            options["help"] = "required: " + text
        if param.kind in _TYPES:
            options["type"] = _TYPES[param.kind]
        if param.kind == ENUM and param.enum is not None:
            options["choices"] = [str(member.value) for member in param.enum]
        if param.many:
            options["action"] = "append"
            options["help"] += " (repeat for more)"
        metavar = param.name.upper()
        sub.add_argument(option_name(param), metavar=metavar, **options)
    if operation.verb == "list":
        sub.add_argument("--page-size", type=_integer, help="items per request (1 to 1000)")
        sub.add_argument("--limit", type=_integer, help="stop after this many items")


def _shared_options() -> argparse.ArgumentParser:
    """The options of every command, as a parent parser."""
    shared = argparse.ArgumentParser(add_help=False)
    group = shared.add_argument_group("connection options (every command)")
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


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; the verbs of resource *chosen* (a command name) are filled in.

    Only the chosen resource's module is imported: the others' commands are
    listed with their help, which the index holds.
    """
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The Twilio Proxy v1 API from the command line; results are JSON on "
        f"stdout. Credentials come from the environment: {CREDENTIAL_VARIABLES}.",
        epilog="Exit codes: 0 ok, 1 other error, 2 bad input, 3 credentials, "
        "4 authentication/permission, 5 not found, 6 rate limited, 7 server error, "
        "8 network, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="resource_command", metavar="COMMAND", required=True)
    shared = _shared_options()
    for resource, info in RESOURCES.items():
        name = command_name(resource)
        sub = commands.add_parser(name, help=info.help, description=info.help)
        if chosen != name:
            continue
        verbs = sub.add_subparsers(dest="verb", metavar="VERB", required=True)
        for verb in info.verbs:
            operation = operation_for(resource, verb)
            help_text = operation.summary
            if operation.method == "POST" and verb == "create":
                help_text += " Never retried once it may have reached Twilio."
            leaf = verbs.add_parser(verb, parents=[shared], help=help_text, description=help_text)
            _add_operation(leaf, operation)
            leaf.set_defaults(resource=resource, operation=operation, command_parser=leaf)
    for legacy, verb in LEGACY.items():
        help_text = f"{command_name(LEGACY_RESOURCE)} {verb} (the first release's command)"
        sub = commands.add_parser(legacy, parents=[shared], help=help_text, description=help_text)
        if chosen == legacy:
            operation = operation_for(LEGACY_RESOURCE, verb)
            _add_operation(sub, operation)
            sub.set_defaults(resource=LEGACY_RESOURCE, operation=operation, command_parser=sub)
    fake = commands.add_parser(
        "fake",
        help="serve an embedded Twilio Proxy for tests until interrupted",
        description="Serve an embedded Twilio Proxy (state in memory, Proxy's rules) for apps "
        "and tests in other processes, until interrupted. Prints TWILIO_PROXY_BASE_URL=, "
        "TWILIO_ACCOUNT_SID= and TWILIO_AUTH_TOKEN= lines for them; a control API for "
        f"inbound messages, the clock and the messages sent is under {FAKE_CONTROL}.",
    )
    fake.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    fake.add_argument("--port", type=_port, default=0, help="port to listen on (0: a free one)")
    fake.set_defaults(command_parser=fake, serve_fake=True)
    return parser


def _chosen(argv: Sequence[str]) -> str | None:
    """The command word: the first argument that is not an option."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def print_json(value: object, *, indent: int | None = None) -> None:
    """Print *value* as JSON on stdout (one line unless *indent* is given), flushed.

    Flushed at once, so a list streams one object a line as pages arrive. Text
    the stream cannot carry (😀 or Cyrillic redirected to a cp1252 or ASCII
    file) is written with JSON's escapes: the same JSON, never a traceback.
    """
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(value, indent=indent, ensure_ascii=True)
    print(text, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code.

    Usage errors, ``--help`` and ``--version`` exit through argparse's SystemExit.
    """
    try:
        return _main(sys.argv[1:] if argv is None else list(argv))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `twilio-proxy … list … | head`: the reader left; stop quietly, as Unix tools do.
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:
        # stdout cannot be written (a full disk, /dev/full): one line, not a traceback.
        _quiet_stdout()
        print(f"{PROG}: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_OTHER


def _quiet_stdout() -> None:
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps exit-time flush quiet


def _main(argv: list[str]) -> int:
    args, unrecognized = build_parser(_chosen(argv)).parse_known_args(argv)
    sub: argparse.ArgumentParser | None = getattr(args, "command_parser", None)
    if sub is None:  # pragma: no cover - argparse requires a verb first
        return EXIT_BAD_INPUT
    if unrecognized:
        # A subparser hands what it does not know to the top-level parser, whose
        # usage would not show the command's arguments: report it here instead.
        sub.error(f"unrecognized arguments: {' '.join(unrecognized)}")
    if getattr(args, "serve_fake", False):
        return _serve_fake(args.host, args.port)
    operation: Operation[Any] = args.operation
    arguments = {p.name: getattr(args, p.name) for p in operation.params}
    with _verbose(args.verbose):
        try:
            # Every argument checked before a Client exists: bad input is reported
            # as such even when the credentials are missing too.
            _check_connection(args)
            prepare(operation, arguments, secrets=_environment_secrets(), name=option_name)
            size = (None, None)
            if operation.verb == "list":
                size = (args.page_size, args.limit)
                _check_paging(*size)
            _run(args, operation, arguments, size)
        except TwilioProxyError as exc:
            print(f"{PROG}: {type(exc).__name__}: {_message(exc)}", file=sys.stderr)
            return exit_code(exc)
    return EXIT_OK


def _serve_fake(host: str, port: int) -> int:
    """``twilio-proxy fake``: an embedded Proxy until interrupted (Ctrl-C or SIGTERM: exit 0)."""
    import signal
    import threading

    from .testing import FakeProxy  # loaded for this command only

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    proxy = FakeProxy(host=host, port=port)
    try:
        proxy.start()
    except OSError as exc:  # the address is taken, or not this machine's
        print(f"{PROG}: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        print(f"TWILIO_PROXY_BASE_URL={proxy.base_url}", flush=True)
        print(f"TWILIO_ACCOUNT_SID={proxy.account_sid}", flush=True)
        print(f"TWILIO_AUTH_TOKEN={proxy.auth_token}", flush=True)
        print(f"{PROG}: serving a fake Twilio Proxy until interrupted", file=sys.stderr)
        threading.Event().wait()  # until a signal ends it
    except KeyboardInterrupt:
        pass
    finally:
        proxy.stop()
    return EXIT_OK


def _check_connection(args: argparse.Namespace) -> None:
    """The connection options as a Client would check them, named as options."""
    try:
        resolve_base_url(region=args.region, edge=args.edge, base_url=args.base_url)
        if args.timeout is not None:
            resolve_timeout(args.timeout)
        check_retries(args.max_retries, DEFAULT_RETRY_TIMEOUT)
    except ConfigurationError as exc:
        problem = str(exc)
    else:
        return
    # The message starts with the setting it is about ("timeout must be …"):
    # name the option, when the option gave it (TWILIO_REGION may have instead).
    setting = problem.split(" ", 1)[0]
    if getattr(args, setting, None) is not None:
        problem = "--" + setting.replace("_", "-") + problem[len(setting) :]
    raise ConfigurationError(problem)


def _check_paging(page_size: int | None, limit: int | None) -> None:
    try:
        page_size_for(page_size, limit)
    except InvalidArgumentError as exc:
        problem = str(exc)
        argument = exc.argument or ""
    else:
        return
    option = "--" + argument.replace("_", "-")
    raise InvalidArgumentError(problem.replace(argument, option, 1), argument=argument)


def _run(
    args: argparse.Namespace,
    operation: Operation[Any],
    arguments: Mapping[str, object],
    size: tuple[int | None, int | None],
) -> None:
    with Client(
        base_url=args.base_url,
        region=args.region,
        edge=args.edge,
        timeout=args.timeout,
        max_retries=args.max_retries,
        user_agent_extra="cli",
    ) as client:
        if operation.verb == "list":
            runner = client._runner  # the CLI runs operations as the resources do
            items = runner.items(operation, arguments, None, page_size=size[0], limit=size[1])
            for item in items:
                print_json(item.to_dict())
            return
        result = client._runner.call(operation, arguments, None)
        if result is not None:
            print_json(result.to_dict(), indent=2)


def _environment_secrets() -> tuple[str, ...]:
    """The secrets the environment holds: never echoed, even pasted where a SID goes."""
    names = ("TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET")
    return tuple(value for name in names if len(value := os.environ.get(name, "")) >= 8)


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
