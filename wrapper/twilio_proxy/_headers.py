"""Headers: an answer's headers as one case-insensitive ``Mapping[str, str]`` on every transport."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive headers; a repeated header's values are joined with ", ".

    Built from the transport's raw pairs and indexed on first use, so an
    answer whose headers are never read costs nothing.
    """

    __slots__ = ("_index", "_raw")

    def __init__(self, raw: Sequence[tuple[bytes, bytes]]) -> None:
        self._raw = raw
        self._index: dict[str, tuple[str, str]] | None = None

    @classmethod
    def of(cls, items: Iterable[tuple[str, str]]) -> Headers:
        """Headers from (name, value) strings."""
        return cls([(name.encode("latin-1"), value.encode("latin-1")) for name, value in items])

    def _indexed(self) -> dict[str, tuple[str, str]]:
        index = self._index
        if index is None:
            pairs = [(n.decode("latin-1"), v.decode("latin-1")) for n, v in self._raw]
            index = {name.lower(): (name, value) for name, value in pairs}
            if len(index) != len(pairs):  # a repeated header: join its values
                index = {}
                for name, value in pairs:
                    key = name.lower()
                    if key in index:
                        index[key] = (index[key][0], f"{index[key][1]}, {value}")
                    else:
                        index[key] = (name, value)
            self._index = index
        return index

    def mentions(self, needles: tuple[bytes, ...]) -> bool:
        """Whether any raw value holds one of *needles* (a scan without indexing)."""
        for _, value in self._raw:
            for needle in needles:
                if needle in value:
                    return True
        return False

    def __getitem__(self, name: str) -> str:
        return self._indexed()[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._indexed()

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._indexed().values())

    def __len__(self) -> int:
        return len(self._indexed())

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"

    def __getstate__(self) -> Sequence[tuple[bytes, bytes]]:
        return self._raw

    def __setstate__(self, state: Sequence[tuple[bytes, bytes]]) -> None:
        self._raw = state
        self._index = None
