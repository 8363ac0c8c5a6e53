from enum import StrEnum


class SessionStatus(StrEnum):
    CLOSED = "closed"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    OPEN = "open"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
