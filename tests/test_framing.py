"""The writer's verdict ("The question is whether …") and a publication's description of itself
are no development: neither opens a Situation line nor makes a key point. Invented sentences."""

from __future__ import annotations

from briefgen.analysis import make_corpus
from briefgen.framing import writers_verdict
from briefgen.keypoints import key_points
from briefgen.models import Article
from briefgen.selection import Selector
from briefgen.standing import standing_fact

VERDICTS = (
    "The question is whether the guild of ferrymen will hold together through the winter.",
    "The problem for the harbour board of Ostrel is that its ferries are forty years old.",
    "The good news for lantern makers in Orne is that wax has got cheaper.",
    "But the real question is how the toll will be collected once the bridge opens.",
    "The irony is that the guild itself asked for the audit.",
    "The catch is that the subsidy runs out in two years.",
    "The bottom line is that fares in Ostrel will keep rising.",
    "The bad news — the third such notice since the thaw — was that the lantern works in Orne would close.",
    "The lesson for Varnese ferry owners is that an audit cannot be avoided.",
    "The trouble with the new timetable is that nobody was asked.",
    "The more troubling question is why the board waited a year.",
    # a verdict appended to a fact, or the writer's counsel
    "Fares at the Ostrel quay rose by a tenth, but the question is whether passengers will pay them.",
    "With the ferry season over, the real problem for the harbour board is how it will pay its pilots.",
    "The harbour board approved the fares on Monday, and the question now is whether the guild will strike.",
    "Lantern sellers in Orne might want to lower their prices.",
    "The harbour board of Ostrel would do well to listen to the ferry crews.",
    "The guild ought to settle before the summer crossings begin.",
)
NOT_VERDICTS = (
    "The problem was fixed by engineers of the harbour board on Monday.",  # what happened to it
    "The question of ferry fares was put to a vote of the guild on Tuesday.",
    "The news that the ferry had sunk reached Ostrel at noon.",
    "The news is that the ferry guild voted on Monday to strike.",  # news, not good or bad news
    "The question is whether the guild will hold, the mayor of Ostrel said.",  # someone's view
    "“The problem is that nobody asked us,” said Ines Quarle.",
    "The problem, officials said, is that the ferries are old.",
    "Ines Quarle said the problem is that the ferries are old.",
    "The truth commission of Varnese opened hearings on Monday.",
    "The news agency of Varnese was closed on Friday.",
    "The question was referred to the harbour court on Thursday.",
    "The main question at the guild meeting was settled on Monday.",
    "The reality show filmed in Ostrel was cancelled.",
    "The danger is over, the harbour master of Ostrel told crews on Friday.",
    "The trouble began when the ferry guild voted to strike.",
    "The question is expected to come before the guild in May.",
    "The problem is being studied by a panel of the harbour board.",
    "The lesson was taught by Ines Quarle at the guild school.",
    "The guild of ferrymen voted on Monday, and the problem was referred to the harbour court.",
    "Ferry crews in Ostrel may want to strike, the clerk of the guild said on Monday.",
    "The board, the question of fares aside, met on Monday.",
    "The harbour board of Ostrel wants to raise the fares on Monday.",
    "Crews who want to strike may vote on Friday.",
    "The guild said the board ought to resign.",
    "The guild of ferrymen met on Monday; the truth commission of Varnese met on Tuesday.",
    "The harbour master asked whether the crews might want to sail early, and they agreed.",
    # attributed by "according to", or the question a court or the voters must answer
    "The question is whether Ines Quarle will stand for the guild, according to two of her clerks.",
    "The danger is that the sea wall at Ostrel could give way within days, according to the harbour board.",
    "The question for the harbour court is whether the toll breaks the ferry charter.",
    "The question before voters in Ostrel is whether to borrow money for a new pier.",
    # a relative clause's wish, or a state expected: no counsel of the writer's
    "Skippers who may want to attend the hearing can sign the guild's roll until Friday.",
    "Under the new timetable, passengers ought to be able to cross to Varnese in an hour.",
    "The Ostrel ferry ought to be back on its run by Friday, the harbour board's notice reads.",
)
PUBLICATIONS = (
    "The Ostrel Ledger is an independent, nonprofit news site covering the harbour towns of Varnese.",
    "Ferry Weekly is a reader-funded newspaper based in Ostrel.",
    "Harbour Notes is a nonprofit newsroom that reports on the ferry trade.",
    "The Varnese Courier is an independent news organization.",
    "Quay Radio is a public broadcaster serving the islands.",
)
NOT_PUBLICATIONS = (
    "The Ostrel Ledger is the newspaper that broke the story of the ferry audit.",  # which one, and what it did
    "Ferry Weekly is a newspaper in Orn that was fined on Monday.",
    "Ines Quarle is a reporter for the Ostrel Ledger.",
    "The Ostrel Ledger reported on Monday that the guild had voted.",
    "Harbour Notes is a news site, and it said on Friday the audit was flawed.",
    "The guild is a news source of record for the ferry trade, its clerk said.",
    # a person whose trade is news, or an outlet that did something
    "Ines Quarle is a newspaper columnist turned harbour master.",
    "Orr Tamsin is a news site founder from Ostrel.",
    "The Ostrel Ledger is a daily newspaper, and it backed the guild in the fares vote.",
    "The Varnese Courier is an independent newspaper that endorsed the guild in the spring.",
)


