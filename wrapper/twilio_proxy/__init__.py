"""twilio_proxy: the Twilio Proxy v1 API, safely.

    from twilio_proxy import Client

    with Client() as client:  # TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN from the environment
        service = client.services.fetch(sid="KS…")

The result types (``Service``, ``Session``, ..., and their enums) are rendered
from the spec (``twilio_proxy_api``) and loaded on first use. Every public
name is listed in ``__all__`` below; everything else is private, but for one
public module: ``twilio_proxy.webhooks`` receives Proxy's callbacks
(``validate_signature``, ``InteractionCallback``, ``InterceptCallback``,
``OutOfSessionCallback``, ``out_of_session_answer``; its own ``__all__`` lists
them).
"""

import logging
from typing import TYPE_CHECKING

import twilio_proxy_api as _api

from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    EventLoopError,
    InvalidArgumentError,
    InvalidCallbackError,
    InvalidSidError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TwilioProxyError,
)
from ._response import APIResponse
from ._version import __version__

# A library is silent unless the app configures logging.
logging.getLogger("twilio_proxy").addHandler(logging.NullHandler())

if TYPE_CHECKING:
    # The spec's result classes and enums, for type checkers; at run time
    # __getattr__ below imports each on first use.
    from twilio_proxy_api import *  # noqa: F403


def __getattr__(name: str) -> object:
    """A result class or enum of the spec, imported on first use."""
    if name not in _api.EXPORTS:
        raise AttributeError(f"module 'twilio_proxy' has no attribute {name!r}")
    value: object = getattr(_api, name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "EventLoopError",
    "InvalidArgumentError",
    "InvalidCallbackError",
    "InvalidSidError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "TwilioProxyError",
    "__version__",
    *_api.EXPORTS,
]
