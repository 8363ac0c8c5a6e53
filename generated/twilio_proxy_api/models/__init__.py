"""Contains all the data models used in inputs/outputs"""

from .create_message_interaction_request import CreateMessageInteractionRequest
from .message_interaction import MessageInteraction
from .message_interaction_page import MessageInteractionPage
from .message_interaction_resource_status import MessageInteractionResourceStatus
from .message_interaction_type import MessageInteractionType
from .page_meta import PageMeta
from .twilio_error import TwilioError
from .twilio_error_details import TwilioErrorDetails

__all__ = (
    "CreateMessageInteractionRequest",
    "MessageInteraction",
    "MessageInteractionPage",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "PageMeta",
    "TwilioError",
    "TwilioErrorDetails",
)
