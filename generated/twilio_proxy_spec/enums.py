"""Every enum of the spec.

Emitted from the spec by openapi/emit.py: do not edit. ``make generate``
rewrites it; ``make check-generated`` fails when it differs from the spec.
"""

from enum import StrEnum

__all__ = [
    "InteractionResourceStatus",
    "InteractionType",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "ServiceGeoMatchLevel",
    "ServiceNumberSelectionBehavior",
    "SessionMode",
    "SessionStatus",
]


class InteractionResourceStatus(StrEnum):
    """InteractionResourceStatus: one of the spec's values (Twilio may add more)."""

    ACCEPTED = "accepted"
    ANSWERED = "answered"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    DELIVERED = "delivered"
    DELIVERY_UNKNOWN = "delivery-unknown"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INITIATED = "initiated"
    NO_ANSWER = "no-answer"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RINGING = "ringing"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"


class InteractionType(StrEnum):
    """InteractionType: one of the spec's values (Twilio may add more)."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


class MessageInteractionResourceStatus(StrEnum):
    """MessageInteractionResourceStatus: one of the spec's values (Twilio may add more)."""

    ACCEPTED = "accepted"
    ANSWERED = "answered"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    DELIVERED = "delivered"
    DELIVERY_UNKNOWN = "delivery-unknown"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INITIATED = "initiated"
    NO_ANSWER = "no-answer"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RINGING = "ringing"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"


class MessageInteractionType(StrEnum):
    """MessageInteractionType: one of the spec's values (Twilio may add more)."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


class ServiceGeoMatchLevel(StrEnum):
    """ServiceGeoMatchLevel: one of the spec's values (Twilio may add more)."""

    AREA_CODE = "area-code"
    OVERLAY = "overlay"
    RADIUS = "radius"
    COUNTRY = "country"


class ServiceNumberSelectionBehavior(StrEnum):
    """ServiceNumberSelectionBehavior: one of the spec's values (Twilio may add more)."""

    AVOID_STICKY = "avoid-sticky"
    PREFER_STICKY = "prefer-sticky"


class SessionMode(StrEnum):
    """SessionMode: one of the spec's values (Twilio may add more)."""

    MESSAGE_ONLY = "message-only"
    VOICE_ONLY = "voice-only"
    VOICE_AND_MESSAGE = "voice-and-message"


class SessionStatus(StrEnum):
    """SessionStatus: one of the spec's values (Twilio may add more)."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"
    FAILED = "failed"
    UNKNOWN = "unknown"
