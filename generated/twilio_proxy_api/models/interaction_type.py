from enum import StrEnum


class InteractionType(StrEnum):
    MESSAGE = "message"
    UNKNOWN = "unknown"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)
