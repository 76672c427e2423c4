"""Corporate-number (法人番号) details: the number's check digit and the registered facts."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


def corporate_number_ok(number: str) -> bool:
    """True when the 13-digit corporate number's check digit (the first digit) is right.

    National Tax Agency rule: check = 9 - (sum of P_n * Q_n, n = 1..12 from the right,
    Q_n = 1 for odd n and 2 for even n) mod 9.
    """
    if len(number) != 13 or not number.isdigit():
        return False
    base = number[1:]
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), 1))
    return int(number[0]) == 9 - total % 9


class CompanyDetails(BaseModel):
    """The applicant's registered details (from the corporate-number site or typed in)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    corporate_number: str | None = Field(default=None, description="13 digits")
    name: str | None = Field(default=None, max_length=300)
    address: str | None = Field(default=None, max_length=300)
    representative: str | None = Field(default=None, max_length=100)
    established: str | None = Field(
        default=None, max_length=20, description="設立年月, e.g. 2001-04"
    )
    contact_email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)

    @field_validator("corporate_number")
    @classmethod
    def _number(cls, v: str | None) -> str | None:
        if v is None:
            return v
        digits = v.replace("-", "").replace(" ", "")
        if not corporate_number_ok(digits):
            raise ValueError("not a valid 13-digit corporate number (check digit does not match)")
        return digits