def test_the_writers_verdict_is_told_apart_from_what_happened() -> None:
    for text in VERDICTS:
        assert writers_verdict(text), text
    for text in NOT_VERDICTS:
        assert not writers_verdict(text), text


def test_a_publication_describing_itself_is_a_standing_fact() -> None:
    for text in PUBLICATIONS:
        assert standing_fact(text), text
    for text in NOT_PUBLICATIONS:
        assert not standing_fact(text), text


def _article(n: int, bullets: tuple[str, ...], paragraphs: tuple[str, ...]) -> Article:
    return Article(f"f{n}", f"Title {n}", f"f{n}.txt", f"Outlet {n}", None, bullets, paragraphs)


def test_neither_makes_a_key_point_nor_a_situation_line() -> None:
    verdict = "The question is whether the guild of ferrymen in Ostrel will accept the fares of the harbour board."
    outlet = "The Ostrel Ledger is an independent news site covering the guild of ferrymen in Ostrel."
    news = "The guild of ferrymen in Ostrel rejected the fares of the harbour board at a meeting on Monday."
    more = "The harbour board of Ostrel set new ferry fares for the guild of ferrymen in Ostrel last week."
    corpus = make_corpus(
        [
            _article(1, (verdict, "The guild of ferrymen in Ostrel rejected the fares."), (verdict, news, outlet)),
            _article(2, (outlet, "The harbour board of Ostrel set the ferry fares."), (verdict, more, outlet)),
        ]
    )
    selector = Selector(corpus)
    situation = selector.situation(limit=3)
    assert verdict not in [i.text for i in situation], [i.text for i in situation]
    # The outlets' own bullets, with nothing above them: the news is a point, the others are not.
    assert outlet not in [i.text for i in situation], [i.text for i in situation]
    points = [p.text for p in key_points(selector, [], limit=5)]
    assert any("rejected" in p for p in points), points
    assert verdict not in points and outlet not in points, points
    # A verdict that every piece opens on, in the story's own words, would lead both sections but
    # for the rule.
    verdict = (
        "The problem for the guild of ferrymen in Ostrel is that the harbour board of Ostrel set the ferry fares alone."
    )
    news = "The guild of ferrymen in Ostrel rejected the ferry fares of the harbour board of Ostrel at a meeting on Monday."
    corpus = make_corpus(
        [
            _article(1, (verdict, "The guild of ferrymen in Ostrel rejected the ferry fares."), (verdict, news)),
            _article(2, (verdict, "The harbour board of Ostrel set the ferry fares."), (verdict, more)),
        ]
    )
    selector = Selector(corpus)
    assert verdict not in [i.text for i in selector.situation(limit=3)]
    assert verdict not in [p.text for p in key_points(selector, [], limit=5)]


def _piece(title: str, first: str) -> Article:
    return Article("p", title, "p.txt", "Outlet", None, (), (first, "The guild of ferrymen met on Monday."))


def test_a_piece_that_calls_itself_an_editorial_or_a_column_is_told_apart() -> None:
    from briefgen.framing import opinion_piece

    opinion = (
        _piece("Fares and the guild", "The Ostrel Ledger wrote in its editorial of 4 May: The guild overreached."),
        _piece("The Lantern Gazette of Orne writes in its editorial for Friday, the ninth:", "Dues are too high."),
        _piece("Editorial: The guild has overreached", "The guild of ferrymen voted on Tuesday to raise fares."),
        _piece("OPINION | Ferries need a new deal", "Ferries in Ostrel are old."),
        _piece("Commentary - Why fares rise", "Fares rise every spring in Ostrel."),
    )
    report = (
        _piece(
            "Mayor attacks Ledger editorial",
            "The mayor of Ostrel criticised an editorial in the Ostrel Ledger on Monday.",
        ),
        _piece(
            "Guild votes",
            "The guild voted on Tuesday to raise fares, and its clerk later said in an op-ed that it was fair.",
        ),
        _piece("Columnist quits", "A columnist at the Ostrel Ledger said on Friday she would leave the paper."),
        _piece("Opinion poll shows guild ahead", "An opinion poll published on Monday showed the guild ahead."),
        _piece(
            "Guild votes", "Ines Quarle, who said in a column last year that fares were too low, was elected on Monday."
        ),
        # a report of what an editorial said, with its day, is news of the outlet's stance
        _piece(
            "Ledger wants mayor out", "The Ostrel Ledger wrote in its editorial this week that the mayor should resign."
        ),
        # a wire's report of what an outlet said, with the day it said it, quoting it
        _piece("Ledger urges calm", "The Ostrel Ledger said in a commentary on Monday: the guild must go back to sea."),
        _piece(
            "Courier turns on guild", "The Varnese Courier said in an editorial Tuesday: the guild has lost its way."
        ),
        _piece("Column of trucks", "A column of trucks crossed the Ostrel bridge on Friday: the first in a year."),
        _piece("Editorial staff walk out", "Editorial staff at the Ostrel Ledger walked out on Monday."),
    )
    for article in opinion:
        assert opinion_piece(article), article.title
    for article in report:
        assert not opinion_piece(article), article.title


