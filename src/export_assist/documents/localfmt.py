"""Numbers, money, weights, dates and country names as the document's language writes
them (babel, CLDR data): 7,800.00 in English is 7.800,00 in German."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent, get_currency_precision

from export_assist.translation.termbase import Term

# Weights and quantities print up to three decimals without trailing zeros, so 234 kg is
# "234 kg" everywhere and never the ambiguous "234.000 kg" (234 thousand to a German).
_QTY = "#,##0.###"
_NO_SPACE = frozenset({"ja", "zh-Hans"})


@lru_cache(maxsize=16)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


class Fmt:
    """Formatting for one document language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = _locale(lang)

    def money(self, value: Decimal | int, currency: str | None = None, *, of: str = "") -> str:
        """An amount with its currency's decimals, the ISO currency code first when given
        (`of` names the currency without printing it): USD 7,800.00 but JPY 1,000,000, as
        yen has no minor unit (ISO 4217); a yen amount with a fraction keeps it."""
        amount, code = Decimal(value), currency or of
        digits = get_currency_precision(code) if code else 2
        if digits == 0 and amount != amount.to_integral_value():
            digits = 2
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        number = format_decimal(amount, pattern, locale=self.locale)
        return f"{currency} {number}" if currency else number

    def qty(self, value: Decimal | int) -> str:
        """A quantity: integers plain, fractions with up to three decimals."""
        return format_decimal(Decimal(value), _QTY, locale=self.locale)

    def count(self, value: int, term: Term) -> str:
        """A number of things in the language's grammatical number: "1 carton", "2 cartons";
        Japanese and Chinese write the counter word straight after the number (24カートン)."""
        space = "" if self.lang in _NO_SPACE else " "
        return f"{self.qty(value)}{space}{term.counted(self.lang, self.locale.plural_form(value))}"

    def weight(self, kg: Decimal | int) -> str:
        """A weight in kilograms."""
        return f"{self.qty(kg)} kg"

    def percent(self, value: int) -> str:
        """A whole percentage as the language writes it (30 %, 30%)."""
        return format_percent(Decimal(value) / 100, locale=self.locale)

    def date(self, value: dt.date) -> str:
        """A date spelled out, so day and month cannot be swapped (10. März 2025)."""
        return format_date(value, "long", locale=self.locale)

    def country(self, code: str) -> str:
        """A country's name in the language (ISO code when CLDR has none)."""
        return str(self.locale.territories.get(code.upper(), code.upper()))
