"""A page read top to bottom: what it calls "the …" it has told before ("The clinic …", "After the
debate, …"), and a statement it tells once (invented text)."""

from __future__ import annotations

from datetime import date

from briefgen.analysis import make_corpus
from briefgen.corpus import key_of
from briefgen.keypoints import key_points
from briefgen.models import Article, Brief
from briefgen.selection import Selector, reading_order
from briefgen.selfcontained import leans_on_context


def _dated(n: int, day: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


def test_what_a_sentence_calls_the_one_as_if_told() -> None:
    from briefgen.selfcontained import definite_heads

    needing = {
        "The clinic has been closed since March for want of nurses.": {"clinic"},
        "After the debate, Ines Quarle said she would run for harbor master.": {"debat"},
        # the name set off after an opening phrase is the subject's, not the phrase's
        "After the debate, Ines Quarle, head of the pilots' league, said the case was old.": {"debat"},
        "Despite the negative sheen, the fund of the port of Vell grew in May.": {"sheen"},
        "Residents of this poor end of town want a bridge over the canal.": {"end"},
        "Harbor pilots towed a rowboat past the barge's bow near the north pier of Vell.": {"barg"},
        "The missing were all deckhands on trawlers registered in Orn.": {"miss"},
        "The mood — sour on the quay since the levy doubled — helps Ines Quarle.": {"mood"},
        "The squall earlier tore two sails from ferries moored at Orn.": {"squall"},
        # a body or a place the story named before, further in: which board? which state?
        "The minister said the dredging panel had no money left for the channel.": {"panel"},
        "Ferry crews told the committee that the levy would sink them.": {"committe"},
        "Most trawler crews in the state voted for Ines Quarle in May.": {"state"},
        "Pilots of Orn asked why the agency's divers had not come.": {"agenc"},
        "Crews who answered the poll said the levy was too high.": {"poll"},
    }
    for text, heads in needing.items():
        assert definite_heads(text) == heads, text
    standing = [
        "The Vell accord was signed on Monday by the two harbor boards.",  # a name says which
        "The 1998 storm flooded the lower town of Orn for a week.",  # a number says which
        "The government said the economy of Varnia grew by two percent in May.",  # one for everybody
        "The first ferry of the winter left the port of Vell at noon.",  # says which by its words
        # a part of a set the story's event made: the reader takes the set from the event (the
        # cargo of the ship that sank), not from the same word told before
        "Most of the cargo was washed ashore near Orn.",
        "Some of the stranded passengers slept on the quay at Vell.",
        "None of the lifeboats was launched in time.",
        "Half of the drowned were deckhands from Kesh.",
        "Many of the pilots who struck were fined.",
        "Most of the world's ferries are built in Kesh.",
        "Most of the time the north pier is empty.",
        "The clinic, the Harbor Clinic in Vell, reopened on Monday after a fire.",  # told in the sentence
        "The fate of Mayor Ines Quarle rests on the levy vote in Vell next week.",  # of … says which
        "Ines Quarle unveiled a plan on Monday, and the plan won praise from the crews.",
        "The minister said the harbor board had no money left to dredge the channel.",  # a role: not this test's
        "Ferry crews of Orn walked out this week over the new rota of the harbor board.",  # a time
        "Swifts return to the north pier of Vell around this date each spring.",  # a time
        "The fees set by the harbor board of Vell doubled for trawlers in May.",  # its agent says which
        "The skipper, Ivo Marsh, who sails the oldest ferry of Orn, retires in June.",  # a name says which
        "The board of Vell backed the crews, as those living on the quay asked.",  # whoever lives there
        "Trawler crews of Orn picketed Quarle Freight for a week over the firm's rates.",  # the name
        "Crews asked the VHB to cut the board's fees for trawlers of Orn.",  # an acronym names it
        "Ferry crews of Orn sent the pope's envoy a letter about the levy.",  # one for everybody
        # … but what follows says which, a level of government in general, a name before a place
        "Ferry crews told the committee of harbor pilots that the levy would sink them.",
        "Ferry crews asked the city council of Vell to drop the levy.",
        "Levies at the state level have doubled since the storm of May.",
        "Ines Quarle won Orn in May, and crews in the state cheered her.",
    ]
    for text in standing:
        assert definite_heads(text) == frozenset(), text


def test_an_opening_that_points_to_an_earlier_telling_leans_on_it() -> None:
    assert leans_on_context("Earlier Saturday, the harbor master of Vell closed the north pier.")
    assert leans_on_context("Earlier in the day, the harbor master of Vell closed the north pier.")
    assert leans_on_context("Conversely, the levy on trawlers at Orn fell by half.")
    assert not leans_on_context("Earlier this month, the harbor master of Vell closed the north pier.")


_OPENED = "The town council of Vell opened a free clinic for the trawler crews at the north pier on Monday."
_CLINIC = "The clinic will treat up to forty patients a day and hire six nurses from the mainland hospital of Orn."
_LEVY = "Trawler crews at the north pier of Vell said the levy on landing a catch would double in June."


def _clinic_corpus() -> Selector:
    corpus = make_corpus([_dated(n, "2025-05-05", (_OPENED, _CLINIC, _LEVY)) for n in (1, 2, 3)])
    return Selector(corpus, date(2025, 5, 6))


def test_a_sentence_calling_something_the_clinic_follows_the_one_telling_of_a_clinic() -> None:
    selector = _clinic_corpus()
    corpus = selector.corpus
    ranked = selector.situation(limit=3)
    clinic = next(i for i in ranked if i.text == _CLINIC)
    assert clinic.after == _OPENED  # chosen after it, and printed after it whatever the order
    printed = reading_order(corpus, list(reversed(ranked)), {s.text: s for s in corpus.sentences})
    assert [i.text for i in printed if i.text in (_OPENED, _CLINIC)] == [_OPENED, _CLINIC]
    # Without the sentence telling of the clinic on the page, "the clinic" is nobody's: left out.
    skipped = [i.text for i in selector.situation(limit=3, skip={key_of(corpus, _OPENED)})]
    assert _LEVY in skipped and _CLINIC not in skipped
    # An article's first sentence was written to be read first, under its headline: it stands.
    leads = make_corpus([_dated(n, "2025-05-05", (_CLINIC, _LEVY)) for n in (1, 2, 3)])
    assert _CLINIC in [i.text for i in Selector(leads, date(2025, 5, 6)).situation(limit=3)]


def test_a_key_point_calling_something_the_clinic_needs_a_clinic_told_above_it() -> None:
    selector = _clinic_corpus()
    levy_first = [i for i in selector.situation(limit=3) if i.text == _LEVY]
    points = key_points(selector, levy_first, limit=5)
    clinic = [k for k in points if k.text == _CLINIC]
    assert all("clinic" in k.needs for k in clinic)  # compose shows it only under a clinic told above


# --- One statement, one section: what an actor is reported to say, under the actor's name ------

_CRANE = "A crane toppled onto the south quay of Vell on Sunday, injuring two dockers."
_REPORTED = (
    "Odo Brask has refused to pay for the repairs to the quay, insisting that the fallen crane belonged to the "
    "dockers' union of Vell."
)
_STANCE = (
    "Odo Brask said the harbor board would not cover the cost of mending the south quay, arguing that the "
    "dockers' union owned the fallen crane."
)


def test_what_an_actor_is_reported_to_say_is_told_once_under_the_actors_name() -> None:
    from briefgen import compose
    from briefgen.models import Brief
    from briefgen.ranking import rank

    corpus = make_corpus(
        [
            _dated(1, "2025-05-19", (_CRANE, _REPORTED)),
            _dated(2, "2025-05-19", (_CRANE, _STANCE)),
            _dated(3, "2025-05-19", ("Cranes at the port of Vell stood idle on Monday as inspectors checked cables.",)),
            _dated(4, "2025-05-19", (_CRANE, "Gulls crowd the fish market of Vell at dawn.")),
        ]
    )
    ranked = rank(corpus, date(2025, 5, 20))
    base = Brief("Vell", date(2025, 5, 20), corpus, (), (), (), ())
    page = compose.fit(base, ranked, None).brief
    statements = [s.text for p in page.positions for s in p.statements]
    told = [i.text for i in page.situation] + [k.text for k in page.key_points]
    assert _STANCE in statements
    assert _REPORTED not in told  # the same refusal, said once: under Brask's name
    # Off the page (the fit leaves Positions out), the Situation or a key point tells it again.
    counts = compose.Counts(len(ranked.situation), len(ranked.key_points), 0, 0, len(ranked.next_steps))
    shown = compose.assemble(base, ranked, counts, {s.text: s for s in corpus.sentences})
    assert _REPORTED in [i.text for i in shown.situation] + [k.text for k in shown.key_points]


def _page(articles: list[Article], today: date) -> Brief:
    from briefgen import compose
    from briefgen.ranking import rank

    corpus = make_corpus(articles)
    base = Brief("Vell", today, corpus, (), (), (), ())
    return compose.fit(base, rank(corpus, today), None).brief


def test_a_situation_fact_beyond_the_quoted_words_shown_stays() -> None:
    # Positions prints only the quoted words: the frame around them ("whose board shut the quay")
    # is not on the page, so a Situation sentence sharing the frame's words keeps its own facts.
    walkout = "Dockers of Vell walked off every quay of the port on Monday, demanding new cranes."
    fine = (
        "Odo Brask ordered the south quay of Vell shut for a month and fined Quarle Freight two million crowns "
        "over the fallen crane."
    )
    toppled = "A crane of Quarle Freight toppled onto the south quay of Vell on Sunday, injuring two dockers."
    quote = (
        "Odo Brask, whose board shut the quay, said: “Safety of the dockers of Vell comes first for this board, "
        "whatever the cost to shippers and whatever Quarle Freight says.”"
    )
    page = _page(
        [
            _dated(1, "2025-05-19", (walkout, fine)),
            _dated(3, "2025-05-19", (walkout.replace("cranes.", "cranes from the harbor board."), fine)),
            _dated(2, "2025-05-18", (toppled, quote)),
            _dated(4, "2025-05-18", (toppled, quote)),
        ],
        date(2025, 5, 20),
    )
    assert quote in [s.text for p in page.positions for s in p.statements]
    assert fine in [i.text for i in page.situation]
    # ... and so for a statement whose quoted words tell most of a sentence (`mostly_said`), measured
    # by those words too: the vote to shut the quay for a month is in the frame only.
    toppled = "A crane toppled onto the south quay of Vell on Sunday, injuring two dockers and sinking a barge."
    vote = "The harbor board of Vell voted on Monday to shut the south quay for a month, board chairman Odo Brask said."
    framed = (
        "Odo Brask, whose board voted on Monday to shut the south quay of Vell for a month, said: “Safety of the "
        "dockers comes first for this board.”"
    )
    page = _page(
        [
            _dated(1, "2025-05-19", (toppled, vote)),
            _dated(2, "2025-05-19", (toppled, framed)),
            _dated(
                3, "2025-05-19", ("Dockers at the port of Vell stood idle on Monday as inspectors checked cables.",)
            ),
            _dated(
                4, "2025-05-19", ("Gulls crowd the fish market of Vell at dawn while trawlers unload their catch.",)
            ),
        ],
        date(2025, 5, 20),
    )
    assert framed in [s.text for p in page.positions for s in p.statements]
    assert vote in [i.text for i in page.situation]


def test_opening_idioms_and_terms_of_office_call_nothing_the_one_told_before() -> None:
    from briefgen.selfcontained import definite_heads

    for text in (
        "In the process, the ferry guild of Orn lost three of its eleven skippers.",
        "For the record, the ferry guild of Orn has never struck in winter.",
        "Under the circumstances, the ferry guild of Orn put off its ballot.",
        "Given the circumstances, the ferry guild of Orn put off its ballot.",
        "Freight through the port of Kesh fell by a fifth this quarter.",
        "Councillors of Orn will settle the ferry levy this session.",
        "Two guild members of Orn sit on the harbor board this term.",
        "Cadets of the Kesh naval school sail to Vell this semester.",
    ):
        assert definite_heads(text) == frozenset(), text
    # (an opening phrase that is no idiom still asks for its thing told before)
    assert definite_heads("In the ballot, the ferry guild of Orn backed a strike.") == {"ballot"}


def test_an_actor_is_named_by_its_whole_name_or_a_persons_surname() -> None:
    from briefgen.ranking import _names

    assert _names("Laura Brask closed the quay.", "Laura Brask")
    assert _names("Brask closed the quay, and Mayor Brask stood by it.", "Laura Brask")
    assert not _names("Peter Brask closed the quay.", "Laura Brask")  # another Brask
    assert _names("The harbor board closed the quay.", "harbor board")
    assert not _names("The ferry board of Kesh closed the quay.", "harbor board")  # another board
    assert _names("Varnia closed its ports.", "Varnia")


def test_a_pronoun_subject_further_in_with_nobody_named_before_it_leans() -> None:
    # "she"/"he" as a later clause's subject, the sentence naming nobody it could stand for: who?
    assert leans_on_context("Residents of the coast say she may close the north pier before the storm.")
    assert leans_on_context("The levy passed in the spring and he never signed the roll.")
    assert leans_on_context("Asked about the levy on boats he said the fee was fair.")
    # … but someone named or described before it, a name after its clause (cataphora), or the
    # pronoun inside a quotation, says who
    assert not leans_on_context("Ines Quarle told the board that she may close the north pier.")
    assert not leans_on_context("Quarle says she may close the north pier before the storm.")
    assert not leans_on_context("A pilot who lost her boat said she would sue the harbor board.")
    assert not leans_on_context("When she took office in the spring, Ines Quarle closed the north pier.")
    assert not leans_on_context("The harbor board of Vell met on Monday to weigh the levy.")
    assert not leans_on_context("Residents of the coast wrote that “she may close the pier” on a sign.")
    assert not leans_on_context("The writ on which he was held says Marsh “lied to the board” in the spring.")
    assert not leans_on_context("The jailed smuggler told the court that he had paid the harbor guards.")
    # a name after it titled as of the other sex is not who the pronoun is
    assert leans_on_context("The proof that he sailed the strait faster than Mrs. Quarle was the log he kept.")
    assert leans_on_context("The rumour that she had sold the quay before Mr. Brenik was told is false.")


def test_a_group_that_says_or_believes_is_no_one_a_later_he_or_she_stands_for() -> None:
    # a plural subject reporting or believing, and "he"/"she" after it: the first word is the
    # group's place or kind, not a name, and the person is in a sentence the page has not shown
    leaning = (
        "Varnese harbour inspectors believe she took money from the ferry guild.",
        "Drave river wardens think he took a cut of the tolls.",
        "Kesh ferry crews fear he will close the north pier.",
        "Orn voters say she is the best harbor master in years.",
        "U.N. tally clerks doubted she had logged the crossings.",
        "Vell dockers said Monday that he would not return.",
        "Several Orn pilots told reporters she had ignored the storm warning.",
        "Harbor officials said he was the one who signed the levy.",
        "Kell fishermen have said he never paid the toll.",
        "Drave growers claimed she sold the orchard in secret.",
        "Varnese police said he was held overnight.",
        "Kesh harbor board members say she lied.",
        "Varnese lawyers said he would appeal the levy.",  # a people's word, not a name
    )
    for text in leaning:
        assert leans_on_context(text), text
    # … but a name or a person's noun before the pronoun, a possessive first word (its owner), a
    # single person reporting, or "they" for the group itself, says who
    standing = (
        "Quarle's aides said she would sign the levy on Monday.",
        "Quarle says she may close the north pier.",
        "Quarle insists she never took money from the guild.",
        "Quarle suspects he was paid by the smugglers.",
        "Quarle then tells reporters she will run.",
        "Marsh often says he will retire.",
        "Varnese inspectors said Ines Quarle knew she was late.",
        "Harbor officials said the ferry master knew he was overloaded.",
        "Vell police said the driver admitted he was drunk.",
        "Kesh crews said the pilot who lost her boat said she would sue.",
        "Varnese inspectors believe the captain lied when he said the hold was empty.",
        "Orn voters said they would back the levy.",
        "Vell dockers said the levy was unfair.",
        "Kesh ferry crews cheered when Quarle said she would cut tolls.",
        "Residents of Kell said the mayor had told them he would resign.",
        "Dockers' leader Ivo Marsh said he would strike.",
        # (a person's own people, the name before them: "Quarle aides" are Quarle's)
        "Quarle aides said she would sign the levy.",
        "Marsh loyalists insist he never took a bribe from the guild.",
        "The Tollan campaign's lawyers said she would appeal.",
    )
    for text in standing:
        assert not leans_on_context(text), text


def test_words_that_stand_for_what_the_page_has_not_told_lean_on_it() -> None:
    leaning = (
        # however much of what was told
        "A lot of it is being paid by the trawler crews of Orn.",
        "Much of this was settled before the harbor board of Vell met.",
        # a demonstrative standing alone after a preposition
        "Crews lost on that, and on the pier fees, in the May vote.",
        "An example of this last is the ferry line between Orn and Vell.",
        # how much of what was told, as an object, and a demonstrative before a dash
        "The Orn guild has backed none of this - but it has not stopped it either.",
        "The harbor board of Vell denied all of that on Monday.",
        "Crews lost on that - and on the pier fees - in the May vote.",
        # a speaker's own words with no quotation marks, and nobody said to speak
        "Let's see whether the harbor board of Vell keeps the levy.",
        "Even in school I kept going to the harbor office of Vell every week.",
        "The parent of a friend took me in when the levy came to Orn.",
        "Mostly when the board keeps courting the guild against us.",
        # a pronoun subject further in, its verb contracted or in -es
        "Mostly when he's courting the crews of Orn with promises.",
        "Residents of the coast say she isn't fit to pilot a ferry any more.",
        # no comment on what the page has not said
        "The pilots' guild and the Kesh ferry office declined to comment.",
        "The Kesh ferry office did not reply to repeated calls seeking comment.",
        "Ivo Marsh of the pilots' guild could not be reached.",
        "The lawyers of the Kesh ferry office were not immediately available to comment.",
    )
    for text in leaning:
        assert leans_on_context(text), text
    standing = (
        "In this way the harbor board of Vell kept the levy on trawlers.",
        "“We will not pay,” Ivo Marsh said of the levy on trawlers.",
        "The harbor board of Vell raised our fees, according to the crews of Orn.",
        "The harbor board of Vell declined to comment on the levy.",
        "Ivo Marsh did not respond to the charges in court on Monday.",
        "Ines Quarle said she's running for the harbor board of Vell.",
        "Pilots of Orn who flew World War I biplanes met at the quay.",
        "Winter fares on the Kesh ferry were not available to pilots.",  # news, not a comment
    )
    for text in standing:
        assert not leans_on_context(text), text


def test_a_social_media_credit_or_a_headline_in_title_case_is_no_sentence() -> None:
    from briefgen.selfcontained import is_fragment
    from briefgen.text import is_boilerplate, is_sentence

    assert is_boilerplate("Follow Ivo Marsh on Twitter @ivo_marsh.")
    assert not is_sentence("Follow Ivo Marsh on Twitter @ivo_marsh.")
    assert not is_boilerplate("Ivo Marsh has 40,000 followers on Twitter.")
    for text in ("Quarle Wins Vell Vote As Pilots Walk Out.", "The Vell Harbor Board Meets In May."):
        assert is_fragment(text), text
    for text in (
        "Ines Quarle, Ivo Marsh, Tavo Brannik and Ada Quill won seats on the board.",
        "Harbor Master Ines Quarle of Vell spoke.",
    ):
        assert not is_fragment(text), text


def test_the_situation_brings_the_sentence_a_days_news_leans_on_with_it() -> None:
    # "She also doubled the levy …" is news two outlets carry, but leans on the sentence before it:
    # the Situation shows both, that one first, rather than lose the news.
    intro = "Harbor Master Ines Quarle closed the north pier of Vell to trawlers on Monday."
    leaning = "She also doubled the levy on ferries from Orn until the spring floods pass."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (f"{intro} {leaning}",)),
            _dated(2, "2025-05-05", (f"Ferry crews of Kesh struck on Monday. {leaning}",)),
            _dated(3, "2025-05-05", ("Pilots of Kesh said the north pier of Vell was shut.",)),
        ]
    )
    assert leans_on_context(leaning)
    selector = Selector(corpus, date(2025, 5, 6))
    items = selector.situation(limit=4)
    texts = [i.text for i in items]
    assert intro in texts and leaning in texts
    sentences = {s.text: s for s in corpus.sentences}
    printed = [i.text for i in reading_order(corpus, items, sentences)]
    assert printed.index(intro) + 1 == printed.index(leaning)
    # … and without the one it leans on (kept for another section), neither is shown
    alone = [i.text for i in selector.situation(limit=4, skip={key_of(corpus, intro)})]
    assert alone and leaning not in alone and intro not in alone


