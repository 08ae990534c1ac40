"""Evidence highlighting: a text cut into plain and highlighted pieces.

Why pieces rather than HTML: templates escape every piece and wrap the
highlighted ones, so a document's text never reaches a page unescaped.
"""

from __future__ import annotations


def highlight_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Text cut into [(piece, highlighted)] by merged, clipped character spans."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in merged:
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out
