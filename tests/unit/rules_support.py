"""Helpers shared by the rule tests: a one-chapter document from a few articles, and its facts by
short organ name (the part of an id after the document id ``t``)."""

from __future__ import annotations

from graph.model import DocumentGraph, Organ
from loaders.organs import find_mentions
from loaders.pipeline import parse_text


def document(body: str, title: str, chapter: str = "职责") -> DocumentGraph:
    return parse_text(f"{title}\n第一章 {chapter}\n{body}", "t")


def short(organ_id: str) -> str:
    return organ_id.split("/", 1)[1]


def organ_id(graph: DocumentGraph, name: str) -> str:
    """The id of the organ printed as ``name`` (its name or an alias)."""
    for organ in graph.organs:
        if organ.name == name or name in organ.aliases:
            return organ.id
    raise AssertionError(f"{name} not among {[o.name for o in graph.organs]}")


def organ_named(graph: DocumentGraph, name: str) -> Organ:
    """The organ whose canonical name is ``name``."""
    for organ in graph.organs:
        if organ.name == name:
            return organ
    raise AssertionError(f"{name} not among {[o.name for o in graph.organs]}")


def surfaces(text: str, doc_level: str = "provincial") -> list[str]:
    """The organ mentions found in ``text`` of a document at ``doc_level``, as printed."""
    return [m.surface for m in find_mentions(text, doc_level)]


def names(graph: DocumentGraph) -> set[str]:
    return {o.name for o in graph.organs}


def holder_names(graph: DocumentGraph, article: int) -> set[str]:
    return {short(h) for d in graph.duties if d.article == article for h in d.holders}


def duty_texts(graph: DocumentGraph) -> list[str]:
    return [d.text for d in graph.duties]


def holders_of_duty(graph: DocumentGraph, fragment: str) -> set[str]:
    """The short names of the holders of the first duty whose text holds ``fragment``."""
    duty = next(d for d in graph.duties if fragment in d.text)
    return {short(h) for h in duty.holders}


def edges(graph: DocumentGraph, rel_type: str) -> set[tuple[str, str]]:
    return {(short(r.source), short(r.target)) for r in graph.relations if r.type == rel_type}
