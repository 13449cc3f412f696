"""scripts/agreement.py: a second annotation of one text scored against the first (tests/twins)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", REPO / "scripts" / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(capsys: pytest.CaptureFixture[str], *paths: Path) -> dict[str, float]:
    assert _script().main([str(p) for p in paths]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    return {" ".join(row[:-6]): float(row[-1]) for row in rows}


def test_an_annotation_agrees_with_itself(capsys: pytest.CaptureFixture[str]) -> None:
    dev = REPO / "tests" / "devset"
    figures = _figures(capsys, dev / "wz-nanxi.yaml", dev / "wz-nanxi.yaml", dev / "wz-nanxi.md")
    assert set(figures) >= {"organs", "RESPONSIBLE_FOR", "relations strict", "duties"}
    assert all(value == 1.0 for value in figures.values()), figures


def test_a_second_annotator_differs(capsys: pytest.CaptureFixture[str]) -> None:
    first, second = REPO / "tests" / "devset" / "sh-jwh.yaml", REPO / "tests" / "twins" / "sh-jwh-g.yaml"
    figures = _figures(capsys, first, second, REPO / "tests" / "devset" / "sh-jwh.md")
    assert 0.5 < figures["organs"] < 1.0 and 0.5 < figures["relations strict"] < 1.0


def test_wrong_arguments_print_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["only-one.yaml"]) == 2
    assert "Usage" in capsys.readouterr().err
