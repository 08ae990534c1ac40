"""Server-side drawings: the events-per-month bar chart and the network layout.

Why on the server: the workbench must work offline and without a CDN, and an
SVG built from numbers (never from article text, which the templates escape)
needs no JavaScript at all.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

CHART_WIDTH, CHART_HEIGHT = 720, 180
MAX_MONTHS = 120


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out: list[str] = []
    while (y, m) <= (ly, lm) and len(out) < 10_000:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def month_bars(per_month: list[tuple[str, int]]) -> dict[str, Any]:
    """Bars for consecutive months (gaps filled with zero), the last ``MAX_MONTHS`` at most."""
    valid = [
        (m, n)
        for m, n in per_month
        if len(m) == 7 and m[:4].isdigit() and m[5:7].isdigit() and 1 <= int(m[5:7]) <= 12
    ]
    if not valid:
        return {"bars": [], "width": CHART_WIDTH, "height": CHART_HEIGHT, "max": 0}
    counts = dict(valid)
    months = _months_between(valid[0][0], valid[-1][0])[-MAX_MONTHS:]
    top = max(counts.get(m, 0) for m in months) or 1
    plot_h = CHART_HEIGHT - 30
    step = CHART_WIDTH / len(months)
    bars = []
    for i, month in enumerate(months):
        n = counts.get(month, 0)
        h = plot_h * n / top
        bars.append(
            {
                "month": month,
                "count": n,
                "x": round(i * step + step * 0.1, 2),
                "y": round(plot_h - h + 4, 2),
                "w": round(max(step * 0.8, 1.0), 2),
                "h": round(h, 2),
                "label": month if (i % max(1, len(months) // 8) == 0) else "",
                "label_x": round(i * step, 2),
            }
        )
    return {"bars": bars, "width": CHART_WIDTH, "height": CHART_HEIGHT, "max": top}


def _seed(node_id: str) -> tuple[float, float]:
    h = hashlib.blake2b(node_id.encode(), digest_size=8).digest()
    return (int.from_bytes(h[:4], "big") / 2**32, int.from_bytes(h[4:], "big") / 2**32)


def layout(
    nodes: list[dict[str, Any]],
    links: list[dict[str, Any]],
    *,
    width: float = 900,
    height: float = 620,
    iterations: int = 80,
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions, deterministic (seeded by node id), inside the box."""
    ids = [n["id"] for n in nodes]
    if not ids:
        return {}
    pos = {i: [(_seed(i)[0] - 0.5) * width, (_seed(i)[1] - 0.5) * height] for i in ids}
    k = math.sqrt(width * height / len(ids)) * 0.75
    edges = [(lk["source"], lk["target"]) for lk in links if lk["source"] in pos]
    temp = width / 8
    for _ in range(iterations):
        disp = {i: [0.0, 0.0] for i in ids}
        for a_i, a in enumerate(ids):
            pa = pos[a]
            for b in ids[a_i + 1 :]:
                pb = pos[b]
                dx, dy = pa[0] - pb[0], pa[1] - pb[1]
                d2 = dx * dx + dy * dy + 0.01
                f = k * k / d2
                disp[a][0] += dx * f
                disp[a][1] += dy * f
                disp[b][0] -= dx * f
                disp[b][1] -= dy * f
        for a, b in edges:
            if b not in pos:
                continue
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.sqrt(dx * dx + dy * dy) + 0.01
            f = d / k
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for i in ids:
            dx, dy = disp[i]
            # a gentle pull to the centre keeps unconnected nodes on the canvas
            dx -= pos[i][0] * 0.05
            dy -= pos[i][1] * 0.05
            d = math.sqrt(dx * dx + dy * dy) + 0.01
            step = min(d, temp)
            pos[i][0] += dx / d * step
            pos[i][1] += dy / d * step
        temp = max(temp * 0.95, 1.0)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    margin = 40
    return {
        i: (
            round(margin + (p[0] - min(xs)) / span_x * (width - 2 * margin), 1),
            round(margin + (p[1] - min(ys)) / span_y * (height - 2 * margin), 1),
        )
        for i, p in pos.items()
    }


KIND_COLOURS = {
    "country": "#7b3294",
    "region": "#1b7837",
    "city": "#5aae61",
    "person": "#2166ac",
    "org": "#b2182b",
    "event": "#e08214",
}


def network_svg_data(graph: dict[str, Any]) -> dict[str, Any]:
    """Positions, colours and sizes for the network template."""
    pos = layout(graph["nodes"], graph["links"])
    nodes = []
    for n in graph["nodes"]:
        x, y = pos[n["id"]]
        kind = n.get("kind", "")
        nodes.append(
            {
                **n,
                "x": x,
                "y": y,
                "r": round(4 + min(10.0, math.sqrt(n.get("degree", 1)) * 1.6), 1),
                "colour": KIND_COLOURS.get(kind, "#666666"),
                "show_label": kind != "event" or n.get("degree", 0) > 6,
            }
        )
    lines = [
        {
            "x1": pos[lk["source"]][0],
            "y1": pos[lk["source"]][1],
            "x2": pos[lk["target"]][0],
            "y2": pos[lk["target"]][1],
            "source": lk["source"],
            "target": lk["target"],
            "kind": lk.get("kind", ""),
        }
        for lk in graph["links"]
    ]
    return {"nodes": nodes, "lines": lines, "width": 900, "height": 620, "colours": KIND_COLOURS}