def test_a_roman_numeral_i_is_no_speaker_and_a_contraction_is() -> None:
    # "Title I", "Division I", "Article I", "Type I": a numeral after its noun, not "I" the speaker.
    standing = (
        "Title I schools in Varna will lose funding under the plan, the ministry found.",
        "Division I athletes in Varna will get stipends under the new rules.",
        "The senate of Varna will vote on a bill to amend Article I of its charter.",
        "Type I diabetes drugs stay on the list of the health office of Varna.",
        "Phase I trials of the Varna vaccine ended in May.",
    )
    for text in standing:
        assert not leans_on_context(text), text
    # … but a contracted "I'm" or "We'll" opening a line is the speaker's own
    for text in ("We'll be hearing more from the crews of Varna soon.", "I'm not going to pay the Varna levy."):
        assert leans_on_context(text), text
    # and "Well, …" goes on from what was said before it
    assert leans_on_context("Well, the job is hard for the crews of Varna.")
    assert not leans_on_context("Wells in the hills of Varna ran dry in May.")


def test_a_sentence_whose_small_words_include_a_verb_is_no_headline() -> None:
    from briefgen.selfcontained import is_fragment

    for text in (
        "Orrick will appear before the Varna Harbor Committee on Tuesday.",
        "Orrick will be in Varna on Friday and Orn on Saturday.",
        "Everybody's looking at Varna, said Harbor Master Ida Velmont.",
    ):
        assert not is_fragment(text), text
    assert is_fragment("Velmont Wins Varna Vote After Pilots Walk Out.")


