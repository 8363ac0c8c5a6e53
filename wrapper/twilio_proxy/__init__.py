"""twilio_proxy: fetch Twilio Proxy Message Interactions, safely.

    from twilio_proxy import Client

    with Client() as client:  # TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN from the environment
        mi = client.fetch_message_interaction(
            service_sid="KS…", session_sid="KC…", participant_sid="KP…", sid="KI…"
        )

Every public name is listed in ``__all__`` below; everything else is private.
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidSidError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TwilioProxyError,
)
from ._models import APIResponse, MessageInteraction
from ._version import __version__

if TYPE_CHECKING:
    from twilio_proxy_api.models.message_interaction_resource_status import (
        MessageInteractionResourceStatus,
    )
    from twilio_proxy_api.models.message_interaction_type import MessageInteractionType

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
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


def __getattr__(name: str) -> Any:
    # The generated enums load on first use, so `import twilio_proxy` stays fast.
    if name == "MessageInteractionType":
        from twilio_proxy_api.models.message_interaction_type import MessageInteractionType

        return MessageInteractionType
    if name == "MessageInteractionResourceStatus":
        from twilio_proxy_api.models.message_interaction_resource_status import (
            MessageInteractionResourceStatus,
        )

        return MessageInteractionResourceStatus
    raise AttributeError(f"module 'twilio_proxy' has no attribute {name!r}")
