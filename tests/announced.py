"""What `timeline.announcement` reads of one sentence, as text a test can compare: shared by the
next-steps test files that ask for the day of the step a sentence announces."""

from __future__ import annotations

from datetime import date

from briefgen import timeline


def when_announced(sentence: str, ref: date) -> str | None:
    """The day or period of the step the sentence announces as ISO text, "undated", or None for no step."""
    found = timeline.announcement(sentence, ref)
    if found is None or found[0].kind is None:
        return None
    if found[1] is None:
        return "undated"
    return found[1].day.isoformat() if found[1].day is not None else str(found[1].period)
