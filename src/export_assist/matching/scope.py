"""Who may see and change which buyers: each tenant's private directory plus one shared
public directory that only curators (admins, the operator's CLI) write. Pure rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PUBLIC = ""  # the owner value of the shared public directory (tenants are never blank)
Directory = Literal["private", "public"]


def directory_of(owner: str) -> Directory:
    """'public' for the shared directory, 'private' for a tenant's own buyers."""
    return "public" if owner == PUBLIC else "private"


@dataclass(frozen=True)
class BuyerScope:
    """The caller's view of the directory: its tenant, and whether it curates public."""

    tenant: str
    curator: bool = False

    @classmethod
    def operator(cls) -> BuyerScope:
        """The operator at the command line: the public directory, curating it."""
        return cls(PUBLIC, curator=True)

    @property
    def owners(self) -> tuple[str, ...]:
        """The owners whose buyers this scope sees: the public directory and its tenant."""
        return (PUBLIC,) if self.tenant == PUBLIC else (PUBLIC, self.tenant)

    def sees(self, owner: str) -> bool:
        """Whether a buyer of this owner is visible (anything else reads as not found)."""
        return owner in self.owners

    def may_write(self, owner: str) -> bool:
        """Whether a buyer of this owner may be created, changed or deleted."""
        return owner == self.tenant if owner != PUBLIC else self.curator

    def owner_for(self, directory: Directory) -> str:
        """The owner that new rows in the chosen directory get."""
        return PUBLIC if directory == "public" else self.tenant
