"""索引号 (index numbers) from an organization's template: a pure builder, no Django.

There is no national format (`H081/2023-74516`, `000014349/2017-00110`, four- and six-part local
schemes), so each organization keeps a template; `{code}/{year}-{serial:05d}` is the default.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

FIELDS = ("code", "year", "serial")
DEFAULT_TEMPLATE = "{code}/{year}-{serial:05d}"


class IndexNumberError(ValueError):
    """The template or its values cannot make an index number; the message names the field."""


@dataclass(frozen=True)
class IndexNumber:
    template: str
    code: str
    year: int
    serial: int

    def validate(self) -> None:
        """Refuse a template that is malformed, names unknown fields or leaves out `{serial}`
        (without it every number of a year would be the same), and values it cannot use."""
        try:
            parsed = list(string.Formatter().parse(self.template))
        except ValueError as e:
            raise IndexNumberError(f"索引号模板 {self.template!r}: {e}") from None
        names = [name for _, name, _, _ in parsed if name is not None]
        unknown = [n for n in names if n not in FIELDS]
        if unknown:
            raise IndexNumberError(
                f"索引号模板 {self.template!r}: unknown field {{{unknown[0]}}}; use {', '.join('{%s}' % f for f in FIELDS)}"
            )
        if "serial" not in names:
            raise IndexNumberError(f"索引号模板 {self.template!r}: must contain {{serial}}")
        if "code" in names and not self.code.strip():
            raise IndexNumberError("索引号前缀 (code): the organization has none and its template uses {code}")
        if not 1 <= self.serial:
            raise IndexNumberError(f"serial {self.serial}: must be 1 or more")
        if not 1900 <= self.year <= 2100:
            raise IndexNumberError(f"year {self.year}: out of range")
        try:
            self.template.format(code=self.code, year=self.year, serial=self.serial)
        except (ValueError, KeyError, IndexError) as e:
            raise IndexNumberError(f"索引号模板 {self.template!r}: {e}") from None

    def __str__(self) -> str:
        self.validate()
        value = self.template.format(code=self.code.strip(), year=self.year, serial=self.serial)
        if len(value) > 100:
            raise IndexNumberError(f"索引号 {value!r}: longer than 100 characters")
        return value


def build(template: str, code: str, year: int, serial: int) -> str:
    """The index number for these values, or IndexNumberError naming what is wrong."""
    return str(IndexNumber(template or DEFAULT_TEMPLATE, code or "", year, serial))
