"""Flatten the cards' decorative SVG into a few plain paths, ahead of time.

    .venv/bin/python scripts/flatten_card_art.py          # rewrite the flat art
    .venv/bin/python scripts/flatten_card_art.py --check  # exit 1 if it is out of date

The art is drawn by hand in templates under each theme's `art/` folder, out of small
shapes reused with `<use>` and transforms (a wreath is one leaf, turned 70 times). That
is pleasant to edit but slow to print: WeasyPrint parses, styles and draws every node,
each with its own transform, and the Potpourri wreath alone is some 600 of them. This
script reads each piece once with svgelements, applies every transform (circles and
ellipses keep the exact curves WeasyPrint draws for them), and joins shapes that share a
paint into one path, but only where joining cannot change what prints: a shape joins an
earlier path only when nothing painted between them touches it, and shapes that overlap
join only when their paint is an opaque fill, unstroked, with the same winding (so the
union looks as the pile did). The output is plain SVG, written next to the templates that
include it. svgelements is a development dependency only: cards never run this script.
"""

from __future__ import annotations

import argparse
import io
import itertools
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path as FilePath

ROOT = FilePath(__file__).resolve().parent.parent
THEMES = ROOT / "onward" / "templates" / "notes" / "cards" / "themes"


@dataclass(frozen=True)
class Piece:
    theme: str
    name: str  # art/<name>.html is drawn, <name>.html is written
    uses_defs: bool = True  # art/defs.html holds the shapes it reuses


PIECES = (
    Piece("potpourri", "wreath"),
    Piece("potpourri", "petals"),
    Piece("potpourri", "posy"),
    Piece("chalkboard", "specks", uses_defs=False),
)


@dataclass(frozen=True)
class Paint:
    fill: str
    fill_opacity: str
    stroke: str
    stroke_opacity: str
    stroke_width: str
    linecap: str
    linejoin: str
    dasharray: str

    @property
    def opaque(self) -> bool:
        return float(self.fill_opacity) == 1 and float(self.stroke_opacity) == 1

    def attributes(self) -> str:
        parts = [f'fill="{self.fill}"']
        if float(self.fill_opacity) != 1:
            parts.append(f'fill-opacity="{self.fill_opacity}"')
        if self.stroke != "none":
            parts.append(f'stroke="{self.stroke}" stroke-width="{self.stroke_width}"')
            if float(self.stroke_opacity) != 1:
                parts.append(f'stroke-opacity="{self.stroke_opacity}"')
            for name, value, default in (
                ("stroke-linecap", self.linecap, "butt"),
                ("stroke-linejoin", self.linejoin, "miter"),
                ("stroke-dasharray", self.dasharray, "none"),
            ):
                if value != default:
                    parts.append(f'{name}="{value}"')
        return " ".join(parts)


Box = tuple[float, float, float, float]


@dataclass
class Shape:
    paint: Paint
    data: str
    box: Box
    winding: int  # +1 or -1: the sign of the outline's area


@dataclass
class Joined:
    paint: Paint
    shapes: list[Shape] = field(default_factory=list)


