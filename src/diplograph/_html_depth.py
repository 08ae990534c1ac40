"""Deeply nested HTML: measure the nesting, and flatten layout wrappers so the text survives.

libxml2 (under lxml, under trafilatura) stops building the tree at 255 levels of
elements, so a page whose article sits inside 300 nested ``<div>``s comes back without
text. Such pages exist (generated layouts, broken templates, hostile input). When the
extractor finds nothing, the page's depth is measured; past the parser's limit, layout
tags (every tag but a few structural and text-block ones) are dropped, keeping all their
text, and extraction is tried once more. Both steps are one linear scan over the tags.
"""

from __future__ import annotations

import re

# libxml2's default limit on element depth (XML_PARSE_HUGE lifts it; lxml's HTML parser
# used by trafilatura does not set it).
PARSER_DEPTH = 255

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Elements whose end tag may be left out: the parser closes them itself, so an unclosed
# run of them is not nesting.
_IMPLIED = frozenset(["p", "li", "dt", "dd", "tr", "td", "th", "option"])
# Tags kept when flattening: the document's frame, text blocks, line breaks and metadata.
_KEEP = frozenset(
    [
        "html",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "body",
        "p",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "time",
        "script",
        "style",
    ]
)


def nesting_depth(html: str) -> int:
    """The deepest element nesting of ``html`` (unclosed tags count as still open)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or name in _IMPLIED or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def flatten_layout(html: str) -> str:
    """``html`` without layout tags (``div``, ``span``, ``section``, tables, lists, ...):
    their text stays where it was, block wrappers become line breaks."""

    def keep(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        if name in _KEEP:
            return m.group(0)
        return "\n" if name in _BLOCKS else ""

    return _TAG.sub(keep, html)


_BLOCKS = frozenset(
    [
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "table",
        "tr",
        "td",
        "th",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "center",
    ]
)

__all__ = ["PARSER_DEPTH", "flatten_layout", "nesting_depth"]
