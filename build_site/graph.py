"""Build-time layouts for the SVG graphs: plain coordinates, drawn by the templates.

The full graph is radial: topics on a circle grouped by kind, relations as curves through
the middle. It is deterministic (same corpus, same picture), costs O(topics) to lay out, and
every label stays legible because it is set along its radius.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from build_site.model import DEFAULT_KINDS, Kind, Relation, Topic

LABEL_CHARS = 30  # longer names are shortened on the graph; the full name is in its tooltip


def short_label(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Node:
    topic: Topic
    x: float
    y: float
    radius: float
    angle: float  # degrees, for the label's rotation
    flip: bool  # label on the left half: rotate by 180 degrees (radial) or anchor at its end (star)

    @property
    def label(self) -> str:
        return short_label(self.topic.name)


@dataclass(frozen=True, slots=True)
class Edge:
    source: Node
    target: Node
    weight: int
    width: float
    opacity: float
    path: str  # SVG path data


@dataclass(frozen=True, slots=True)
class Layout:
    width: float
    height: float
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _node_radius(mentions: int, most: int) -> float:
    return 3.0 + 7.0 * math.sqrt(mentions / most) if most else 3.0


def _edge_width(weight: int, heaviest: int) -> float:
    return round(0.8 + 5.2 * weight / heaviest, 2) if heaviest else 1.0


def _edge_opacity(weight: int, heaviest: int) -> float:
    return round(0.25 + 0.6 * weight / heaviest, 2) if heaviest else 0.5


def radial_layout(
    topics: Sequence[Topic],
    relations: Sequence[Relation],
    mentions: dict[str, int],
    kinds: Sequence[Kind] = DEFAULT_KINDS,
    max_edges: int = 200,
) -> Layout:
    """Every related topic on one circle, grouped by kind; the heaviest `max_edges` relations."""
    related = {r.source for r in relations} | {r.target for r in relations}
    ordered = [t for kind in kinds for t in topics if t.kind == kind.id and t.id in related]
    count = max(len(ordered), 1)
    ring = max(200.0, count * 34 / (2 * math.pi))
    size = 2 * (ring + 250)
    centre = size / 2
    most = max((mentions.get(t.id, 0) for t in ordered), default=0)
    nodes: dict[str, Node] = {}
    for index, topic in enumerate(ordered):
        theta = 2 * math.pi * index / count - math.pi / 2
        degrees = math.degrees(theta)
        nodes[topic.id] = Node(
            topic=topic,
            x=round(centre + ring * math.cos(theta), 1),
            y=round(centre + ring * math.sin(theta), 1),
            radius=round(_node_radius(mentions.get(topic.id, 0), most), 1),
            angle=round(degrees, 1),
            flip=math.cos(theta) < -1e-9,
        )
    shown = relations[:max_edges]
    heaviest = max((r.weight for r in shown), default=0)
    edges = tuple(
        Edge(
            source=nodes[r.source],
            target=nodes[r.target],
            weight=r.weight,
            width=_edge_width(r.weight, heaviest),
            opacity=_edge_opacity(r.weight, heaviest),
            path=f"M{nodes[r.source].x},{nodes[r.source].y} Q{centre},{centre} {nodes[r.target].x},{nodes[r.target].y}",
        )
        for r in reversed(shown)  # heaviest drawn last, on top
    )
    return Layout(width=round(size, 1), height=round(size, 1), nodes=tuple(nodes.values()), edges=edges)


def star_layout(centre_topic: Topic, neighbours: Sequence[tuple[Topic, int]]) -> Layout:
    """A topic in the middle and its strongest neighbours around it, for the topic page.

    The ring is turned by half a step so no neighbour sits straight above or below the
    centre: every label then runs outwards, left or right, beside its node."""
    width, height = 720.0, 420.0
    cx, cy = width / 2, height / 2
    rx, ry = 150.0, 160.0
    heaviest = max((w for _, w in neighbours), default=0)
    centre = Node(centre_topic, cx, cy, 9.0, 0.0, False)
    nodes = [centre]
    edges: list[Edge] = []
    count = max(len(neighbours), 1)
    for index, (topic, weight) in enumerate(neighbours):
        theta = 2 * math.pi * (index + 0.5) / count - math.pi / 2
        node = Node(
            topic=topic,
            x=round(cx + rx * math.cos(theta), 1),
            y=round(cy + ry * math.sin(theta), 1),
            radius=5.0,
            angle=0.0,
            flip=math.cos(theta) < 0,
        )
        nodes.append(node)
        edges.append(
            Edge(
                centre,
                node,
                weight,
                _edge_width(weight, heaviest),
                _edge_opacity(weight, heaviest),
                f"M{cx},{cy} L{node.x},{node.y}",
            )
        )
    return Layout(width=width, height=height, nodes=tuple(nodes), edges=tuple(edges))
