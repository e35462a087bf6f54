"""`{% download_formats as formats %}`: the formats a disclosure page offers, from the export registry."""

from django import template

from luoshi.publish import exports

register = template.Library()


@register.simple_tag
def download_formats():
    return [(e.extension, e.label) for e in exports.listed()]
