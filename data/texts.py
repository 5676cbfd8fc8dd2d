"""The document's recurring patterns and the one way text is shortened, in one place.

Every module that reads a year, meets a photo credit or cuts a line to fit imports it from
here, so the yearbook's conventions are written down once.
"""

from __future__ import annotations

from data.lazyre import lazy_regex

# Chinese characters, as a regex class body: the CJK blocks the yearbook is printed in.
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# A year of the yearbook's era, as a regex fragment (no group): 1990年, 2020年.
YEAR = r"(?:19|20)\d{2}"
# Words for "now" (现在, 如今, 而今, 眼下): the running total asked, no kind or place.
NOW_ZH = r"现在|目前|如今|而今|现今|眼下|当下|当前"

# A photo's credit at the end of a caption, "（园区新闻中心  供稿）" (full- or half-width
# brackets); group 1 is who supplied it.
PHOTO_CREDIT = lazy_regex(r"\s*[（(]([^（）()]{1,40}?)\s*供稿\s*[）)]\s*$")

# A fund manager's trade words after its brand, as a regex fragment (元禾辰坤 + 股权投资基金
# 管理中心, 元禾原点 + 创业投资管理): what people leave out when they name it.
FUND_TRADE = r"(?:创业|股权)?投资(?:基金)?管理"
# A name written in Latin letters, capitalised and not an acronym (PraxisAuril; not PCT), as
# a regex fragment.
LATIN_NAME_SHAPE = r"[A-Z][a-z]{2,}[A-Za-z]*"

ELLIPSIS = "…"


def uncredited(text: str) -> str:
    """``text`` without a trailing photo credit."""
    return PHOTO_CREDIT.sub("", text)


def ellipsize(text: str, limit: int) -> str:
    """``text`` if it fits in ``limit`` characters, else its start and "…" (``limit`` in
    all, no space before the ellipsis)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS
