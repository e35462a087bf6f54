"""QR codes for phones, drawn on the server as SVG (no JavaScript, no external service)."""

from functools import lru_cache

import segno


# A page's QR code never changes and took half of its render time (segno picks the best of 8
# masks): keep the last few thousand in memory.
@lru_cache(maxsize=4096)
def qr_svg(url: str, title: str = "扫一扫在手机打开当前页") -> str:
    """An inline <svg> element encoding `url`, with an accessible title."""
    return segno.make(url, error="m").svg_inline(scale=4, border=2, title=title, svgclass="qr")