def test_a_body_said_which_by_a_clause_or_a_town_hall_needs_nothing_told() -> None:
    from briefgen.selfcontained import definite_heads

    for text in (
        "Orrick took questions at the town hall VTV ran in Varna.",
        "Orrick faulted the council that vetted the harbor candidates of Varna.",
        "The host committee for the Varna congress raised two million.",
        "Crews of Varna marched to the city hall on Monday.",
    ):
        assert definite_heads(text) == frozenset(), text
    # "told the committee that …" reports what it was told: which committee is still unsaid
    assert definite_heads("Crews told the committee that the levy would sink them.") == {"committe"}


def test_what_a_leaning_sentence_is_paired_with_must_stand_alone_plainly() -> None:
    from briefgen.selfcontained import stands_alone_plainly

    for text in (
        "The ferry guilds of Varna sent him a bill last spring.",  # him: nobody named before
        "Fourth was the harbor levy of Varna, at nine percent.",  # a ranked list going on
        "Eventually he was sentenced to two years in Varna.",
        "Well, the job is hard for the crews of Varna.",
    ):
        assert not stands_alone_plainly(text), text
    for text in (
        "Mayor Ida Velmont of Varna met the crews and thanked them.",
        "Orrick told them the levy of Varna was fair.",
        "The harbor board of Varna met on Tuesday.",
    ):
        assert stands_alone_plainly(text), text


