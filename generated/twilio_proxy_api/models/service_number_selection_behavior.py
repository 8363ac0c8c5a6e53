from enum import StrEnum


class ServiceNumberSelectionBehavior(StrEnum):
    AVOID_STICKY = "avoid-sticky"
    PREFER_STICKY = "prefer-sticky"

    def __str__(self) -> str:
        return str(self.value)
