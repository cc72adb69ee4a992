"""The fixed halves of a PolNeAR part (`benchmarks/polnear_quotes.half_of`): stable, and about even."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from polnear_quotes import half_of


def test_a_half_is_the_parity_of_the_first_byte_of_the_ids_sha1() -> None:
    for doc_id in ("invented-0001", "invented-0002", "x", "Story 17"):
        first = hashlib.sha1(doc_id.encode("utf-8")).digest()[0]
        assert half_of(doc_id) == ("A" if first % 2 == 0 else "B")


def test_the_same_id_always_falls_in_the_same_half() -> None:
    assert [half_of(f"doc-{n}") for n in range(50)] == [half_of(f"doc-{n}") for n in range(50)]


def test_the_halves_are_about_even() -> None:
    halves = [half_of(f"invented-article-{n}") for n in range(1000)]
    assert 400 < halves.count("A") < 600
    assert set(halves) == {"A", "B"}
