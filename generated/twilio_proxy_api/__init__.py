"""Twilio Proxy v1: the package ``make generate`` renders from the spec, under twilio_proxy.

Apps import ``twilio_proxy``, which builds on this package: its index is here
(``RESOURCES`` for the command line, ``EXPORTS`` for the result classes and
enums ``twilio_proxy`` exports); each resource's module is imported on first
use, so importing this package costs almost nothing.

Rendered from the spec by openapi-python-client with openapi/templates: do not
edit. ``make generate`` rewrites it; ``make check-generated`` fails when it
differs from the spec.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from .enums import (
        InteractionResourceStatus,
        InteractionType,
        MessageInteractionResourceStatus,
        MessageInteractionType,
        ServiceGeoMatchLevel,
        ServiceNumberSelectionBehavior,
        SessionMode,
        SessionStatus,
    )
    from .interactions import Interaction
    from .message_interactions import MessageInteraction
    from .participants import Participant
    from .phone_numbers import PhoneNumber
    from .services import Service
    from .sessions import Session


class Resource(NamedTuple):
    """One resource: its module, result class, operation constant per verb, and help."""

    module: str
    result: str
    verbs: dict[str, str]
    help: str


RESOURCES: Final[dict[str, Resource]] = {
    "services": Resource(
        module="services",
        result="Service",
        verbs={
            "list": "LIST_SERVICE",
            "create": "CREATE_SERVICE",
            "fetch": "FETCH_SERVICE",
            "update": "UPDATE_SERVICE",
            "delete": "DELETE_SERVICE",
        },
        help="A Proxy Service: the top-level scope of Sessions and of the Proxy Number pool.",
    ),
    "sessions": Resource(
        module="sessions",
        result="Session",
        verbs={
            "list": "LIST_SESSION",
            "create": "CREATE_SESSION",
            "fetch": "FETCH_SESSION",
            "update": "UPDATE_SESSION",
            "delete": "DELETE_SESSION",
        },
        help="A Proxy Session: one instance of two Participants communicating.",
    ),
    "participants": Resource(
        module="participants",
        result="Participant",
        verbs={
            "list": "LIST_PARTICIPANT",
            "create": "CREATE_PARTICIPANT",
            "fetch": "FETCH_PARTICIPANT",
            "delete": "DELETE_PARTICIPANT",
        },
        help="A Proxy Participant: one individual communicating in a Session (at most two per Session).",
    ),
    "message_interactions": Resource(
        module="message_interactions",
        result="MessageInteraction",
        verbs={
            "list": "LIST_MESSAGE_INTERACTION",
            "create": "CREATE_MESSAGE_INTERACTION",
            "fetch": "FETCH_MESSAGE_INTERACTION",
        },
        help="One message that passed through a Proxy Session.",
    ),
    "interactions": Resource(
        module="interactions",
        result="Interaction",
        verbs={
            "list": "LIST_INTERACTION",
            "fetch": "FETCH_INTERACTION",
            "delete": "DELETE_INTERACTION",
        },
        help="One call or message that passed through a Proxy Session, between its Participants.",
    ),
    "phone_numbers": Resource(
        module="phone_numbers",
        result="PhoneNumber",
        verbs={
            "list": "LIST_PHONE_NUMBER",
            "create": "CREATE_PHONE_NUMBER",
            "fetch": "FETCH_PHONE_NUMBER",
            "update": "UPDATE_PHONE_NUMBER",
            "delete": "DELETE_PHONE_NUMBER",
        },
        help="A Phone Number of a Service's Proxy Number pool.",
    ),
}
"""Every resource by its client attribute (``client.services``) and command-line name."""

EXPORTS: Final[dict[str, str]] = {
    "Service": "services",
    "Session": "sessions",
    "Participant": "participants",
    "MessageInteraction": "message_interactions",
    "Interaction": "interactions",
    "PhoneNumber": "phone_numbers",
    "InteractionResourceStatus": "enums",
    "InteractionType": "enums",
    "MessageInteractionResourceStatus": "enums",
    "MessageInteractionType": "enums",
    "ServiceGeoMatchLevel": "enums",
    "ServiceNumberSelectionBehavior": "enums",
    "SessionMode": "enums",
    "SessionStatus": "enums",
}
"""Every result class and enum, by the module that holds it."""


def __getattr__(name: str) -> object:
    """A result class or enum, its module imported on first use."""
    module = EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


# What ``from twilio_proxy_api import *`` gives: the result classes and enums.
__all__ = [
    "Service",
    "Session",
    "Participant",
    "MessageInteraction",
    "Interaction",
    "PhoneNumber",
    "InteractionResourceStatus",
    "InteractionType",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "ServiceGeoMatchLevel",
    "ServiceNumberSelectionBehavior",
    "SessionMode",
    "SessionStatus",
]
