from enum import StrEnum


class ServiceGeoMatchLevel(StrEnum):
    AREA_CODE = "area-code"
    COUNTRY = "country"
    OVERLAY = "overlay"
    RADIUS = "radius"

    def __str__(self) -> str:
        return str(self.value)
