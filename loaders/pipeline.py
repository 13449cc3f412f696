"""Entry points of the loader: a file or text in, a validated DocumentGraph out."""

from __future__ import annotations

from pathlib import Path

from graph.model import DocumentGraph


def parse_text(text: str, document_id: str, source: str | None = None) -> DocumentGraph:
    """Extract one decoded document (newlines normalised, BOM dropped) into a validated graph."""
    raise NotImplementedError


def parse_file(path: Path, document_id: str | None = None) -> tuple[DocumentGraph, str]:
    """Read, decode and extract ``path``; return the graph and the decoded text its spans index."""
    raise NotImplementedError
