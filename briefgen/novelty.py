"""New since the last brief: mark what the topic's previous brief did not report, drop what it did.

A sentence is new when the previous briefs did not carry it and it comes from an article they
had not seen (or had seen with another text). Situation keeps at most one line of
already-reported context; key points and positions keep only new material; next steps (a
schedule, not news) stay, the new ones marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .compose import Ranked
from .corpus import sentence_key
from .models import Brief
from .render import long_date
from .store import PastBrief

CONTEXT_LINES = 1


def mark(ranked: Ranked, versions: Sequence[str], previous: PastBrief) -> tuple[Ranked, str]:
    """`ranked` cut down to what is new since `previous`, flagged, and the note the page shows.

    `versions[i]` is the text hash of the corpus's article i: an article whose text changed since
    (a live story updated at the same address) counts as unseen, for its sentences not yet reported."""

    def new(text: str, articles: Sequence[int]) -> bool:
        return sentence_key(text) not in previous.keys and any(versions[a] not in previous.articles for a in articles)

    situation = [replace(i, is_new=new(i.text, i.articles)) for i in ranked.situation]
    context = [i for i in situation if not i.is_new][:CONTEXT_LINES]
    situation = [i for i in situation if i.is_new]
    # A sentence leaning on one the cut left out goes with it.
    kept = {i.text for i in situation + context}
    situation = [i for i in situation if i.after is None or i.after in kept]
    context = [i for i in context if i.after is None or i.after in kept]
    key_points = [replace(i, is_new=True) for i in ranked.key_points if new(i.text, i.articles)]
    positions = []
    for position in ranked.positions:
        statements = tuple(replace(s, is_new=True) for s in position.statements if new(s.text, s.cites))
        if statements:
            positions.append(replace(position, statements=statements))
    next_steps = tuple(replace(s, is_new=new(s.text, s.articles)) for s in ranked.next_steps)
    when = long_date(previous.date)
    if situation or key_points or positions or any(s.is_new for s in next_steps):
        note = f"New since the brief of {when}: marked NEW; earlier material is left out."
    else:
        note = f"No significant change since the brief of {when}."
    return (
        Ranked(
            situation=tuple(situation + context),
            key_points=tuple(key_points),
            positions=tuple(positions),
            next_steps=next_steps,
            told_by=ranked.told_by,
        ),
        note,
    )


def said_ranked(ranked: Ranked) -> list[tuple[str, str]]:
    """(section, sentence) for the Situation, key points and positions of ranked material."""
    items: list[tuple[str, str]] = [("situation", i.text) for i in ranked.situation]
    items += [("key_points", i.text) for i in ranked.key_points]
    items += [("positions", s.text) for p in ranked.positions for s in p.statements]
    return items


def said(brief: Brief) -> list[tuple[str, str]]:
    """(section, sentence) for everything on the page: what the next brief compares with."""
    items: list[tuple[str, str]] = [("situation", i.text) for i in brief.situation]
    items += [("key_points", i.text) for i in brief.key_points]
    items += [("positions", s.text) for p in brief.positions for s in p.statements]
    items += [("next_steps", s.text) for s in brief.next_steps]
    return items
