"""The hand annotations the loader is scored against stay consistent (tests/devset/check_devset.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

TESTS = Path(__file__).resolve().parents[1]
CHECKER = TESTS / "devset" / "check_devset.py"


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_devset", CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", ["devset", "heldout", "twins"])
def test_annotations_pass_the_checker(folder: str) -> None:
    checker = _checker()
    names = sorted(p.stem for p in (TESTS / folder).glob("*.yaml"))
    assert names, f"no annotation in tests/{folder}"
    errors = [e for name in names for e in checker.Checker(name, TESTS / folder).run()]
    assert errors == []
