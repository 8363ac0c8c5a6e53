"""Contains all the data models used in inputs/outputs"""

from .message_interaction import MessageInteraction
from .message_interaction_resource_status import MessageInteractionResourceStatus
from .message_interaction_type import MessageInteractionType
from .twilio_error import TwilioError
from .twilio_error_details import TwilioErrorDetails

__all__ = (
    "MessageInteraction",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "TwilioError",
    "TwilioErrorDetails",
)
