"""A client library for accessing Twilio Proxy Message Interaction"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
