"""A key point calling something "the …" anywhere because its own article told it before needs that
thing told above it on the page (selfcontained.anaphoric_heads; invented sentences and names)."""

from __future__ import annotations

import pytest

from briefgen.selfcontained import anaphoric_heads, answer_or_sequel_alone

# What the article told before the sentence.
_BEFORE = (
    "Orn and Vell have drawn closer this year. Their growing naval ties worry Kesh. "
    "A relief team flew to the Tarrow hills on Monday. The raids left ten dead. "
    "The harbor guild sent a letter to the board. The new toll took effect in May."
)


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        # the article's own thing, pointed back at anywhere in the sentence
        ("Kesh says the ties alarmed its harbor.", {"tie"}),
        ("Kesh says the new ties alarmed its harbor.", {"tie"}),
        ("The mayor of Kesh asked the board to scrap the toll, and Orn agreed.", {"board", "toll"}),
        ("A court in Kesh heard that the relief team had seen no graves.", {"team"}),
        ("Kesh protested to Orn over the raids on Monday.", {"raid"}),
        ("Kesh answered the letter on Tuesday.", {"letter"}),
        # near misses: the words after it say which
        ("The ties of the two navies date to 1990.", set()),
        ("Kesh says the ties with Vell are old.", set()),
        ("Kesh says the ties, Orn and Vell say, are old.", set()),
        ("The toll, a fee on every barge, took effect in May.", set()),
        ("The raids by the navy ended on Monday.", set()),
        ("The toll set by the board is high.", {"board"}),  # (the toll is said which, the board is not)
        ("Kesh fears the raids that began in May.", set()),
        ("Kesh sent the team in Tarrow more tents.", set()),
        ("Kesh asked about the team from Orn in May.", set()),
        # … or it is one for everybody, a time, a role, a disaster's counted set, or said which by a word of it
        ("Kesh says the weather is bad for sailing.", set()),
        ("Kesh blamed the government for the delay.", set()),
        ("The dead were buried on Monday.", set()),
        ("The mayor said the first ties were signed in May.", set()),
        ("Kesh says the Vell ties alarmed its harbor.", set()),
        ("Kesh says the 1990 ties alarmed its harbor.", set()),
        # … or the article never told it before: the reader's world or the topic, not a pointing back
        ("Kesh says the harvest was poor.", set()),
        # … or the sentence names it again itself, or a speaker's words hold it
        ("Kesh says the ties are ties of trade.", set()),
        ('"We fear the ties," Kesh said.', set()),
    ],
)
def test_what_its_article_told_before_is_needed_above(text: str, heads: set[str]) -> None:
    assert anaphoric_heads(text, _BEFORE) == frozenset(heads)


def test_the_first_sentence_of_an_article_needs_nothing_it_told() -> None:
    assert anaphoric_heads("Kesh says the ties alarmed its harbor.", "") == frozenset()


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # an answer with what it answers left out, or an act "later" than one the page has not told
        ("The Kesh guild, the dockers' union, refused.", True),
        ("The harbor board agreed.", True),
        ("Vell followed suit.", True),
        ("Orr said the guild had refused.", True),
        ("One docker later claimed that Orr had struck him.", True),
        ("Senator Grell later walked back his comments.", True),
        ("The Vell council later sold the pier.", True),
        ("If that doesn't happen, Orr will lean on the harbor master.", True),
        ("If so, the ferry will sail on Monday.", True),
        ("Unless this changes, the dockers will strike.", True),
        # near misses: the sentence asks it first, a passive, an answer with its object
        ("Orr asked the board to quit, and it refused.", False),
        ("If the board asks, Orr said he would refuse.", False),
        ("The permit was refused.", False),
        ("The guild refused the offer.", False),
        ("The board agreed to talks on Monday.", False),
        ('"We refused," Orr said.', False),
        # … "later" with what it follows, or after a verb the sentence tells first, or an adjective
        ("Orr was held on Monday and later freed.", False),
        ("The vote came later than planned.", False),
        ("Police said later that day the pier was shut.", False),
        ("The board will meet later this week.", False),
        ("A later report found no fault.", False),
        ("Orr, who later became mayor, spoke on Monday.", False),
        ("Ten years later the pier reopened.", False),
        ("If the levy fails, Orr will lean on the harbor master.", False),
        ("If that levy is passed, Orr will resign.", False),
        ("If Vell sails, the ferry will run on Monday.", False),
    ],
)
def test_an_answer_or_a_sequel_to_what_the_page_has_not_told_leans(text: str, leans: bool) -> None:
    assert answer_or_sequel_alone(text) is leans