def test_a_leaning_sentence_follows_its_lead_in_only_right_after_it() -> None:
    # The committee chair's sentence is chosen alone; a member's sentence calling it "the
    # committee" follows it. "She also …", the chair's next sentence, would print after the
    # member's, where "She" reads as someone else: it is not chosen.
    intro = "Ines Quarle, who chairs the harbor committee of Vell, closed the north pier to trawlers on Monday."
    leaning = "She also doubled the levy on ferries from Orn until the spring floods pass."
    member = "Ivo Marsh said the committee would ask the pilots of Kesh to guide ferries past the pier."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (f"{intro} {leaning}",)),
            _dated(2, "2025-05-05", (intro, "Pilots of Kesh fear the spring floods.")),
            _dated(3, "2025-05-05", (intro, "Gulls crowd the fish market of Vell at dawn.", member)),
            _dated(4, "2025-05-05", ("Ferry crews of Kesh struck on Monday.", member)),
        ]
    )
    items = Selector(corpus, date(2025, 5, 6)).situation(limit=5)
    assert [(i.text, i.after) for i in items] == [(intro, None), (member, intro)]


def test_the_sentence_brought_in_must_stand_alone_plainly_and_not_be_a_next_step() -> None:
    from briefgen.models import NextStep

    leaning = "She also doubled the levy on ferries from Orn until the spring floods pass."

    def situation(intro: str, scheduled: tuple[NextStep, ...] = ()) -> list[str]:
        corpus = make_corpus(
            [
                _dated(1, "2025-05-20", (f"{intro} {leaning}",)),
                _dated(2, "2025-05-20", (f"Ferry crews of Kesh struck on Tuesday. {leaning}",)),
                _dated(3, "2025-05-20", ("Pilots of Kesh said the north pier of Vell was shut.",)),
            ]
        )
        return [i.text for i in Selector(corpus, date(2025, 5, 21)).situation(limit=4, scheduled=scheduled)]

    # "him": the one before leans too, on someone it does not name; the two are no passage
    found = situation("The ferry guilds of Vell sent him a bill last spring.")
    assert leaning not in found and "The ferry guilds of Vell sent him a bill last spring." not in found
    # the one before announces what Next steps shows with its day: left to it, and so is the pair
    intro = "Harbor Master Ines Quarle said the ferry talks with the pilots of Vell resume on Monday."
    assert leaning in situation(intro)
    step = NextStep(
        "Negotiators will meet the pilots of Vell again on Monday to discuss the ferry talks.",
        date(2025, 5, 26),
        None,
        (0,),
    )
    found = situation(intro, (step,))
    assert leaning not in found and intro not in found


def test_a_verb_like_or_a_no_comment_tail_does_not_make_a_sentence_lean() -> None:
    for text in (
        "Orrick made the levy the heart of his campaign in Varna, and voters like that.",
        "Police arrested three dockers in Varna on Tuesday, and their lawyers could not be reached.",
    ):
        assert not leans_on_context(text), text
    assert leans_on_context("The dockers' lawyers in Varna could not be reached.")


def test_an_adverb_then_a_pronoun_goes_on_from_what_was_told() -> None:
    assert leans_on_context("Eventually he was sentenced to two years in Varna.")
    assert leans_on_context("Reportedly, she left the harbor board of Varna in May.")
    assert not leans_on_context("Eventually the harbor board of Varna dropped the levy.")


def test_him_or_her_with_nobody_named_or_a_ranked_list_going_on_leans_in_any_sentence() -> None:
    # Chosen alone, not only as the sentence a leaning one is paired with: who is "him"? fourth of what?
    for text in (
        "The ferry PACs paid him twice last spring.",
        "The super ferries of the bay ignored him all week.",  # "super" only ends like a doer's noun
        "The rumor about the levy stung her.",  # … and so do "rumor" and "winter": no person's own noun
        "A winter gale over the bay kept him ashore.",
        "The number of guilds backing her grew after the vote.",
        "A month of ferry strikes left her with few allies.",
        "Fourth was the harbor levy, at nine percent.",
        "Third came the pier.",
    ):
        assert leans_on_context(text), text
    # … but a name or a person anywhere says who: before it, or after it ("In her speech, Quarle …")
    for text in (
        "In her speech, Quarle warned the harbor board.",
        "The pilot said the crews of the pier had thanked him.",
        "Voters in the north ward backed him by nine votes, the clerk of Vell said.",
        "Fourth of July crowds filled the pier.",
        "A 19-year-old lost her ferry pass at the pier.",  # an age is a person
        "The pier guards stopped a 19-year-old and searched her bag.",
    ):
        assert not leans_on_context(text), text
    # … though an example opening the sentence illustrates what the page has not told
    assert leans_on_context("For example, a 19-year-old lost her ferry pass at the pier.")
    assert leans_on_context("For instance, the levy on ferries doubled in May.")