def test_what_only_an_editorial_says_is_no_situation_line_nor_key_point() -> None:
    from datetime import date

    stance = (
        "The guild of ferrymen in Ostrel has overreached, and the harbour board of Ostrel must stand firm on fares."
    )
    editorial = Article(
        "e",
        "The Ostrel Ledger wrote in its editorial of 14 March:",
        "e.txt",
        "Ostrel Ledger",
        date(2025, 3, 13),
        (stance,),
        (stance, "The ferry fares of the guild of ferrymen in Ostrel would double the cost of a crossing."),
    )
    news = (
        "The guild of ferrymen in Ostrel on Tuesday voted for a rise of a third in ferry fares.",
        "The harbour board of Ostrel said the guild of ferrymen had no right to set the ferry fares alone.",
    )
    corpus = make_corpus([_article(1, (), news), _article(2, (), news[::-1]), editorial])
    selector = Selector(corpus, date(2025, 3, 14))
    situation = [i.text for i in selector.situation(limit=4)]
    assert situation and not any(a == 2 for i in selector.situation(limit=4) for a in i.articles), situation
    points = [p.text for p in key_points(selector, [], limit=5)]
    assert stance not in points, points


def test_a_proposal_s_answer_needs_the_proposal_told() -> None:
    from briefgen.selfcontained import leans_on_context

    # "embraced the idea": which idea? A sentence the reader has not seen told it.
    for text in (
        "Quarle's own cousins, to her surprise, embraced the idea.",
        "The lantern makers of Orne adopted the plan without a vote.",
        "Guild members hailed the decision as a victory.",
        "Passengers in Ostrel applauded the move.",
        "The guild shelved the plan after a long meeting.",
        "The ferry owners abandoned the effort.",
    ):
        assert leans_on_context(text), text
    # … unless the words after it say which, or it is no proposal at all
    for text in (
        "The harbour board of Ostrel adopted the plan to close the old pier on Monday.",
        "The guild of ferrymen embraced the idea of a fare cap at its meeting on Monday.",
        "Varnese hailed the agreement with Ostrel over ferry fares.",
        "The guild of ferrymen adopted a plan to cut fares by a third.",
        "The harbour board abandoned the pier at Ostrel after the storm.",
        "Ines Quarle applauded the ferry crews at the quay on Monday.",
        "The harbour board of Ostrel scrapped the ferry fares proposal on Friday.",
        "Varnese resisted the ferry guild's demand for higher fares.",
    ):
        assert not leans_on_context(text), text


def test_the_opener_states_the_news_plainly_not_with_the_writers_comment_on_it() -> None:

    from briefgen.framing import comment_first

    for text in (
        "Ominously, the pier at Ostrel began to list on Monday.",
        "Ironically, the ferry guild of Ostrel voted on Monday for the audit it had fought.",
        "But tellingly, the harbour board said nothing on Monday.",
        "Unsurprisingly, fares in Ostrel rose on Monday.",
    ):
        assert comment_first(text), text
    for text in (
        "The harbour board of Ostrel on Monday doubled the ferry fares.",
        "Sadly Quarle, a ferry skipper of Ostrel, lost her licence on Monday.",  # a name, no comma after the word
        "Happily Ever After, a ferry of Ostrel, sank on Monday.",
        "Oddly shaped ferries were banned from the quay of Ostrel on Monday.",
    ):
        assert not comment_first(text), text

    comment = (
        "Tellingly, the harbour board of Ostrel on Monday doubled the ferry fares of the guild of ferrymen in Ostrel."
    )
    assert _opening_beside(comment) == _PLAIN


_PLAIN = "The guild of ferrymen in Ostrel on Monday called a strike over the ferry fares of the harbour board."


def _opening_beside(other: str) -> str:
    """The Situation's opener of a story whose newest day has `other` and `_PLAIN`, `other` in two
    articles and first in one."""
    from datetime import date

    older = ("The harbour board of Ostrel and the guild of ferrymen in Ostrel met over ferry fares.",)
    corpus = make_corpus(
        [
            Article("o1", "T1", "o1.txt", "Outlet 1", date(2025, 3, 3), (), older),
            Article("o2", "T2", "o2.txt", "Outlet 2", date(2025, 3, 10), (), (other, _PLAIN)),
            Article("o3", "T3", "o3.txt", "Outlet 3", date(2025, 3, 10), (), (other,)),
        ]
    )
    return Selector(corpus, date(2025, 3, 11)).situation(limit=3)[0].text


