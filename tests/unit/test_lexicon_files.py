"""The vocabulary files are knowledge edited by hand and merged from many branches: a key written twice
in one mapping is silently the last copy to YAML, so an edit to the first copy would do nothing. Each file
must hold every key once, at every depth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

_DATA = Path(__file__).resolve().parents[2] / "loaders" / "data"


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping naming one key twice."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} written twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize("path", sorted(_DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_each_key_is_written_once(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), _UniqueKeyLoader)


def test_a_key_written_twice_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="written twice"):
        yaml.load("a: 1\nb: 2\na: 3\n", _UniqueKeyLoader)
