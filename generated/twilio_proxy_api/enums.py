"""Every enum of the spec: the values an argument takes, and those Twilio documents in answers.

Rendered from the spec by openapi-python-client with openapi/templates: do not
edit. ``make generate`` rewrites it; ``make check-generated`` fails when it
differs from the spec.
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
    """The status of an Interaction's inbound or outbound resource (Call or Message).
    Twilio may add values: in an answer, a value outside this list is read as a plain
    string."""

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
    """The kind of interaction. Twilio may add values: in an answer, a value outside this
    list is read as a plain string."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


class MessageInteractionResourceStatus(StrEnum):
    """The status of the inbound or outbound resource. Twilio may add values: a value
    outside this list is read as a plain string."""

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
    """The kind of interaction. Twilio may add values: a value outside this list is read as
    a plain string (see the `anyOf` where it is used)."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


class ServiceGeoMatchLevel(StrEnum):
    """Where a proxy number must be located relative to the participant identifier. Twilio
    may add values: in an answer, a value outside this list is read as a plain string."""

    AREA_CODE = "area-code"
    OVERLAY = "overlay"
    RADIUS = "radius"
    COUNTRY = "country"


class ServiceNumberSelectionBehavior(StrEnum):
    """How Proxy selects a proxy number for a participant. Twilio may add values: in an
    answer, a value outside this list is read as a plain string."""

    AVOID_STICKY = "avoid-sticky"
    PREFER_STICKY = "prefer-sticky"


class SessionMode(StrEnum):
    """The kinds of interaction a Session allows. Twilio may add values: in an answer, a
    value outside this list is read as a plain string."""

    MESSAGE_ONLY = "message-only"
    VOICE_ONLY = "voice-only"
    VOICE_AND_MESSAGE = "voice-and-message"


class SessionStatus(StrEnum):
    """The status of a Session. Twilio may add values: in an answer, a value outside this
    list is read as a plain string."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"
    FAILED = "failed"
    UNKNOWN = "unknown"
