"""pycountry's ISO 3166 names in every language it ships: its GNU .mo catalogues read
directly, and its "Name, Type" / "Name (qualifier)" spellings cut into the forms a text uses.

Why apart: the catalogues are a third of the build's sources and their binary format
and naming quirks have nothing to do with the curated language files.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Iterable

import pycountry


def _read_mo(path: str) -> dict[str, str]:
    """msgid -> msgstr of a GNU .mo file (the documented binary format), translated only.

    Parsed directly rather than through gettext.GNUTranslations: the build reads ~300
    catalogues and the struct-based table walk is several times faster.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">"
    _rev, count, orig_off, trans_off = struct.unpack(endian + "4I", data[4:20])
    origs = struct.unpack_from(endian + f"{2 * count}I", data, orig_off)
    trans = struct.unpack_from(endian + f"{2 * count}I", data, trans_off)
    out: dict[str, str] = {}
    for i in range(count):
        olen, ooff = origs[2 * i], origs[2 * i + 1]
        tlen, toff = trans[2 * i], trans[2 * i + 1]
        if not olen or not tlen:
            continue
        msgid = data[ooff : ooff + olen]
        if b"\x00" in msgid or b"\x04" in msgid:  # plural forms or contexts: unused here
            continue
        msgstr = data[toff : toff + tlen].decode("utf-8", "replace")
        key = msgid.decode("utf-8", "replace")
        if msgstr and msgstr != key:
            out[key] = msgstr
    return out


def _catalogues(domain: str) -> Iterable[tuple[str, dict[str, str]]]:
    """(locale, msgid -> msgstr) for every locale pycountry ships for ``domain``."""
    root = pycountry.LOCALES_DIR
    for locale in sorted(os.listdir(root)):
        path = os.path.join(root, locale, "LC_MESSAGES", f"{domain}.mo")
        if os.path.isfile(path):
            yield locale, _read_mo(path)


def _iso_name_forms(name: str) -> list[str]:
    """pycountry writes "Adygeya, Respublika" and "Bolivia (Plurinational State of)"."""
    if "," not in name and "(" not in name and "[" not in name and "/" not in name:
        return [name]
    name = re.sub(r"\s*[\(\[].*?[\)\]]\s*", " ", name).strip()
    forms = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        forms = [head, f"{tail} {head}"]
    if "/" in name:
        forms.extend(p.strip() for p in name.split("/") if p.strip())
    return [f for f in forms if f]