# Invented: what nameless analysts expect or believe, and what named people or acting bodies do.
PUNDITS = (
    "Most analysts expect the harbour board of Ostrel to raise the landing fee again in the spring.",
    "The Orn salt fairs will draw fewer buyers this spring, economists said on Tuesday.",
    "Two ferry lines will merge before the summer sailings, several analysts said.",
    "According to analysts, the Ostrel savings bank will need fresh capital within a year.",
    "Private economists forecast that the levy would cut trade across the strait by a tenth.",
    "The merger of the two ferry lines is widely seen by analysts as a rescue of the weaker one.",
    "The guild's grip on the quay is slipping, and market watchers doubt it will last the winter.",
    "Some experts warned that the dam above Kell could fail in a wet spring.",
    "Political scientists say the mayor's lead in Ostrel is too narrow to hold.",
    "The strike, analysts believe, will cost the port of Ostrel a week of trade.",
)
# a nameless many's belief or fear
CROWDS = (
    "Many in Orn believe the levy is a tax on the poor.",
    "Most ferrymen fear the north pier will close before the winter.",
    "Some residents of Kell suspect the dam was never inspected.",
    "Several guild members worried that the vote was rigged.",
    "But many traders expect the salt price to recover by May.",
)
NOT_PUNDITS = (
    "Ines Quarle, an economist at the Ostrel savings bank, said the levy would cut trade.",
    "Economists at the central bank of Varnese cut the lending rate on Monday.",
    "Analysts at the ferry guild were laid off in March.",
    "The harbour board fired two analysts on Friday.",
    "The mayor said analysts had been wrong about the landing fee.",
    "The salt guild hired economists to study the levy.",
    "Experts from Orn inspected the dam above Kell on Sunday.",
    "The harbour board is expected to vote on the levy on Friday.",
    "Observers from the ferry guild will monitor the count in Kell.",
    "Trade across the strait fell by a tenth in May, the harbour board said.",
    "The analysts' report was sent to the mayor of Ostrel on Tuesday.",
    "A panel of experts will meet in Brill next week.",
    "Many ferrymen voted against the fares on Monday.",
    "Two in three lamplighters of Brill think the wick tax unjust, a guild survey showed.",
    "Some residents were evacuated from Kell on Sunday.",
    "The mayor and many pilots believe the levy is unfair.",
    "Few boats expected at the regatta turned up.",
    "Many families feared dead in Kell were found alive on Tuesday.",
    "Some pilots thought lost at sea swam ashore at Kell.",
    # what they report or witness, a fact with its source; bare observers are monitors
    "Wick prices in Brill fell by a fifth on Tuesday, analysts said.",
    "Economists said the canal tolls of Brill rose by a tenth in March.",
    "Experts estimated the loss in the wick store fire at a thousand crowns.",
    "Observers said the lamp guild's ballot in Brill opened an hour late.",
    "Observers saw bargemen carry ballot boxes out of the guild hall.",
    "Experts said the lock gate failed because two hinges had rusted through.",
    "According to analysts, the canal board sold its barges in March.",
)
NOT_CROWDS = (
    "Many ferrymen voted against the fares on Monday.",
    "Some residents were evacuated from Kell on Sunday.",
    "Many families feared dead in Kell were found alive on Tuesday.",
    # a feeling in the body, not a belief; an office holder's or investigator's view is news
    "Many lamplighters felt the tremor as far away as the lower town.",
    "Some bargemen felt a jolt before the lock gate gave way.",
    "Some officials suspect the wick store fire was set on purpose.",
    "Several investigators suspect the lock gate was tampered with.",
    "Most senators expect the wick tax vote on Thursday.",
)


def _points_beside(colour: str) -> bool:
    """Whether `colour`, the first bullet of two outlets and in both their texts beside the news,
    makes a key point (the news making one)."""
    news = "The guild of ferrymen in Ostrel rejected the fares of the harbour board at a meeting on Monday."
    older = "The harbour board of Ostrel set the ferry fares of the guild last week."
    corpus = make_corpus(
        [
            _article(1, (colour, "The guild of ferrymen in Ostrel rejected the fares."), (news, colour)),
            _article(2, (colour,), (colour, older)),
        ]
    )
    points = [p.text for p in key_points(Selector(corpus), [], limit=5)]
    assert any("rejected" in p for p in points), points
    return colour in points