def test_a_count_whose_noun_an_earlier_sentence_gave_leans() -> None:
    # A tally run on from the sentence before: fourteen what? (seats, votes, pilots' badges …)
    for text in (
        "Quarle holds at least 14.",
        "The dockers' slate took nine.",
        "The pilots' guild secured at least 1,200, and the ferry crews took 75.",
        "Of the berths on offer, the ferry guild secured at least 22.",
    ):
        assert leans_on_context(text), text
    # … but a count with its noun, anywhere in the sentence, or a year or a limit after a preposition, stands
    for text in (
        "Quarle holds 14 seats on the harbor board and Orrin holds nine.",
        "The dockers' slate took 31 Lower Pier votes, while the pilots took 12.",
        "The ferry guild has been collecting the toll since 1984.",
        "The gale raised the count of sunk boats to 74.",
    ):
        assert not leans_on_context(text), text


def test_a_pronoun_i_after_a_capitalized_word_is_read_one_way_for_every_section() -> None:
    from briefgen.selfcontained import _first_person
    from briefgen.spoken import first_person_talk

    # A name, a greeting or a label before "I" leaves it the speaker's "I" (the page and Next steps agree)
    for text in (
        "Unlike Quarle, I know the harbor of Vell well.",
        "Tam Orr: I would run for the harbor board again.",
        "Thanks, Orr, I thought, and left the pier.",
    ):
        assert _first_person(text) and first_person_talk(text), text
        assert leans_on_context(text), text
    for text in ("World War I veterans of Vell marched.", "Title I schools of Vell lost funds."):
        assert not _first_person(text) and not first_person_talk(text), text


def test_a_writers_credit_line_under_the_story_is_no_sentence_of_it() -> None:
    from briefgen.corpus import split_article

    story = (
        "Harbor Master Ines Quarle shut the north pier of Vell to trawlers on Monday.",
        "Pilots of Kesh said they would strike if the levy vote went ahead in May.",
    )

    def complete(paragraphs: tuple[str, ...]) -> list[bool]:
        return [full for _, _, full in split_article(_dated(1, "2025-05-05", paragraphs))]

    for credit in (
        "Ines Quarle is the Courier's ferry correspondent.",
        "Tam Orr is host of Harbor Hour, a weekly radio show on Kesh FM.",
        "Ada Quill is the author of Tides of Vell and a columnist for the Orn Gazette.",
    ):
        assert complete((*story, credit)) == [True, True, False], credit
        # … in the story it is news about a person, and so is a life told in the past
        assert complete((story[0], credit, story[1], "Ferry crews of Kesh struck on Monday.")) == [True] * 4, credit
    for line in (
        "Ines Quarle is the harbor master of Vell and will rule on the levy.",
        "Ines Quarle was a reporter for the Vell Courier.",
        "Tam Orr was a professor of law at Lorrin.",
    ):
        assert all(complete((*story, line))), line


def test_a_passerby_who_only_talks_is_no_key_point_but_what_a_person_did_is() -> None:
    def article(n: int, bullets: tuple[str, ...], body: str) -> Article:
        return Article(f"p{n}", f"Title {n}", f"p{n}.txt", f"Outlet {n}", None, bullets, (body,))

    voter = "Tam Orr, 54, a welder from Lorrin, said he would vote against the levy."
    retiree = "Ida Brun, a 71-year-old retiree from Orn, also plans to back the ferry guild."
    suspect = "Ivo Lund, 40, a baker from Kesh, was charged on Monday with setting the pier fire."
    aide = "Ada Quill, 61, an aide to the harbor master, said the levy would pass in May."
    followed = "Pel Varo, 38, a deckhand from Orn, said the ferry sank after the pumps failed."
    bodies = (
        "Varo swam for an hour before a trawler found him near the reef of Orn.",
        "Crews of Kesh praised Varo for pulling two children from the water.",
        "The harbor board of Vell will hear Varo at its inquiry into the sinking.",
    )
    # each line has the most support it can have: every outlet carries it
    bullets = (voter, retiree, suspect, aide, followed)
    corpus = make_corpus([article(n, bullets, body) for n, body in enumerate(bodies)])
    points = [p.text for p in key_points(Selector(corpus), [], limit=7)]
    # a voter's voice is colour …
    assert voter not in points and retiree not in points
    # … what a person given by age and trade did is news, a post is a part in the story, and someone
    # the articles keep naming is one the story follows
    assert suspect in points and aide in points and followed in points


def test_a_dek_above_the_story_is_no_sentence_of_it() -> None:
    from briefgen.corpus import split_article

    story = (
        "Harbor Master Ines Quarle shut the north pier of Vell to trawlers on Monday.",
        "Pilots of Kesh said they would strike if the levy vote went ahead in May.",
    )
    # a short first line in a headline's style (no article, nobody named in full) is the dek
    for dek in (
        "Pilots threaten strike as levy vote nears in north ward.",
        "Ferry fares to double under new port plan.",
    ):
        read = split_article(_dated(1, "2025-05-05", (dek, *story)))
        assert [complete for _, _, complete in read] == [False, True, True], dek
    # … a lede keeps its articles or names its people, and a line alone is no dek above anything
    for lede in (
        "The harbor board of Vell raised the levy on ferries on Monday.",
        "Pilots backed Ines Quarle for harbor master after weeks of strikes.",
        "Ferry crews of Kesh struck on Monday.",
    ):
        assert all(complete for _, _, complete in split_article(_dated(1, "2025-05-05", (lede, *story)))), lede
    alone = "Pilots threaten strike as levy vote nears in north ward."
    assert split_article(_dated(1, "2025-05-05", (alone,)))[0][2]


def test_a_whole_or_the_fiercest_of_a_set_the_page_has_not_shown_leans_on_it() -> None:
    for text in (
        "The whole fleet was sold to a trader from Kesh.",
        "The whole convoy turned back at noon.",
        "One of the fiercest quarrels was about the ferry tolls.",
        "Some of the loudest cheers were for the pilots of Kesh.",
    ):
        assert leans_on_context(text), text
    for text in (
        "The whole country of Vell will vote on the ferry levy in May.",
        "One of the fiercest quarrels of the Vell harbor hearing was about tolls.",
        "The whole of the north pier of Vell was shut on Monday.",
        # a noun in -est is no superlative, and a quotation's own first words are the speaker's
        "Two of the guest pilots were from Kesh.",
        "Some of the interest groups have sued the harbor board of Vell.",
        "\u201cThe entire levy is a swindle,\u201d Ida Brun told the board.",
    ):
        assert not leans_on_context(text), text


