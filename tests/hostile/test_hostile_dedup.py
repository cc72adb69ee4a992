"""The same article under several names, and near-copies differing by a sentence: no sentence is
repeated in the brief, in any format."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

from briefgen.corpus import sentence_key
from briefgen.render import md_escape

from .conftest import article, brief_of, texts

STORY = [
    "Negotiators from both countries resumed talks in Riyadh on Monday, officials said.",
    "“We are ready to sign a deal this month,” said Foreign Minister Anna Example.",
    "The talks will focus on a prisoner exchange and the reopening of the border crossings.",
    "A second round is planned for March 24 in Geneva, according to the foreign ministry.",
    "Energy infrastructure will be excluded from strikes for thirty days under the draft.",
    "Critics in parliament said the draft gave too much ground on the question of sanctions.",
]
KEY_POINTS = "Key Points:\n  • Talks resume in Riyadh on Monday.\n  • A prisoner exchange is on the agenda.\n"


def _assert_no_repeats(folder: Path, tmp_path: Path) -> None:
    rendered = brief_of(folder, tmp_path)
    shown = texts(rendered.brief)
    assert len(shown) >= 4
    keys = Counter(sentence_key(t) for t in shown)
    assert [k for k, n in keys.items() if n > 1] == []  # not even with other case or punctuation
    data = json.loads(rendered.text["json"])
    json_texts = [i["text"] for i in data["situation"] + data["key_points"] + data["next_steps"]]
    json_texts += [s["text"] for p in data["positions"] for s in p["statements"]]
    assert len(json_texts) == len(set(json_texts))
    for text in shown:
        # A quote may show as its quoted words alone; either way once on the page.
        assert rendered.text["pdf"].count(text) <= 1, text
        assert rendered.text["md"].count(md_escape(text)) <= 1, text
    for sentence in STORY:
        assert rendered.text["pdf"].count(sentence) <= 1


def test_the_same_article_under_several_names(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    first = article(folder, "story.txt", "Talks resume in Riyadh", *STORY, extra=KEY_POINTS)
    for name in ("copy.txt", "story (1).txt", "sub/story.txt", "story.md", "STORY.TXT"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(first, folder / name)
    # Also under another id, title and outlet: a syndicated copy.
    article(folder, "wire.txt", "Riyadh talks to resume", *STORY, extra=KEY_POINTS)
    _assert_no_repeats(folder, tmp_path)


def test_near_copies_differing_by_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    versions = [
        STORY,
        [*STORY, "The delegation arrived late on Sunday evening after a delayed flight from Warsaw."],
        STORY[:-1],
        [s.replace("Monday", "Tuesday") if n == 0 else s for n, s in enumerate(STORY)],
        [s.upper() if n == 2 else s for n, s in enumerate(STORY)],
        [s.replace(",", "") if n == 0 else s for n, s in enumerate(STORY)],
        [s.replace(" ", "  ") for s in STORY],
        ["Breaking: " + STORY[0], *STORY[1:]],
        [STORY[0] + " " + STORY[1], *STORY[2:]],  # two sentences in one paragraph
    ]
    for n, sentences in enumerate(versions):
        article(folder, f"v{n}.txt", f"Talks resume, version {n}", *sentences, extra=KEY_POINTS)
    _assert_no_repeats(folder, tmp_path)
