"""Contains all the data models used in inputs/outputs"""

from .create_message_interaction_request import CreateMessageInteractionRequest
from .create_participant_request import CreateParticipantRequest
from .create_phone_number_request import CreatePhoneNumberRequest
from .create_service_request import CreateServiceRequest
from .create_session_request import CreateSessionRequest
from .interaction import Interaction
from .interaction_callback import InteractionCallback
from .interaction_page import InteractionPage
from .interaction_resource_status import InteractionResourceStatus
from .interaction_type import InteractionType
from .intercept_callback import InterceptCallback
from .message_interaction import MessageInteraction
from .message_interaction_page import MessageInteractionPage
from .message_interaction_resource_status import MessageInteractionResourceStatus
from .message_interaction_type import MessageInteractionType
from .out_of_session_answer import OutOfSessionAnswer
from .out_of_session_callback import OutOfSessionCallback
from .page_meta import PageMeta
from .participant import Participant
from .participant_links import ParticipantLinks
from .participant_page import ParticipantPage
from .phone_number_capabilities import PhoneNumberCapabilities
from .phone_number_page import PhoneNumberPage
from .phone_number_resource import PhoneNumber
from .service import Service
from .service_geo_match_level import ServiceGeoMatchLevel
from .service_links import ServiceLinks
from .service_number_selection_behavior import ServiceNumberSelectionBehavior
from .service_page import ServicePage
from .session import Session
from .session_links import SessionLinks
from .session_mode import SessionMode
from .session_page import SessionPage
from .session_status import SessionStatus
from .twilio_error import TwilioError
from .twilio_error_details import TwilioErrorDetails
from .update_phone_number_request import UpdatePhoneNumberRequest
from .update_service_request import UpdateServiceRequest
from .update_session_request import UpdateSessionRequest

__all__ = (
    "CreateMessageInteractionRequest",
    "CreateParticipantRequest",
    "CreatePhoneNumberRequest",
    "CreateServiceRequest",
    "CreateSessionRequest",
    "Interaction",
    "InteractionCallback",
    "InteractionPage",
    "InteractionResourceStatus",
    "InteractionType",
    "InterceptCallback",
    "MessageInteraction",
    "MessageInteractionPage",
    "MessageInteractionResourceStatus",
    "MessageInteractionType",
    "OutOfSessionAnswer",
    "OutOfSessionCallback",
    "PageMeta",
    "Participant",
    "ParticipantLinks",
    "ParticipantPage",
    "PhoneNumber",
    "PhoneNumberCapabilities",
    "PhoneNumberPage",
    "Service",
    "ServiceGeoMatchLevel",
    "ServiceLinks",
    "ServiceNumberSelectionBehavior",
    "ServicePage",
    "Session",
    "SessionLinks",
    "SessionMode",
    "SessionPage",
    "SessionStatus",
    "TwilioError",
    "TwilioErrorDetails",
    "UpdatePhoneNumberRequest",
    "UpdateServiceRequest",
    "UpdateSessionRequest",
)