def test_a_key_point_printing_a_shown_next_step_word_for_word_gives_way() -> None:
    # A key point chosen as a passage of two sentences, the first of them an event set for a day
    # that Next steps shows: the same words would be printed twice on the page.
    from dataclasses import replace as replaced

    from briefgen import compose
    from briefgen.models import Brief, Item
    from briefgen.ranking import rank

    step = "The harbor board of Vell will vote on the ferry levy on Friday, its clerk said on Tuesday."
    after = "Its chair also plans hearings in Marsh and Tull before the summer sailings."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-20", ("Pilots of Vell walked off the ferries on Monday over the levy.", step)),
            _dated(2, "2025-05-20", ("Ferries of Vell stood idle on Monday as pilots walked off.", step)),
        ]
    )
    today = date(2025, 5, 21)
    ranked = rank(corpus, today)
    assert step in [s.text for s in ranked.next_steps]
    passage = Item(f"{step} {after}", (0,), support=2, score=9.0)
    other = Item("Ferries of Vell stood idle on Monday as pilots walked off.", (1,))
    ranked = replaced(ranked, key_points=(passage, other))
    base = Brief("Vell", today, corpus, (), (), (), ())
    counts = compose.Counts(len(ranked.situation), 2, 0, 0, len(ranked.next_steps))
    shown = compose.assemble(base, ranked, counts, {s.text: s for s in corpus.sentences})
    assert step in [s.text for s in shown.next_steps]
    assert passage.text not in [k.text for k in shown.key_points]
    assert other.text in [k.text for k in shown.key_points]


def test_a_person_by_age_a_spokesman_of_nobody_and_a_source_by_its_kind_lean() -> None:
    # someone the story gave by age before, now by age alone, the age standing as the noun
    assert leans_on_context("The 61-year-old was ordered to repay the grant to the glassworks of Tarrow.")
    assert leans_on_context("The retired 61-year-old, a keen beekeeper, kept hives on the slopes above Tarrow.")
    assert not leans_on_context("The 61-year-old Mira Tolven kept hives on the slopes above Tarrow.")
    assert not leans_on_context("The 61-year-old, Mira Tolven, kept hives on the slopes above Tarrow.")
    assert not leans_on_context("The 74-year-old owner of Tolven Glass sold the kilns to a firm from Orn.")
    # … not a thing's age
    for text in (
        "The 90-year-old jetty at Tarrow sank into the lake.",
        "The 12-year-old feud between the glassblowers has cost both guilds dearly.",
        "The 40-year-old ban on night fishing in the lake was lifted.",
        "The 150-year-old almanac of Tarrow will stop printing in June.",
    ):
        assert not leans_on_context(text), text
    # a spokesman whose employer the sentence does not give
    assert leans_on_context("A spokesman, Aron Pelt, declined to put a figure on the cold kilns.")
    assert leans_on_context("A spokeswoman estimated the repairs at two million crowns.")
    assert not leans_on_context("A spokeswoman for the glassworks estimated the repairs at two million crowns.")
    # a study, a bulletin or a survey the reader was not shown, or "it" speaking a quotation
    assert leans_on_context("Two kilns at the glassworks had been cold since March, the bulletin noted.")
    assert leans_on_context("Sales of glass fell by a third over the winter, according to the survey.")
    assert leans_on_context('"We will relight every kiln by autumn," it said in a notice to the glassblowers.')
    assert not leans_on_context("Two kilns at the glassworks had been cold since March, the Tarrow Ledger noted.")
    assert not leans_on_context("The study of the lake board found two kilns at the glassworks cold.")
    # a news outlet in an outlet's place is nobody a pronoun stands for; a name elsewhere may be a person
    assert leans_on_context("The Vell Ledger learned that she had sold her stake in the glassworks.")
    assert leans_on_context("Police told Orn Radio that he had left Tarrow before dawn.")
    assert not leans_on_context("Mira Tolven told the Vell Ledger that she would keep the kilns lit.")
    assert not leans_on_context("Mr. Post said he would not stand again for the guild of glassblowers.")
    assert not leans_on_context("Ms. Press said she would appeal the fine.")


def test_a_passerby_with_a_particle_in_the_surname_is_one_too() -> None:
    from briefgen.keypoints import passerby

    rider = "Pieter van Dorn, a 58-year-old tram driver, said the new fares at Tarrow were too steep."
    corpus = make_corpus([Article("p0", "Title", "p0.txt", "Outlet", None, (), (rider,))])
    assert passerby(corpus, rider)


def test_the_subject_after_a_short_lead_in_of_time_or_place_needs_telling() -> None:
    from briefgen.selfcontained import definite_heads

    assert definite_heads("On Sunday, the tender went to a builder from Orn.") == {"tender"}
    assert definite_heads("In Tarrow, the orchestra cancelled its winter season.") == {"orchestra"}
    assert definite_heads("Late Friday, the fog lifted over the lake at Tarrow.") == {"fog"}
    # a lead-in with its own "the" is read for itself; a time or a country's own body is known
    assert definite_heads("At the auction, the museum of Tarrow bought two brass lamps.") == {"auction"}
    assert definite_heads("On Sunday, the government of Vell sold two brass lamps.") == frozenset()
    # a clause with its own verb is no lead-in, and "them" is no noun
    assert definite_heads("On Monday guards walked out, the board said.") == frozenset()
    assert definite_heads("On Friday, the court found them liable.") == frozenset()
    # … nor with an irregular past for its verb
    assert definite_heads("On Monday guards struck, the board said.") == frozenset()
    assert definite_heads("Late Friday tolls rose, the board said.") == frozenset()


def test_the_one_in_question_a_source_unnamed_and_a_proposal_dismissed_lean() -> None:
    assert leans_on_context("The buyers have asked to see the ledger in question before they pay.")
    assert leans_on_context("The orchard in question was sold in May.")
    assert leans_on_context("Someone at the mill said the one in question had been sold.")
    assert not leans_on_context("The auditors called into question how many kilns the guild had counted.")
    assert not leans_on_context("Two of the lamps were cracked, so the lamps in question were sent back to Orn.")
    assert leans_on_context(
        'Mira Tolven called the fine "a theft from glassblowers," in remarks quoted by the broadcast.'
    )
    assert leans_on_context("The council of Tarrow dismissed the proposal at its spring sitting.")


def test_a_choice_among_what_was_set_out_and_the_village_untold_lean() -> None:
    from briefgen.selfcontained import definite_heads

    assert leans_on_context("Which of the two is cheaper, nobody at the mill could say.")
    assert leans_on_context("Whichever is picked, tram fares at Tarrow will rise in spring.")
    assert not leans_on_context("Whichever bidder wins the tender will have to rebuild the quay.")
    assert not leans_on_context("Members of the choir will choose which hymn opens the festival.")
    assert leans_on_context("If the first option is taken, the tram depot at Tarrow closes in spring.")
    assert not leans_on_context("The first option of the three the council gave keeps the depot open.")
    assert not leans_on_context("The first school concert of the year at Tarrow sold out in an hour.")
    assert definite_heads("Goats were herded through the village at noon.") == {"villag"}
    assert definite_heads("Goats were herded through the village of Senn at noon.") == frozenset()


