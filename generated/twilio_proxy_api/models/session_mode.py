from enum import StrEnum


class SessionMode(StrEnum):
    MESSAGE_ONLY = "message-only"
    VOICE_AND_MESSAGE = "voice-and-message"
    VOICE_ONLY = "voice-only"

    def __str__(self) -> str:
        return str(self.value)
