"""twilio_proxy: Twilio Proxy Message Interactions, safely.

    from twilio_proxy import Client

    with Client() as client:  # TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN from the environment
        mi = client.fetch_message_interaction(
            service_sid="KS…", session_sid="KC…", participant_sid="KP…", sid="KI…"
        )

The result types (``MessageInteraction`` and its enums) are generated from the
spec (``twilio_proxy_api``) and used as they are. Every public name is listed
in ``__all__`` below; everything else is private, but for one public module:
``twilio_proxy.webhooks`` receives Proxy's callbacks (``validate_signature``,
``InteractionCallback``, ``InterceptCallback``, ``OutOfSessionCallback``,
``out_of_session_answer``; its own ``__all__`` lists them).
"""

import logging

from twilio_proxy_api.models.message_interaction_resource_status import (
    MessageInteractionResourceStatus,
)
from twilio_proxy_api.models.message_interaction_type import MessageInteractionType
from twilio_proxy_api.typed import MessageInteraction

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
    "MessageInteraction",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "TwilioProxyError",
    "__version__",
]