def test_a_passerby_sharing_a_surname_with_someone_the_story_follows_is_one_still() -> None:
    from briefgen.keypoints import passerby

    keeper = "Greta Venn, a 58-year-old beekeeper from Sollen, plans to back the hive levy at the co-op vote."
    rival = (
        "Tomas Venn, who chairs the Sollen chess club, lost his seat on the co-op board.",
        "Growers in Sollen preferred the new chairman to Tomas Venn by a wide margin.",
        "Tomas Venn said he would stand again next spring.",
        "By Friday, Venn had not accepted the result.",  # which Venn? the one the story follows
        "Venn's chess club asked for a second count.",
        "A letter from the club Venn chairs called the vote unfair.",
    )
    corpus = make_corpus([Article("p0", "Title", "p0.txt", "Outlet", None, (), (" ".join((*rival, keeper)),))])
    assert passerby(corpus, keeper)  # the articles follow her namesake, not her
    again = ("Ms. Venn later sold honey to the co-op.", "Venn moved her hives to Kell.", "Greta Venn won a prize.")
    corpus = make_corpus([Article("p0", "Title", "p0.txt", "Outlet", None, (), (" ".join((keeper, *again)),))])
    assert not passerby(corpus, keeper)  # named again and again: one the story follows
    # a word before the surname that is no given name is no namesake: a title, an adverb, a day
    again = ("Then Venn moved her hives to Kell.", "Councillor Venn sold honey.", "On Monday Venn spoke.")
    corpus = make_corpus([Article("p0", "Title", "p0.txt", "Outlet", None, (), (" ".join((keeper, *again)),))])
    assert not passerby(corpus, keeper)


def test_a_capitalised_irregular_past_is_a_labels_word_not_a_verb() -> None:
    from briefgen.selfcontained import is_fragment

    for text in ("Rose Garden, Sollen.", "Kept Vows, Broken Crates", "Paid Notices, Brill"):
        assert is_fragment(text), text
    assert not is_fragment("Brill, the co-op said, paid its pickers.")


def test_the_same_quoted_words_are_shown_once_whoever_the_outlets_say_spoke_them() -> None:
    from briefgen.models import Statement
    from briefgen.ranking import _quoted_above

    # two outlets spell one ferry pilot two ways, one quoting her at more length
    longer = "The tolls are a tax on the poor. Nobody on the north shore can pay them any more"
    shorter = "Nobody on the north shore can pay them any more."
    shown = [_quote_key(longer)]
    said = "Pilot Mira Tollan said: “Nobody on the north shore can pay them any more.”"
    assert _quoted_above(Statement(said, shorter, (1,)), shown)
    assert _quoted_above(Statement(said, longer, (1,)), [_quote_key(shorter)])
    # … other words, a short stock phrase two people may both say, or a sentence reported with no
    # quotation marks, are no repeat
    assert not _quoted_above(Statement(said, "The levy will sink every ferry line on the north shore.", (1,)), shown)
    assert not _quoted_above(Statement(said, "We will see", (1,)), [_quote_key("We will see what the board does")])
    assert not _quoted_above(Statement(said, None, (1,)), shown)

    north = "Ferry crews of the north shore stopped work on Monday over the new harbor tolls of Vell."
    page = _page(
        [
            _dated(1, "2025-05-19", (north, f"“{longer},” said Mira Tollan, a ferry pilot of Kesh.")),
            _dated(
                2, "2025-05-19", (north.replace("Monday", "Monday morning"), f"“{shorter}” said Mira Tolan, a pilot.")
            ),
            _dated(3, "2025-05-18", ("The harbor board of Vell raised the tolls for ferries by a third on Sunday.",)),
        ],
        date(2025, 5, 20),
    )
    printed = [s.printed for p in page.positions for s in p.statements]
    assert sum("north shore can pay them" in q for q in printed) <= 1, printed


def _quote_key(text: str) -> str:
    from briefgen.corpus import sentence_key

    return sentence_key(text)


_STORM = (
    "The storm sank three trawlers off Orn on Tuesday, flooded the fish market of Vell and left 4,200 dockers "
    "idle on the quays."
)
_SENT_HOME = "Some 4,200 dockers of Vell were sent home without pay on Tuesday, guild officials said."
_DIVERS = "The harbor board of Vell said it would hire divers to raise the trawlers by the end of the month."


def test_a_key_point_giving_a_count_the_situation_gives_tells_that_fact_twice() -> None:
    corpus = make_corpus([_dated(n, "2025-05-20", (_STORM, _SENT_HOME, _DIVERS)) for n in (1, 2, 3)])
    selector = Selector(corpus, date(2025, 5, 21))
    storm = selector.to_item(selector.candidates[selector.by_key[key_of(corpus, _STORM)]])
    points = [k.text for k in key_points(selector, [storm], limit=5)]
    assert _DIVERS in points and _SENT_HOME not in points
    # … but one naming the storm by its count ("the storm that left …") tells something new of it
    rivets = (
        "Guild inspectors blamed rusted rivets for the loss of the trawlers in the storm that left 4,200 dockers idle."
    )
    corpus = make_corpus([_dated(n, "2025-05-20", (_STORM, _SENT_HOME, _DIVERS, rivets)) for n in (1, 2, 3)])
    selector = Selector(corpus, date(2025, 5, 21))
    storm = selector.to_item(selector.candidates[selector.by_key[key_of(corpus, _STORM)]])
    assert rivets in [k.text for k in key_points(selector, [storm], limit=5)]


def test_a_key_point_giving_a_count_the_printed_situation_gives_makes_way_for_the_next() -> None:
    from briefgen import compose
    from briefgen.models import Item

    corpus = make_corpus([_dated(n, "2025-05-20", (_STORM, _SENT_HOME, _DIVERS)) for n in (1, 2)])
    ranked = compose.Ranked((Item(_STORM, (0, 1)),), (Item(_SENT_HOME, (0, 1)), Item(_DIVERS, (0, 1))), (), ())
    base = Brief("Vell", date(2025, 5, 21), corpus, (), (), (), ())
    sentences = {s.text: s for s in corpus.sentences}
    shown = compose.assemble(base, ranked, compose.Counts(1, 1, 0, 0, 0), sentences)
    assert [k.text for k in shown.key_points] == [_DIVERS]
    # … with the Situation sentence off the page, the count is told once, as a key point
    shown = compose.assemble(base, ranked, compose.Counts(0, 1, 0, 0, 0), sentences)
    assert [k.text for k in shown.key_points] == [_SENT_HOME]


