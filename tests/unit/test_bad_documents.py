"""The bad-document matrix through ``respgraph parse`` (tests/bad_documents.py holds the cases).

Every error is one line on stderr naming the file and the problem, exit code 2, nothing on
stdout, no traceback; every loaded document prints valid interchange JSON whose article keys are
the fixed ones, unique, with spans that reproduce the decoded text, and its warnings on stderr.
A few cases also run as a real process, to see the exit code and that --debug shows the traceback.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.errors import InputError
from loaders.reading import decode_bytes, read_document
from respgraph.cli import main
from tests.bad_documents import CASES, FIXTURES, Case

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-c", "from respgraph.cli import main; main()"]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad-documents")


def test_the_matrix_has_thirty_cases_and_every_fixture_is_used() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)
    committed = {p.name for p in FIXTURES.iterdir() if p.name not in ("README.md", "make_fixtures.py")}
    assert committed == {case.file for case in CASES if case.generate is None}
    assert all(p.stat().st_size < 10_000 for p in FIXTURES.iterdir()), "large fixtures are generated, not committed"


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_parse(case: Case, scratch: Path) -> None:
    path = case.path(scratch)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert "Traceback" not in result.stderr
    if case.error:
        assert result.exit_code == 2, result.stderr
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"respgraph: error: {path}: "), lines[0]
        assert re.search(case.problem or "", lines[0]), lines[0]
        return
    assert result.exit_code == 0, result.stderr
    printed = json.loads(result.stdout)
    keys = [article["key"] for article in printed["articles"]]
    assert keys == list(case.articles)
    assert len(set(keys)) == len(keys)
    assert [c["number"] for c in printed["chapters"]] == list(case.chapters)
    decoded = read_document(path)
    for article in printed["articles"]:
        assert decoded[article["start"] : article["end"]] == article["text"]
    for duty in printed["duties"]:
        assert decoded[duty["start"] : duty["end"]] == duty["text"]
    for relation in printed["relations"]:
        assert decoded[relation["start"] : relation["end"]] == relation["evidence"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("respgraph: warning: ")]
    assert len(warnings) == len(result.stderr.splitlines()), result.stderr
    if case.warning:
        assert any(re.search(case.warning, line) for line in warnings), warnings
    else:
        assert not warnings


def test_decoded_encodings_agree() -> None:
    """GBK, UTF-8 with BOM, UTF-16 LE/BE with BOM, CRLF and CR decode to the same text."""
    texts = {
        name: decode_bytes((FIXTURES / name).read_bytes(), name)
        for name in ("gbk.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "crlf.txt", "cr-only.txt")
    }
    assert len(set(texts.values())) == 1
    assert not next(iter(texts.values())).startswith("\ufeff")


def test_input_error_names_the_file() -> None:
    with pytest.raises(InputError) as caught:
        read_document(FIXTURES / "empty.txt")
    assert caught.value.source == str(FIXTURES / "empty.txt")
    assert str(caught.value) == f"{FIXTURES / 'empty.txt'}: the document is empty"


@pytest.mark.parametrize("name", ["binary.txt", "html-page.txt", "no-provisions.txt"])
def test_a_real_process_exits_2_and_shows_a_traceback_only_with_debug(name: str) -> None:
    path = FIXTURES / name
    plain = subprocess.run([*COMMAND, "parse", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert plain.returncode == 2
    assert plain.stdout == ""
    assert plain.stderr.count("\n") == 1 and plain.stderr.startswith(f"respgraph: error: {path}: ")
    assert "Traceback" not in plain.stderr
    debug = subprocess.run([*COMMAND, "--debug", "parse", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr and "InputError" in debug.stderr