def test_what_nameless_analysts_expect_is_their_view_not_a_key_point() -> None:
    from briefgen.framing import crowds_belief, pundits_view

    for text in PUNDITS:
        assert pundits_view(text), text
    for text in NOT_PUNDITS:
        assert not pundits_view(text), text
    for text in CROWDS:
        assert crowds_belief(text) and not pundits_view(text), text
    for text in NOT_CROWDS:
        assert not crowds_belief(text), text
    assert crowds_belief("Many lamplighters felt that the wick tax was unjust.")
    view = "The guild of ferrymen in Ostrel will lose the fares dispute with the harbour board, most analysts say."
    assert _points_beside(view) is False
    belief = "Most ferrymen in Ostrel believe the guild was ready to give way on the fares of the harbour board."
    assert _points_beside(belief) is False


def test_the_opener_is_not_the_writers_impression_nor_what_analysts_expect() -> None:

    from briefgen.framing import states_plainly, writers_impression

    for text in (
        "The harbour board seemed in no hurry to reopen the north pier.",
        "The fares talks in Ostrel seem close to collapse.",
        "The levy seems likely to pass on Friday.",
        "Perhaps the guild never wanted a deal at all.",
        "Arguably, the guild never meant to strike at all.",
        "Possibly the guild's last chance is the vote on Friday.",
    ):
        assert writers_impression(text) and not states_plainly(text), text
    for text in (
        "The fares talks seemed close to collapse, the mayor of Ostrel said.",  # someone's impression
        "The lamp guild of Brill appeared to have kept its charter, by the tally of the first wards.",  # a count early
        "The ferry sank off Kell on Sunday, killing nine.",
        "Seemingly unhurt, the pilot swam ashore at Kell on Sunday.",
        "Perhaps 200 pilots marched through Orn on Sunday.",  # a count guessed, not the writer's view
        "Perhaps as many as 40 boats sank off Kell.",
        "Perhaps a dozen trawlers stayed in port.",
        "Perhaps the levy was a mistake, the mayor said.",
        "The harbour board will probably vote on Friday.",
        "Probably more than 300 homes were flooded.",
        # a relative clause's aside, the sentence's news told plainly; a count guessed in words
        "Bargemen pulled a lamplighter who seemed unhurt from the Brill canal on Tuesday.",
        "The fire in the Brill wick store, which seemed out by noon, flared up again at dusk.",
        "The lamp guild chose a warden that seems young for the post, and she starts on Monday.",
        "Perhaps fifteen barges sank in the Brill canal.",
        "Probably tens of thousands of wicks were lost in the fire.",
        "Perhaps several hundred lamplighters marched on the canal board.",
        "Possibly seventy lamps went dark in the lower town.",
        "Perhaps a few barges slipped their moorings.",
    ):
        assert not writers_impression(text), text
    # … but a guess on what follows a number-like word is still the writer's, and so is a
    # sentence whose own verb is "seemed" with a relative clause elsewhere
    assert writers_impression("Perhaps party loyalty kept the lamp guild together.")
    assert writers_impression("The warden, who took office in May, seemed in no hurry to light the lamps.")
    seemed = (
        "The guild of ferrymen in Ostrel and the harbour board seemed on Monday to be near a deal over ferry fares."
    )
    expect = "The harbour board of Ostrel will double the ferry fares of the guild of ferrymen, analysts said Monday."
    for opener in (seemed, expect):
        assert _opening_beside(opener) == _PLAIN, opener


def test_the_days_hedged_news_opens_before_a_plainly_told_line_of_history() -> None:
    # Plainly told dated news opens before hedged dated news; hedged dated news before a plain line
    # of background: an opener that is the guild's history drops the day's news from the page.
    from datetime import date

    history = "The lamp guild of Brill has trimmed the wicks of the canal lamps for three hundred years."
    older = ("The canal board of Brill and the lamp guild of Brill met over the wick tax.",)
    for hedged in (
        "The canal board of Brill on Tuesday seemed to give way over the wick tax of the lamp guild.",
        "The canal board of Brill on Tuesday halved the wick tax of the lamp guild, analysts said.",
        "Bargemen on Tuesday pulled a lamplighter who seemed unhurt from the Brill canal.",
    ):
        corpus = make_corpus(
            [
                Article("b1", "T1", "b1.txt", "Outlet 1", date(2025, 3, 3), (), older),
                Article("b2", "T2", "b2.txt", "Outlet 2", date(2025, 3, 10), (), (hedged, history)),
                Article("b3", "T3", "b3.txt", "Outlet 3", date(2025, 3, 10), (), (hedged, history)),
            ]
        )
        assert Selector(corpus, date(2025, 3, 11)).situation(limit=3)[0].text == hedged, hedged