def test_a_count_is_a_figure_and_the_noun_it_counts() -> None:
    from briefgen.counts import counted

    assert counted("Gales forced some 100,000 people off the coast.") == {("100000", "peopl")}
    assert counted("Some 63 ferries and 1,250 crews stayed in port.") == {("63", "ferri"), ("1250", "crew")}
    # not a year, a time, a rate, a sum, a decimal, a range's end or a count in words
    none = (
        "The 1998 levies stood until the board met at 10 p.m. on Tuesday.",
        "Tolls rose 13 percent, to $40 million, and 2.5 tonnes of fish spoiled.",
        "Two pilots and three crews left the guild of Orn.",
        "The ferry left at 10:30 on Tuesday with the crew of 9.",
        # … nor a span or a measure, a number in a name, or a count saying which event it is
        "After 48 hours at sea the crews of Orn had been 12 days without pay.",
        "Ferry 114 sank 10 miles off Orn in 40 metres of water.",
        "Divers found a cracked hull on the barge that drowned 40 sheep.",
        "The fire at the pier, which left 300 pilots idle, was put out.",
    )
    for text in none:
        assert not counted(text), text


def test_a_sentence_singling_its_subject_out_of_what_was_told_before_leans_on_it() -> None:
    # "The north pier, in particular, …": in particular among what? The page has not said.
    for text in (
        "The north pier, in particular, was badly hit by the storm.",
        "The guild, for its part, said it would not pay the levy.",
        "In particular, the landing fee doubled for trawlers from Orn.",
        "For their part, the pilots of Kell stayed in port on Monday.",
        "Orn, by comparison, lost only two boats.",
        "By comparison, the ferry line lost a third of its fares.",
        "The harbour board, above all, wants the levy paid.",
        "Ines Quarle, likewise, voted against the fares.",
    ):
        assert leans_on_context(text), text
    for text in (
        "The guild of ferrymen in Ostrel rejected the fares, in particular the landing fee.",
        "The storm hit the north pier in particular.",
        "The levy hits trawlers from Orn in particular hard, the guild said.",
        "For its part in the rescue, the crew of the Vell ferry was given a medal.",
        "By comparison with last year, fares rose by a tenth.",
        "In particular cases the board may waive the fee.",
    ):
        assert not leans_on_context(text), text


def test_a_sentence_holding_part_of_a_quotation_that_runs_on_is_no_line_of_its_own() -> None:
    # A speaker's words of two paragraphs: the first leaves the quotation open (the convention for a
    # quotation that goes on), the second opens it again. The first alone misquotes the speaker.
    from briefgen.selfcontained import quotation_cut

    opened = 'The harbour board of Vell said on Monday: "The north pier will stay closed to the ferry crews of Orn.'
    goes_on = '"The crews must use the old quay until the spring," the board said.'
    for text in (
        opened,
        "The harbour board of Vell said on Monday: “The north pier will stay closed to the crews.",
        "The crews must use the old quay until the spring,” the board said.",
        "Ida Orr told the guild: ``We will never sell the ferry.",
    ):
        assert quotation_cut(text), text
    for text in (
        "The harbour board said: “The north pier will stay closed.”",
        goes_on,
        'The mayor called the levy "theft" on Monday.',
        "The mayor called the levy ''theft'' on Monday.",
        "The mayor called the levy ``theft'' on Monday.",
        "Ines Quarle's boat, the ''Gull,'' sank off Kell.",
        "The pilots' union said it would strike.",
        'The guild said "no" twice and "never" once.',
    ):
        assert not quotation_cut(text), text
    news = "The harbour board of Vell closed the north pier to the ferry crews of Orn on Monday."
    corpus = make_corpus(
        [
            Article(f"q{n}", "T", f"q{n}.txt", f"Outlet {n}", date(2025, 3, 10), (), (news, opened, goes_on))
            for n in (1, 2)
        ]
    )
    selector = Selector(corpus, date(2025, 3, 11))
    eligible = {c.sentence.text for c in selector.candidates if selector._eligible(c)}
    assert news in eligible and opened not in eligible


def test_a_place_next_door_or_a_point_granted_of_course_leans_on_what_came_before() -> None:
    for text in (
        "Next door the salt traders of Kell shut their stalls early.",
        "Next door, the guild of ferrymen counted its losses.",
        "The levy, of course, was the guild's own idea.",
        "The pilots were paid in full on Friday, of course, as the guild's rules require.",
        "The fares fell again in May, of course.",
    ):
        assert leans_on_context(text), text
    for text in (
        "Next door to the north pier, a fire broke out on Sunday.",
        "The guild of ferrymen in Ostrel rejected the fares on Monday.",
        "The course of the regatta was moved to the bay of Kell, the harbour board said.",
        "Ines Quarle, who set the course for the regatta, won the vote.",
    ):
        assert not leans_on_context(text), text


def test_a_refusal_to_answer_alone_is_no_point() -> None:
    # What someone would not say is no news, the question with it or not ...
    for text in (
        "Ines Quarle would not say what the guild of pilots would do next.",
        "The harbor office of Vell declined to say how many trawlers were seized.",
        "Ivo Marsh would not say.",
    ):
        assert leans_on_context(text), text
    # ... but news joined to it is news, and saying one will not do something is a statement.
    for text in (
        "Ines Quarle would not say whether she would run, but the guild endorsed her on Monday.",
        "Ines Quarle said she would not seek a second term on the harbor board.",
        "The pilots of Orn refused to sail until the levy was dropped.",
        # news before the refusal, joined without a comma or by a relative clause: the news is the point
        "Wardens held two trawlermen in Vell on Friday but would not say what they were charged with.",
        "The Kesh treasury raised its lending rate by a point and did not say whether more would follow.",
        "The stoppage was called by the pilots' head, Odo Brisk, who would not say how long it would last.",
        "Divers found a breach in the hull of the barge, yet they refused to say who was to blame.",
        "Raiders burned two grain barges at Kesh; the wardens would not say how many were held.",
    ):
        assert not leans_on_context(text), text


def test_a_refusal_with_news_inside_or_in_an_aside_is_the_news() -> None:
    for sentence in (
        "Wardens would not say what caused the fire that destroyed 14 barns near Oska on Sunday.",
        "The Brell council, which shut two clinics on Monday, would not say when they would reopen.",
        "Harl Mining refused to say whether the 200 miners it laid off on Friday would be rehired.",
    ):
        assert not leans_on_context(sentence), sentence
    assert leans_on_context("Tova Reins would not say what the guild would do next.")


def test_a_span_later_than_something_untold_leans_on_it() -> None:
    for sentence in (
        "Moments later, the mayor of Oska walked out of the hall.",
        "Two days later, the Brell council voted to close the mill.",
        "A week later, the dockers of Tarn ended their strike.",
    ):
        assert leans_on_context(sentence), sentence
    assert not leans_on_context("Three years later than promised, the Oska bridge opened on Monday.")
    assert not leans_on_context("Moments before the vote, the mayor of Oska walked out of the hall.")


def test_how_much_of_a_named_stretch_stands_alone() -> None:
    # "this week", "this year's catch": the demonstrative says what it is
    for text in (
        "Much of this week was lost to rain in Orn.",
        "None of this year's catch was sold at the Vell market.",
        "Most of this season's ferries sailed from Vell, the harbor board said.",
    ):
        assert not leans_on_context(text), text
