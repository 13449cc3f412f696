"""Agreement between two annotations of one text: the second scored as a prediction against the first.

Usage: python scripts/agreement.py FIRST.yaml SECOND.yaml TEXT.md
Prints organs, RESPONSIBLE_FOR, relations (strict and lenient), duties and liabilities F1 with the
DESIGN.md rules, e.g. for a dev document annotated twice (``tests/twins`` against ``tests/devset``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from respgraph.evaluate import PRF, gold_to_interchange, load_gold, score_document


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    first, second, text_path = (Path(arg) for arg in argv)
    text = text_path.read_text(encoding="utf-8-sig")
    prediction = gold_to_interchange(load_gold(second), text)
    score = score_document(prediction, load_gold(first), text)
    rows: list[tuple[str, PRF]] = [
        ("organs", score.organs),
        ("RESPONSIBLE_FOR", score.responsible_for),
        ("relations strict", score.relations_strict),
        ("relations lenient", score.relations_lenient),
        ("duties", score.duties),
        ("liabilities", score.liabilities),
    ]
    for name, prf in rows:
        print(f"{name:18} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