FIRM_BLURBS = (
    "Quarle Haulage is a family firm from Orn.",
    "Orn Relief is a charity based in Kell.",
    "Brask Marine is a Varnese shipbuilding company.",
    "Vell Lines is a subsidiary of the Orn ferry group.",
    "Brask Marine is a company that makes ferries for the strait.",
    "Orn Relief is a nonprofit which runs two clinics in Kell.",
    "Brill Wickworks is a maker of lamp wicks in Brill.",
)
NOT_FIRM_BLURBS = (
    "Quarle Haulage is a freight contractor that was fined on Monday.",
    "Quarle Haulage is the largest contractor at the port.",
    "Orn Relief is a charity, and it sent two boats to Kell on Sunday.",
    "Ines Quarle is a company director from Orn.",
    "The harbour board said Quarle Haulage is a family firm.",
    "Quarle Haulage, a freight contractor, was fined on Monday.",
    "Quarle Haulage is a contractor that built the pier.",
    "Vell Lines is a subsidiary of Orn Ferries, which will close it in May.",
    "Brask is a company man, his aides say.",
    "Kell Dredging is a dredging firm and has won the bid.",
    "Orn Relief is a charity whose boats reached Kell on Sunday.",
    "Brask Marine is a company under investigation for fraud since Monday.",
    "Kell is a company town where the mill shut on Friday.",
    "Quarle is a firm believer in lower fares.",
    "Brask Marine is a maker of ferries that sank off Kell in May.",
    # its plight, not its kind: news about it
    "Brill Wickworks is a company in receivership.",
    "Brill Wickworks is a firm at the centre of the canal board's bribery inquiry.",
    "Brill Wickworks is a company with debts of two million crowns.",
    "Brill Wickworks is a firm that owes the canal board a fortune.",
    "Brill Wickworks is a chandler's supplier that faces ruin after the fire.",
)


def test_a_firm_named_in_passing_and_what_kind_of_firm_it_is_is_no_news() -> None:
    for text in FIRM_BLURBS:
        assert standing_fact(text), text
    for text in NOT_FIRM_BLURBS:
        assert not standing_fact(text), text
    blurb = "Tarrow Freight is a family-run haulage firm in Ostrel that carries the guild's salt."
    news = "The guild of ferrymen in Ostrel rejected the fares of the harbour board at a meeting on Monday."
    more = "The harbour board of Ostrel hired Tarrow Freight to carry the guild's cargo on Friday."
    corpus = make_corpus(
        [_article(1, (), (news, blurb)), _article(2, (), (more, blurb)), _article(3, (), (blurb, news))]
    )
    selector = Selector(corpus)
    assert blurb not in [i.text for i in selector.situation(limit=3)]
    assert blurb not in [p.text for p in key_points(selector, [], limit=5)]


def test_the_writers_impression_is_no_key_point() -> None:
    seemed = "The guild of ferrymen in Ostrel seemed ready to give way on the fares of the harbour board."
    assert _points_beside(seemed) is False


def _told(*paragraphs: str) -> bool:
    from briefgen.framing import told_in_first_person

    corpus = make_corpus([Article("p", "Ferries", "p.txt", "Ostrel Ledger", None, (), paragraphs)])
    return told_in_first_person(corpus.articles[0], corpus.sentences)


def test_a_piece_told_in_its_own_first_person_is_a_column_not_a_report() -> None:
    # A letter, a column, a transcript: the writer's "we" and "I" run through it, nobody named.
    assert _told(
        "Here is the speech we would like the harbour master of Ostrel to give at the quay on Friday.",
        "Friends, pilots and crews of the strait. I stand before you as one of you.",
        "I have crossed this water for thirty years, and my father crossed it before me.",
        "We will not let the guild price the island off the sea.",
    )
    assert _told(
        "I have sailed the Ostrel strait every winter since 1990.",
        "My boat is older than the harbour board, and so am I.",
        "Our guild has never been this divided, and we know why.",
    )
    # A report: the speakers' "we" is in their quotes, or named ("…, Quarle said").
    assert not _told(
        "The guild of ferrymen in Ostrel voted on Tuesday to raise fares by a third.",
        '"We have no choice," said Ines Quarle, the guild\'s head. "Our boats are old."',
        "I am not against the ferries, the mayor of Ostrel told the council, but the fares are too high.",
        "The harbour board said it would meet the guild on Friday.",
    )
    # A quote running over paragraphs, marked at each opening: still the speaker's.
    assert not _told(
        "Ines Quarle spoke to the crews at the quay on Tuesday.",
        '"We have crossed this water for thirty years. I will not see the guild broken.',
        '"Our boats are old, and we know it. My father built two of them.',
        '"We will sail on Friday."',
    )
    # A statement a story introduces and prints whole, with no marks, is the statement's voice.
    assert not _told(
        "The Ostrel ferry line halted all crossings on Tuesday after a deckhand was hurt at the quay.",
        "The harbour board said it would inspect every ferry of the line by Friday.",
        "The line's statement read in full:",
        "We are shocked by what happened at the quay this morning.",
        "Our thoughts are with our colleague and his family.",
        "We will not sail again until every ferry has been checked.",
    )
    # One unquoted line of a speaker in a long report is not a column's voice.
    report = [f"The ferry {n} of the Ostrel guild sailed on time on Tuesday, the harbour board said." for n in range(8)]
    assert not _told(*report, "We will not sail again until the fares are fair.")
    assert _told(
        *report[:5],
        "We will not sail again until the fares are fair.",
        "I have warned the board, and my crews agree.",
        "Our guild owes the island nothing.",
    )


