"""Every Cypher statement respgraph runs, one ``.cypher`` file each, loaded by name and cached.

A statement may hold a ``{rel_type}`` placeholder: relationship types cannot be parameters in
Cypher, so :func:`render` fills it from the allow-list only.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

RELATION_TYPES = frozenset({"SUPERVISES", "GUIDES", "ASSISTS", "REPORTS_TO", "PART_OF"})


@cache
def load(name: str) -> str:
    """The statement of ``cypher/<name>.cypher`` without its whole-line comments.

    The comments document the file; dropping them keeps them off the wire and out of the
    server's query-cache key (a chain request sent 4.4 KB, 1.9 KB of it comments).
    """
    resource = resources.files(__name__).joinpath(f"{name}.cypher")
    if not resource.is_file():
        raise KeyError(f"no Cypher statement named {name!r}")
    lines = resource.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("//")) + "\n"


def render(name: str, rel_type: str) -> str:
    """A statement for one relationship type taken from the allow-list."""
    if rel_type not in RELATION_TYPES:
        raise ValueError(f"relationship type {rel_type!r} is not allowed")
    return load(name).replace("{rel_type}", rel_type)


def statements(name: str) -> list[str]:
    """A multi-statement file (schema) split on ``;`` at line ends, comments dropped."""
    return [part.strip() for part in load(name).split(";\n") if part.strip().rstrip(";")]
