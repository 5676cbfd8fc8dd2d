"""The bundled document: the SIP 2020 yearbook's science-and-technology chapter."""

from pathlib import Path

BUNDLED_DOCUMENT = Path(__file__).parent / "sip-2020-science.txt"