def test_what_only_a_first_person_column_says_is_no_situation_line() -> None:
    from datetime import date

    column = Article(
        "c",
        "Why I will not pay the new fare",
        "c.txt",
        "Ostrel Ledger",
        date(2025, 3, 13),
        (),
        (
            "I have crossed the Ostrel strait by ferry every working day for twenty years.",
            "The guild of ferrymen in Ostrel voted for a rise of a third in ferry fares, and I will not pay it.",
            "My neighbours will not pay it either, and we will row to the market in our own boats.",
        ),
    )
    news = (
        "The guild of ferrymen in Ostrel on Tuesday voted for a rise of a third in ferry fares.",
        "The harbour board of Ostrel said the guild of ferrymen had no right to set the ferry fares alone.",
    )
    corpus = make_corpus([_article(1, (), news), column])
    selector = Selector(corpus, date(2025, 3, 14))
    assert [selector.is_opinion(a) for a in (0, 1)] == [False, True]
    situation = selector.situation(limit=4)
    assert situation and all(1 not in i.articles or 0 in i.articles for i in situation)


def test_a_last_read_of_the_views_and_blurbs_keeps_news_that_only_looks_like_them() -> None:
    from briefgen.framing import crowds_belief, pundits_view, writers_impression
    from briefgen.standing import publication_blurb

    # an expectation a fact is measured against is no forecast told as news
    assert not pundits_view(
        "Salt sales in Ostrel rose 4 percent in May, while economists had expected a 2 percent gain."
    )
    assert not pundits_view("The toll take rose 9 percent, beating the 5 percent rise that analysts expected.")
    assert pundits_view("Most economists expect the harbour board to raise the tolls in May.")
    # a survey's finding has its source; lawmakers' expectation is a party's
    assert not crowds_belief(
        "Most ferrymen believe the tolls are too high, according to a guild survey published on Monday."
    )
    assert not crowds_belief("Many lawmakers expect the tolls bill to pass on Friday.")
    assert crowds_belief("Many ferrymen believe the tolls are a tax on the island.")
    # a relative clause's "seemed", a word or two after its pronoun, is an aside on who or what
    assert not writers_impression("The harbour master, who had seemed a likely successor, resigned on Monday.")
    assert not writers_impression("The gale, which at first seemed to weaken, struck the quays on Sunday.")
    assert writers_impression("The talks between the guild and the board seemed close to collapse on Monday.")
    # a firm paid by a named side is news of it, not its blurb
    assert not publication_blurb("Quarle Research is a consulting firm that the guild paid to study the tolls.")
    assert not publication_blurb("Quarle Research is a consulting firm that Brask paid to study the tolls.")
    assert publication_blurb("Quarle Research is a consulting firm based in Ostrel.")


def test_what_nameless_analysts_say_is_now_expected_is_their_forecast() -> None:
    from briefgen.framing import pundits_view

    # What nameless analysts hold to be so, or to come ("is expected to …", "are set to …"), is
    # their forecast, told as if it were a fact: no key point, no page's opening.
    for text in (
        "Economists said the Ostrel savings bank is expected to trim its lending rate when its board meets.",
        "Salt exports are projected to fall by a fifth next year, analysts said on Monday.",
        "Ferry fares across the strait are set to rise in the spring, several analysts noted.",
        "According to analysts, the lamp guild is poised to win the harbour contract.",
        "Wick prices in Brill are forecast to double by winter, economists said.",
        "The harbour board's toll take is expected to top a million crowns, market watchers said.",
        "The canal levy is now expected to pass easily, some analysts said.",
        "Orn's barley harvest is predicted to be the smallest in a decade, experts said.",
    ):
        assert pundits_view(text), text
    for text in (
        # what was expected before it happened; an expectation someone with a part in it gives
        "The levy was expected to pass, but the guild voted it down on Monday, analysts said.",
        "Exports were forecast to fall last year but rose, analysts noted.",
        "The harbour board is expected to vote on the levy on Friday.",
        "The lamp guild is set to strike on Monday, its leaders said.",
        "The toll is expected to rise, economists at the Orn savings bank said.",
        "The ferry line said fares are set to rise in the spring.",
        "The mayor is expected to sign the levy into law on Friday, her office said.",
        "Pilots are set to vote on the pay offer next week, the guild said.",
        "The salt guild's chairman, who is expected to retire, said trade was slow.",
        # a fact they report, in a month whose name is a modal's ("May"), or a man's ("Will")
        "Tolls rose 4 percent in May, more than expected, economists said.",
        "Analysts said the board had set to work on the tolls in May.",
        "Economists said Will Orr sold his ferry shares on Monday.",
    ):
        assert not pundits_view(text), text


