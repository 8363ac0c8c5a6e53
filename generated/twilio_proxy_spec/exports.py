"""Every result class and enum in one module (for type checkers and star imports).

Emitted from the spec by openapi/emit.py: do not edit. ``make generate``
rewrites it; ``make check-generated`` fails when it differs from the spec.
"""

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

__all__ = [
    "Interaction",
    "InteractionResourceStatus",
    "InteractionType",
    "MessageInteraction",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "Participant",
    "PhoneNumber",
    "Service",
    "ServiceGeoMatchLevel",
    "ServiceNumberSelectionBehavior",
    "Session",
    "SessionMode",
    "SessionStatus",
]