def number(value: float) -> str:
    # A hundredth of a unit is about a hundredth of a point on every card.
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def touch(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def draw(piece: Piece) -> str:
    """The piece's SVG as the templates render it, with its defs, in its own coordinates."""
    from django.template.loader import render_to_string

    folder = f"notes/cards/themes/{piece.theme}/art"
    context = {"p": "art"}
    defs = render_to_string(f"{folder}/defs.html", context) if piece.uses_defs else ""
    body = render_to_string(f"{folder}/{piece.name}.html", context)
    return f'<svg xmlns="http://www.w3.org/2000/svg">{defs}{body}</svg>'


def shapes(svg_text: str) -> list[Shape]:
    import svgelements as se

    found = []
    for element in se.SVG.parse(io.StringIO(svg_text)).elements():
        if not isinstance(element, se.Shape):
            continue
        if float(element.values.get("opacity", 1)) != 1:
            # Group opacity blends the group as one: keep it outside the flattened piece.
            raise SystemExit(f"{element}: put opacity around the piece, not in it")
        matrix = element.transform
        segments = [moved(segment, matrix) for segment in outline(element)]
        data = path_data(segments)
        # A stroke scales with its transform, as the renderer would have scaled it.
        width = float(element.stroke_width or 0) * math.sqrt(abs(matrix.determinant))
        found.append(Shape(paint(element, width), data, box(segments, width), winding(segments)))
    return found


def outline(element: object) -> list[object]:
    """The element's outline in its own coordinates, as WeasyPrint itself draws it."""
    import svgelements as se

    if isinstance(element, se.Ellipse | se.Circle):
        # WeasyPrint draws an ellipse as four curves with handles r/sqrt(pi) long (a
        # touch rounder than a true ellipse); the flat art keeps that exact shape.
        cx, cy, rx, ry = element.cx, element.cy, element.rx, element.ry
        kx, ky = rx / math.sqrt(math.pi), ry / math.sqrt(math.pi)
        p = se.Point
        start = p(cx + rx, cy)
        corners = [
            (p(cx + rx, cy + ky), p(cx + kx, cy + ry), p(cx, cy + ry)),
            (p(cx - kx, cy + ry), p(cx - rx, cy + ky), p(cx - rx, cy)),
            (p(cx - rx, cy - ky), p(cx - kx, cy - ry), p(cx, cy - ry)),
            (p(cx + kx, cy - ry), p(cx + rx, cy - ky), start),
        ]
        segments: list[object] = [se.Move(start, start)]
        previous = start
        for c1, c2, end in corners:
            segments.append(se.CubicBezier(previous, c1, c2, end))
            previous = end
        segments.append(se.Close(start, start))
        return segments
    if isinstance(element, se.Path):
        path = se.Path(element)
        path.transform.reset()
        path.approximate_arcs_with_cubics()
        return list(path)
    raise SystemExit(f"{element}: only paths, circles and ellipses can be flattened")


def moved(segment: object, matrix: object) -> object:
    import svgelements as se

    if isinstance(segment, se.Move | se.Close | se.Line):
        return type(segment)(
            segment.start * matrix if segment.start else None, segment.end * matrix
        )
    if isinstance(segment, se.CubicBezier):
        return se.CubicBezier(
            segment.start * matrix,
            segment.control1 * matrix,
            segment.control2 * matrix,
            segment.end * matrix,
        )
    if isinstance(segment, se.QuadraticBezier):
        return se.QuadraticBezier(
            segment.start * matrix, segment.control * matrix, segment.end * matrix
        )
    raise SystemExit(f"Unexpected path segment {segment!r}")


def paint(element: object, width: float) -> Paint:
    values = element.values  # type: ignore[attr-defined]
    fill, stroke = element.fill, element.stroke  # type: ignore[attr-defined]
    has_stroke = stroke is not None and stroke.value is not None and width > 0
    return Paint(
        fill=fill.hexrgb if fill is not None and fill.value is not None else "none",
        fill_opacity=number(float(values.get("fill-opacity", 1))),
        stroke=stroke.hexrgb if has_stroke else "none",
        stroke_opacity=number(float(values.get("stroke-opacity", 1))),
        stroke_width=number(width) if has_stroke else "0",
        linecap=values.get("stroke-linecap", "butt"),
        linejoin=values.get("stroke-linejoin", "miter"),
        dasharray=values.get("stroke-dasharray", "none"),
    )


def path_data(segments: list[object]) -> str:
    import svgelements as se

    parts = []
    for segment in segments:
        if isinstance(segment, se.Move):
            parts.append(f"M{number(segment.end.x)} {number(segment.end.y)}")
        elif isinstance(segment, se.Close):
            parts.append("Z")
        elif isinstance(segment, se.Line):
            parts.append(f"L{number(segment.end.x)} {number(segment.end.y)}")
        elif isinstance(segment, se.CubicBezier):
            points = (segment.control1, segment.control2, segment.end)
            parts.append("C" + " ".join(f"{number(p.x)} {number(p.y)}" for p in points))
        elif isinstance(segment, se.QuadraticBezier):
            points = (segment.control, segment.end)
            parts.append("Q" + " ".join(f"{number(p.x)} {number(p.y)}" for p in points))
    return "".join(parts)


def box(segments: list[object], width: float) -> Box:
    # Control points bound a curve, so their box bounds the outline (and half the stroke).
    points = [p for segment in segments for p in corners(segment) if p is not None]
    xs, ys = [p.x for p in points], [p.y for p in points]
    pad = width / 2 + 0.5
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def corners(segment: object) -> list[object]:
    bpoints = getattr(segment, "bpoints", None)
    return list(bpoints()) if bpoints else [segment.end]  # type: ignore[attr-defined]


def winding(segments: list[object]) -> int:
    area = 0.0
    for segment in segments:
        if segment.start is None or segment.end is None:
            continue
        points = [segment.point(t / 8) for t in range(9)]
        for a, b in itertools.pairwise(points):
            area += a.x * b.y - b.x * a.y
    return 1 if area >= 0 else -1


def join(found: list[Shape]) -> list[Joined]:
    joined: list[Joined] = []
    for shape in found:
        target = next(
            (i for i in range(len(joined) - 1, -1, -1) if joined[i].paint == shape.paint), None
        )
        if target is not None and can_join(shape, joined[target], joined[target + 1 :]):
            joined[target].shapes.append(shape)
        else:
            joined.append(Joined(shape.paint, [shape]))
    return joined


def can_join(shape: Shape, group: Joined, painted_since: list[Joined]) -> bool:
    if any(touch(shape.box, other.box) for later in painted_since for other in later.shapes):
        return False
    for other in group.shapes:
        if not touch(shape.box, other.box):
            continue
        # Overlaps within one path are drawn once: fine for an opaque fill when both
        # outlines wind the same way (the other way cuts a hole). Strokes that run side
        # by side would lose the darker edge their two passes give them, so they don't.
        if not shape.paint.opaque or shape.paint.stroke != "none":
            return False
        if shape.winding != other.winding:
            return False
    return True


def flat(piece: Piece) -> str:
    joined = join(shapes(draw(piece)))
    source = f"themes/{piece.theme}/art/{piece.name}.html"
    lines = [
        f"{{% comment %}}Made by scripts/flatten_card_art.py from {source}: "
        "edit that, then run the script.{% endcomment %}"
    ]
    for group in joined:
        data = "".join(shape.data for shape in group.shapes)
        lines.append(f'<path d="{data}" {group.paint.attributes()}/>')
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale flat art")
    check = parser.parse_args().check
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
    import django

    django.setup()
    stale = []
    for piece in PIECES:
        target = THEMES / piece.theme / f"{piece.name}.html"
        text = flat(piece)
        if target.exists() and target.read_text() == text:
            continue
        stale.append(target.relative_to(ROOT))
        if not check:
            target.write_text(text)
    for name in stale:
        print(f"{'out of date' if check else 'wrote'}: {name}")
    if check and stale:
        sys.exit(1)


if __name__ == "__main__":
    main()
