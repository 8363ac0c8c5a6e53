"""The spec's resources, as plain code: results, operations, resource classes.

Each resource's module is imported on first use (``RESOURCES`` says which
module holds what), so importing this package costs almost nothing.

Emitted from the spec by openapi/emit.py: do not edit. ``make generate``
rewrites it; ``make check-generated`` fails when it differs from the spec.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Resource(NamedTuple):
    """One resource: its module, result class and operation constant per verb."""

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
"""Every resource by its client attribute (``client.services``) and CLI name."""

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