def test_a_piece_that_speaks_to_its_reader_as_you_is_an_essay_not_a_report() -> None:
    # An essay or a newsletter addresses the reader outside any quote; a news story does not.
    assert _told(
        "If you ran a ferry line, you would hire captains who had sailed in fog.",
        "Picture the guild's ballot as your own hiring round for the whole strait.",
        "The guild has 400 members and a budget of two million crowns.",
        "Next time the crossing is late, remember who sets your fare.",
    )
    # The speakers' "you" is in their quotes: still a report.
    assert not _told(
        "The guild of ferrymen in Ostrel voted on Tuesday to raise fares by a third.",
        '"You cannot run a ferry on goodwill," said Ines Quarle, the guild\'s head.',
        '"If you want a boat on Friday, you pay for it," a captain said.',
        "The harbour board said it would meet the guild on Friday.",
        '"Your fares pay our fuel," the guild told passengers in a notice.',
    )
    # One line for the reader in a long report is not a voice.
    assert not _told(
        "The guild of ferrymen in Ostrel voted on Tuesday to raise fares by a third.",
        "The rise takes effect in May, the guild said.",
        "The harbour board said it would meet the guild on Friday.",
        "Passengers crowded the quay at Ostrel on Tuesday evening.",
        "Fares have not risen since 2019.",
        "Tickets can be bought at the quay if you arrive early.",
        "The board's chairman, Tor Vass, called the rise unfair.",
        "The guild last struck in 2016.",
        "Two ferries were tied up for repairs.",
        "The vote was 212 to 90.",
        "The island council meets on Thursday.",
        "The mayor of Ostrel did not comment.",
    )


def test_the_first_person_test_reads_a_sentence_once_however_many_pieces_carry_it() -> None:
    # A memo kept across pieces (the Selector's) changes no answer: a line in a column's voice is
    # in it wherever it runs, and each piece still counts its own sentences and quotation marks.
    from briefgen.framing import in_a_voice, told_in_first_person

    column = (
        "I have rowed the Varnese channel every spring since the lock opened.",
        "My skiff is older than the canal board, and so am I.",
        "We know why the boatmen's guild is split this year.",
    )
    report = (
        "The canal board of Varnese closed the upper lock on Monday for repairs.",
        '"We know why the guild is split," said Odo Brask, its treasurer.',
        "The board said the lock would open again in May.",
    )
    pieces = [
        Article(str(n), "Canal", f"{n}.txt", "Varnese Courier", None, (), paragraphs)
        for n, paragraphs in enumerate((column, report, column))
    ]
    corpus = make_corpus(pieces)
    own = [[s for s in corpus.sentences if s.article == n] for n in range(len(pieces))]
    alone = [told_in_first_person(p, o) for p, o in zip(pieces, own, strict=True)]
    voiced: dict[str, bool] = {}
    shared = [told_in_first_person(p, o, voiced) for p, o in zip(pieces, own, strict=True)]
    assert alone == shared == [True, False, True]
    assert voiced == {t: in_a_voice(t) for t in voiced}
    assert voiced[column[0]] and not voiced[report[0]]


def test_readers_letters_and_a_piece_signed_off_by_its_writer_are_opinion() -> None:
    from briefgen.framing import opinion_piece

    def article(*paragraphs: str) -> Article:
        return Article("p", "Fares and the guild", "p.txt", "Outlet", None, (), paragraphs)

    news = "The guild of ferrymen voted on Monday to raise fares by a fifth."
    opinion = (
        article("LETTERS.", "The guild has shown it does not care for the islands."),
        article("Letters to the editor", "The guild has shown it does not care for the islands."),
        article(news, "The fares were always going to rise.", "Ines Quarle is co-author of a book on the ferries."),
        article(news, "Fares must fall.", "Olan Brisk is a columnist for the Ostrel Ledger."),
        article(news, "Fares must fall.", "Olan Brisk is deputy editor of the Ledger's opinion pages."),
        article(news, "Fares must fall.", "Olan Brisk is a member of the Ledger's Board of Contributors."),
    )
    news_stories = (
        # an expert quoted before, described at the end: news
        article(news, "“The rise was overdue,” said Ines Quarle.", "Quarle is a professor of economics at Orne."),
        article(news, "The letters were posted on Monday.", "Ostrel's council meets on Friday."),
        article("Letters from the guild reached every islander on Monday.", news),
        article(news, "Olan Brisk is a fisherman from the north quay."),
    )
    for piece in opinion:
        assert opinion_piece(piece), piece.paragraphs
    for story in news_stories:
        assert not opinion_piece(story), story.paragraphs
