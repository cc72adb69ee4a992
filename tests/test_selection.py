"""Situation and key points: verbatim, central, not redundant, syndication counted once."""

from __future__ import annotations

from pathlib import Path

from briefgen import summarize
from briefgen.analysis import make_corpus
from briefgen.keypoints import key_points as merged_key_points
from briefgen.models import Article, Brief, Corpus, Item
from briefgen.selection import Selector
from briefgen.sources import collect

from .conftest import UKRAINE, squash

STORY = [
    "The two governments agreed on Monday to a thirty day ceasefire along the entire front line.",
    "The thirty day ceasefire along the front line will be monitored by observers from neutral countries.",
    "Markets rallied after the ceasefire announcement, with the currency gaining two percent.",
    "Local farmers said the harvest this year was the best in a decade.",
]


def _texts() -> list[str]:
    return [
        "Ceasefire agreed\n\n" + " ".join(STORY),
        "Truce along the front\n\nThe two governments agreed on Monday to a thirty day ceasefire along the entire "
        "front line. Observers from neutral countries will monitor the thirty day ceasefire along the front line.",
        "Observers named\n\nObservers from neutral countries will monitor the ceasefire along the front line, "
        "officials said. The thirty day ceasefire begins at midnight.",
    ]


def test_summary_is_verbatim_in_order_and_within_budget() -> None:
    texts = _texts()
    summary = summarize(texts, words=40)
    joined = [squash(t) for t in texts]
    assert summary, "a summary of three related articles is never empty"
    assert sum(len(s.split()) for s in summary) <= 40
    for sentence in summary:
        assert any(sentence in t for t in joined)
    assert len(set(summary)) == len(summary)
    # The most widely reported fact leads; the one-outlet aside about farmers does not make it.
    assert summary[0].startswith("The two governments agreed on Monday")
    assert not any("farmers" in s for s in summary)


def test_summary_of_seeds_is_verbatim() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(UKRAINE.glob("*.txt"))]
    summary = summarize(texts, words=100)
    corpus = squash(" ".join(texts))
    assert 60 <= sum(len(s.split()) for s in summary) <= 100
    assert all(s in corpus for s in summary)


def test_near_copy_is_one_source() -> None:
    corpus = make_corpus(collect([UKRAINE]).articles)
    ids = {a.id: i for i, a in enumerate(corpus.articles)}
    assert corpus.copies == {ids["ukr-109"]: ids["ukr-103"]}


def test_situation_never_repeats_and_key_points_skip_situation(tmp_path: Path) -> None:
    corpus = make_corpus(collect([UKRAINE]).articles)
    selector = Selector(corpus)
    situation = selector.situation(limit=6)
    assert len(situation) == 6
    texts = [i.text for i in situation]
    assert len(set(texts)) == len(texts)
    key_points = merged_key_points(selector, situation, limit=6)
    assert not {k.text for k in key_points} & set(texts)

    # Citations are the articles with these very words; support counts outlets, the syndicated copy once.
    def outlet(a: int) -> str:
        original = corpus.articles[corpus.copies.get(a, a)]
        return original.outlet or original.path

    outlets = len({outlet(a) for a in range(len(corpus.articles))})
    for item in situation + key_points:
        assert item.support >= len({outlet(a) for a in item.articles})
        assert item.support <= outlets
        for a in item.articles:
            article = corpus.articles[a]
            assert item.text in squash(" ".join((*article.key_points, *article.paragraphs)))


def test_key_points_merge_the_same_bullet_from_two_outlets() -> None:
    from briefgen.models import Article

    def article(n: int, bullet: str) -> Article:
        body = (f"Story number {n} says the delegations met in Riyadh for talks on the truce.",)
        return Article(f"a{n}", f"Title {n}", f"a{n}.txt", f"Outlet {n}", None, (bullet,), body)

    corpus = make_corpus(
        [
            article(1, "Delegations from both countries will meet in Riyadh on Monday."),
            article(2, "Delegations of both countries meet in Riyadh on Monday."),
            article(3, "Oil prices fell sharply in Asian trading."),
        ]
    )
    selector = Selector(corpus)
    points = merged_key_points(selector, [], limit=5)
    assert points[0].text == "Delegations from both countries will meet in Riyadh on Monday."
    assert points[0].articles == (0,) and points[0].support == 2  # cites the words' source, counts both
    assert sum("Riyadh on Monday" in p.text for p in points) == 1


def test_near_copy_found_when_its_sentences_also_appear_elsewhere() -> None:
    from briefgen.models import Article

    shared = [f"Shared sentence number {n} about the talks in Riyadh was reported widely." for n in range(10)]
    original = Article("orig", "O", "o.txt", None, None, (), (" ".join(shared),))
    # Half of the original's sentences also appear in an earlier, different article.
    earlier = Article(
        "early", "E", "e.txt", None, None, (), (" ".join([*shared[:5], "Another story entirely is told here today."]),)
    )
    copy = Article(
        "copy",
        "C",
        "c.txt",
        None,
        None,
        (),
        (" ".join([*shared[:9], "One line was added by the syndicating outlet."]),),
    )
    corpus = make_corpus([earlier, original, copy])
    assert corpus.copies == {2: 1}


def test_no_dangling_opener_and_no_paraphrase_twice() -> None:
    # The most repeated words sit in a sentence that leans on its predecessor ("But he said ...")
    # and in two outlets' near-paraphrases of the same fact: neither may reach the summary.
    texts = [
        "Talks resume\n\nNegotiators from Armenia and Azerbaijan resumed border talks in Geneva on Monday. "
        "But he said the border talks in Geneva would not resume before the prisoner exchange was complete.",
        "Geneva round\n\nArmenian and Azerbaijani negotiators resumed their border talks in Geneva on Monday. "
        "The prisoner exchange agreed last month has not yet taken place, officials said.",
        "Border deal\n\nNegotiators from Armenia and Azerbaijan resumed border talks in Geneva on Monday, diplomats said. "
        "A final border treaty would end three decades of conflict over the region.",
    ]
    summary = summarize(texts, words=60)
    assert summary
    assert not any(s.startswith("But") for s in summary)
    assert sum("resumed" in s and "Geneva" in s for s in summary) == 1


def test_key_points_order_by_support_and_show_it() -> None:
    from briefgen.models import Article

    def article(n: int, bullets: tuple[str, ...]) -> Article:
        body = (f"Report {n}: the central bank left interest rates unchanged at its meeting on Thursday.",)
        return Article(f"b{n}", f"Title {n}", f"b{n}.txt", f"Outlet {n}", None, bullets, body)

    corpus = make_corpus(
        [
            article(1, ("The bank kept its main rate at 4.5 percent.", "Inflation slowed to 2.9 percent in May.")),
            article(2, ("Inflation eased to 2.9 percent in May.",)),
            article(3, ("Inflation slowed to 2.9 percent in May, official data showed.",)),
        ]
    )
    points = merged_key_points(Selector(corpus), [], limit=5)
    assert [p.support for p in points[:2]] == [3, 1]
    assert "2.9 percent" in points[0].text and "4.5 percent" in points[1].text


def test_one_outlet_telling_a_point_day_after_day_is_one_source() -> None:
    # "2 sources" tells the reader a second outlet confirms the point; the same wire repeating its
    # background paragraph in each day's story confirms nothing.
    background = "The ferry line from Orn to Vell has carried salt and wool across the strait since 1931."
    news = "The ferry crews of Orn walked out on Monday over the new rota drawn up by the harbor board of Vell."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-01", (news.replace("Monday", "Sunday"), background), outlet="Strait Wire"),
            _dated(2, "2025-05-02", (news, background), outlet="Strait Wire"),
            _dated(3, "2025-05-02", (news, "The harbor board of Vell said the rota would stand."), outlet="Orn Post"),
        ]
    )
    selector = Selector(corpus)
    supports = {i.text: i.support for i in selector.situation(limit=4)}
    assert supports[news] == 2  # two outlets
    assert supports[background] == 1  # one outlet, twice


def test_a_sentence_mostly_inside_a_chosen_one_is_not_chosen_again() -> None:
    from briefgen.similarity import repeats
    from briefgen.text import terms

    long = (
        "Greece formally asked Norway last month to hand over the militia chief, who heads the outlawed "
        "Northern Front, which has been fighting for independence in the north since 1991, and "
        "warned Oslo that trade would suffer."
    )
    short = "The outlawed Northern Front has been fighting for independence in the north since 1991."
    # Fewer than half of all their words are shared, but all of the short one's are in the long one.
    assert repeats(frozenset(terms(short)), frozenset(terms(long)))
    texts = [
        f"Extradition\n\n{long} Rome police said the rebel leader flew in from Moscow on a false passport.",
        f"Party\n\n{short} Kurdish protesters gathered in Rome and Berlin on Saturday.",
        f"Autonomy\n\n{short} Kurdish protesters gathered in Rome on Saturday.",
        "Rome\n\nThe rebel leader flew to Rome from Moscow, police said. Kurdish protesters gathered in Berlin.",
    ]
    summary = summarize(texts, words=80)
    assert sum("fighting for independence in the north" in s for s in summary) == 1


# --- A daily brief: today first, days on old weekday words, nothing over told as coming --------


def _dated(n: int, day: str, paragraphs: tuple[str, ...], outlet: str | None = None) -> Article:
    from datetime import date

    return Article(f"d{n}", f"Story {n}", f"d{n}.txt", outlet or f"Outlet {n}", date.fromisoformat(day), (), paragraphs)


# Invented: a port strike told over three weeks; the newest day brings the settlement.
_BACKGROUND = (
    "Dockers at the port of Vell walked out on Friday over a new shift system, halting container traffic.",
    "The union of port workers said the strike at the port of Vell would go on until the shift system was withdrawn.",
)
_NEWS = (
    "The union of port workers and the port of Vell signed a settlement on Monday that ends the strike.",
    "Container traffic at the port of Vell will resume on Wednesday, the port authority said.",
)


def _strike_corpus() -> Corpus:
    return make_corpus(
        [
            _dated(1, "2025-05-02", _BACKGROUND),
            _dated(2, "2025-05-02", _BACKGROUND[::-1]),
            _dated(
                3,
                "2025-05-09",
                (
                    "The strike at the port of Vell entered its second week, with ships waiting at anchor.",
                    *_BACKGROUND[1:],
                ),
            ),
            _dated(4, "2025-05-19", _NEWS),
            _dated(5, "2025-05-19", _NEWS[:1]),
        ]
    )


def test_the_situation_opens_with_the_newest_day() -> None:
    from datetime import date

    from briefgen.selection import reading_order

    corpus = _strike_corpus()
    selector = Selector(corpus, date(2025, 5, 20))
    ranked = selector.situation(limit=4)
    assert ranked[0].text == _NEWS[0]  # the best of the newest day leads, though older news is more repeated
    sentences = {s.text: s for s in corpus.sentences}
    printed = reading_order(corpus, ranked, sentences)
    assert printed[0].text == _NEWS[0]
    # The context follows by date.
    older = [corpus.articles[sentences[i.text].article].published for i in printed[1:]]
    assert older == sorted(d for d in older if d is not None)


def test_the_newest_day_leads_with_what_happened_not_a_features_opening() -> None:
    from datetime import date

    from briefgen.daystamp import tells_news

    friday = date(2025, 5, 23)
    assert tells_news("The harbor board last week approved a levy on every trawler in Vell.", friday)
    assert tells_news("The mayor of Vell said on Thursday that the levy was fair.", friday)
    assert not tells_news("The bargain the harbor board of Vell offered was simple: pay the levy and fish.", friday)
    assert not tells_news("The harbor of Vell has charged a levy on trawlers since the 1980s.", friday)
    assert not tells_news("The mayor said on Thursday that the levy was fair.", None)
    # a year or a season the article falls in frames a tally or a trend, not the day's news
    assert not tells_news("The harbor board of Vell has fined more trawlers this year than ever.", friday)
    assert not tells_news("Trawler crews in Vell have led every catch count this spring.", friday)
    assert tells_news("Earlier this month the levy on trawlers in Vell doubled.", friday)
    assert tells_news("The harbor board of Vell this weekend closed the bay to trawlers.", friday)
    assert tells_news("Trawler crews in Vell walked out on Tuesday night.", friday)
    # a day described as what it is dates nothing that happened
    assert not tells_news(
        "Midsummer Day is the lantern makers' feast in Vell, and the trawlers stay in port.", date(2025, 6, 20)
    )
    assert not tells_news("Thursday was a holiday in Vell.", friday)
    assert tells_news("Thursday was quiet in Vell after the trawler crews went home.", friday)
    # … but an event's day, inside the sentence, still dates the event
    assert tells_news("The trawler crews' march on Thursday was the largest in Vell for a decade.", friday)
    assert tells_news("The storm that reached Vell on Wednesday was the worst since the pier was built.", friday)
    assert tells_news("The levy vote in Vell on Tuesday was a defeat for the harbor board.", friday)
    # The newest day's feature opens on a description that shares the most with the story; the
    # lead is its dated news instead.
    feature = (
        "The bargain the harbor board of Vell offered the trawler crews was simple: pay the levy, fish the bay.",
        "The harbor board of Vell last week approved a levy on every trawler that fishes the bay.",
    )
    older = (
        "The harbor board of Vell proposed a levy on trawlers, and the trawler crews of Vell protested at the pier.",
        "Trawler crews said the levy would end fishing in the bay, and the harbor board of Vell disagreed.",
    )
    corpus = make_corpus(
        [
            _dated(1, "2025-05-12", older),
            _dated(2, "2025-05-12", older[::-1]),
            _dated(3, "2025-05-23", feature),
            _dated(4, "2025-05-23", feature[:1]),
        ]
    )
    situation = Selector(corpus, date(2025, 5, 24)).situation(limit=3)
    assert situation[0].text == feature[1], [i.text for i in situation]


def test_a_newest_day_of_columns_only_gives_the_lead_to_the_latest_dated_news() -> None:
    from datetime import date

    from briefgen.selection import reading_order

    # Invented: a ferry guild's vote on fares. The newest day brings only a column musing on it
    # (nothing in it dated as news); the news is the vote two days before.
    column = (
        "Ferry fares in Ostrel have long been a quarrel the guild of ferrymen and the harbour board of Ostrel enjoy.",
        "The guild of ferrymen in Ostrel is a stubborn body, and the harbour board of Ostrel is no less stubborn.",
    )
    news = (
        "The guild of ferrymen in Ostrel on Tuesday voted for a rise of a third in ferry fares.",
        "The harbour board of Ostrel said the guild of ferrymen had no right to set the ferry fares alone.",
    )
    older = (
        "The harbour board of Ostrel and the guild of ferrymen began talks on ferry fares in Ostrel.",
        "Passengers in Ostrel have complained about ferry fares for years.",
    )
    corpus = make_corpus(
        [
            _dated(1, "2025-03-03", older),
            _dated(2, "2025-03-11", news),
            _dated(3, "2025-03-11", news[:1]),
            _dated(4, "2025-03-13", column),
        ]
    )
    selector = Selector(corpus, date(2025, 3, 14))
    ranked = selector.situation(limit=4)
    assert ranked[0].text == news[0], [i.text for i in ranked]
    # … and prints first, with its day's news, before a column sentence of the newest day.
    sentences = {s.text: s for s in corpus.sentences}
    printed = reading_order(corpus, ranked, sentences)
    assert printed[0].text == news[0], [i.text for i in printed]
    # A newest day that dates its news keeps the lead, as before.
    dated = (*column, "The harbour board of Ostrel on Thursday asked a court to stop the new ferry fares.")
    corpus = make_corpus(
        [_dated(1, "2025-03-03", older), _dated(2, "2025-03-11", news), _dated(4, "2025-03-13", dated)]
    )
    assert Selector(corpus, date(2025, 3, 14)).situation(limit=4)[0].text == dated[2]
    # Nor does it give way when the newest day reports, undated, what someone said: a reported
    # statement is news, though its story does not date it ("The mayor met the crews at dawn" is
    # kept the same way: its story dates news in its lead).
    admitted = "A clerk of the harbour board of Ostrel admitted that the ferry fares had not been audited."
    corpus = make_corpus(
        [_dated(1, "2025-03-03", older), _dated(2, "2025-03-11", news), _dated(4, "2025-03-13", (*column, admitted))]
    )
    assert Selector(corpus, date(2025, 3, 14)).situation(limit=4)[0].text == admitted
    # A newest-day story whose lead dates its news loosely, or reports it undated with its
    # source at the end, or gives an event's day inside the sentence, keeps the lead: the walk
    # back is for a day of columns only.
    for lead in (
        "The harbour board of Ostrel has frozen ferry fares and suspended the guild of ferrymen, officials said.",
        "The harbour board of Ostrel froze the ferry fares of the guild of ferrymen, according to a notice at the quay.",
        "The strike the guild of ferrymen in Ostrel began Wednesday was the longest over ferry fares in Ostrel.",
        "The guild of ferrymen in Ostrel called off its strike over ferry fares last night.",
        "The guild of ferrymen in Ostrel said Wednesday it would strike over ferry fares.",
        "The guild of ferrymen in Ostrel called a strike over ferry fares on Wednesday night.",
    ):
        story = (lead, "The harbour board of Ostrel called the ferry fares strike of the guild unlawful.")
        corpus = make_corpus(
            [
                _dated(1, "2025-03-03", older),
                _dated(2, "2025-03-11", news),
                _dated(3, "2025-03-11", news[:1]),
                _dated(4, "2025-03-13", story),
            ]
        )
        assert Selector(corpus, date(2025, 3, 14)).situation(limit=4)[0].text == lead, lead


def test_with_one_day_of_news_there_is_no_lead_to_force() -> None:
    from briefgen.corpus import newest_articles

    assert (
        newest_articles(make_corpus([_dated(1, "2025-05-02", _BACKGROUND), _dated(2, "2025-05-02", _NEWS)]))
        == frozenset()
    )


def test_a_weekday_word_of_an_old_article_carries_its_day() -> None:
    from datetime import date

    corpus = _strike_corpus()
    selector = Selector(corpus, date(2025, 5, 20))
    walked_out = next(s for s in selector.candidates if s.sentence.text == _BACKGROUND[0])
    item = selector.to_item(walked_out)
    assert item.text == _BACKGROUND[0]  # the sentence stays verbatim
    assert item.day == date(2025, 5, 2)  # "on Friday" in a story of Friday 2 May
    # The newest day's "on Monday" needs no help.
    settled = next(s for s in selector.candidates if s.sentence.text == _NEWS[0])
    assert selector.to_item(settled).day is None


def test_the_day_shown_is_the_day_of_the_verb() -> None:
    from datetime import date

    from briefgen.daystamp import named_day

    sunday = date(2025, 5, 4)
    # "Friday night's shooting" names the event; the sentence tells of Sunday.
    assert named_day("After Friday night's shooting at the pier, the crews stayed in port Sunday.", sunday) == date(
        2025, 5, 4
    )
    assert named_day("In Friday's vote, the council backed the pier plan.", sunday) == date(2025, 5, 2)
    # A plan made before a past moment is for a past day, not the next one.
    assert named_day("The ferry that had been scheduled to sail on Saturday never left.", sunday) == date(2025, 5, 3)


def test_a_nouns_day_is_shown_only_when_a_verb_puts_it_in_the_past() -> None:
    from datetime import date

    from briefgen.daystamp import named_day

    sunday = date(2025, 5, 18)
    # an occasion named by its weekday, ahead of someone's hoping or with no tense to tell: the day
    # may be the coming one, so no past day is shown beside it
    unsure = (
        "A dozen skippers hoping to race in Friday's regatta were turned away at the slipway.",
        "Ines Quarle is training to swim in Sunday's harbor race.",
        "Turnout in Friday's ballot is expected to be low.",
        "Crews are preparing for Friday's regatta on the Kesh strait.",
        "Quarle urged the pilots to vote in Saturday's guild ballot.",
        "Pilots plan to protest at Friday's regatta.",
        "The ferry guild will march before Friday's vote.",
    )
    for text in unsure:
        day = named_day(text, sunday)
        assert day is None or day > sunday, text
    # … but a verb telling what the occasion did, or what was done at it, dates it
    past = (
        "Friday's vote on the levy was close.",
        "Quarle, who lost Friday's ballot, conceded on the quay.",
        "Friday's storm sank three trawlers off Orn.",
        "After Friday's fire at the pier, the crews stayed in port.",
        "Divers searched the harbor mud for the bell lost in Friday's gale.",
        "Quarle tried to calm the crews at Friday's meeting but failed.",
        "The guild said on Friday that the pier would reopen.",
    )
    for text in past:
        assert named_day(text, sunday) == date(2025, 5, 16), text


def test_last_week_in_an_old_article_is_not_chosen() -> None:
    from datetime import date

    from briefgen.daystamp import undatable

    told = "Last week, the storm sank four trawlers off the coast of Vell."
    assert undatable(told, date(2025, 5, 2), date(2025, 5, 20))  # it reads as the brief's last week
    assert not undatable(told, date(2025, 5, 19), date(2025, 5, 20))  # yesterday's "last week" is still right
    assert undatable("The pier reopened two weeks ago, officials said.", date(2025, 5, 2), date(2025, 5, 20))
    assert not undatable("The storm sank four trawlers off the coast of Vell.", date(2025, 5, 2), date(2025, 5, 20))
    corpus = make_corpus(
        [
            _dated(1, "2025-05-02", (told, "The harbor board of Vell closed the north pier to trawlers.")),
            _dated(2, "2025-05-02", (told, "The harbor board of Vell closed the north pier to trawlers.")),
        ]
    )
    assert told not in [i.text for i in Selector(corpus, date(2025, 5, 20)).situation(limit=3)]
    assert told in [i.text for i in Selector(corpus, date(2025, 5, 3)).situation(limit=3)]


def test_a_sentence_naming_two_days_gets_no_day_stamp() -> None:
    from datetime import date

    from briefgen.daystamp import day_stamp, named_day

    friday = date(2025, 5, 2)
    # One stamp would date one of the two events and leave the other's weekday unresolved.
    assert named_day("Officials said on Friday that the talks would resume on Monday.", friday) is None
    assert named_day("The talks, which resume on Monday, were announced on Friday.", friday) is None
    assert named_day("The mayor said yesterday that the pier reopens on Tuesday.", friday) is None
    # The same day named twice, or a noun's day beside the verb's, is one day.
    assert named_day("On Friday the ferry sailed, and on Friday night it docked in Vell.", friday) == friday
    assert named_day("Officials said on Friday that the talks had resumed.", friday) == friday
    # Page furniture only for an article days older than the brief.
    told = "Officials said on Friday that the talks had resumed."
    assert day_stamp(told, friday, date(2025, 5, 3)) is None
    assert day_stamp(told, friday, date(2025, 5, 20)) == friday
    assert day_stamp(told, None, date(2025, 5, 20)) is None


def test_a_past_event_told_as_coming_is_never_chosen() -> None:
    from datetime import date

    from briefgen.timeline import over_by

    told = "The two ministers will sign the fisheries accord in Tallinn on May 12, officials said."
    assert over_by(told, date(2025, 5, 2), date(2025, 5, 20))
    assert not over_by(told, date(2025, 5, 2), date(2025, 5, 10))
    assert not over_by(
        "The ministers signed the fisheries accord in Tallinn on May 12.", date(2025, 5, 13), date(2025, 5, 20)
    )
    # A present tense with a calendar day after its article's tells it as coming too.
    for present in (
        "The summit of harbor ministers takes place on May 12 in Vell.",
        "The new levy takes effect on May 12.",
    ):
        assert over_by(present, date(2025, 5, 2), date(2025, 5, 30)), present
        assert not over_by(present, date(2025, 5, 2), date(2025, 5, 10)), present
    assert not over_by(
        "The summit of harbor ministers took place on May 12 in Vell.", date(2025, 5, 2), date(2025, 5, 30)
    )
    corpus = make_corpus(
        [
            _dated(1, "2025-05-02", (told, "The fisheries accord sets quotas for herring in the Gulf for ten years.")),
            _dated(
                2,
                "2025-05-03",
                (told, "Fishing groups in Tallinn said the fisheries accord quotas for herring were too low."),
            ),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 20))
    chosen = [i.text for i in selector.situation(limit=5)]
    chosen += [k.text for k in merged_key_points(selector, selector.situation(limit=5), limit=5)]
    assert told not in chosen
    assert chosen  # the rest of the story is still told
    assert told in [i.text for i in Selector(corpus, date(2025, 5, 10)).situation(limit=5)]


def test_sentences_that_lean_on_an_unseen_one() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "The move angered officials in the capital.",
        "The two met for an hour behind closed doors.",
        "On Sunday, she flew back to the capital.",
        "The defendant is a retired harbor pilot, 61.",
        "Officials made the warning at a rally in the old town.",
        "Later, the council voted to close the pier.",
        "“It was a mistake,” the mayor said.",
        "The harbor board rejects those accounts, but a pilot said the tide was high.",
        "Fishermen said these measures would ruin the season.",
        "The result is that most boats will stay in port.",
        "Two smaller harbors fell into that category last winter.",
        "A third harbor pilot was suspended on Tuesday.",
        "The second trawler ran aground near the reef.",
        "Two of them were fined by the harbor board.",
        "Pilots working here say the channel silted up years ago.",
        "Soon after, the harbor board closed the north pier.",
        "More broadly, the levy has emptied the north pier.",
        "Neither of these men has paid the harbor levy, a pilot said.",
        "Earlier, the council voted to close the pier.",
        "The indictment lists four counts of smuggling at the north pier.",
    ):
        assert leans_on_context(text), text
    for text in (
        "The decision to close the pier angered fishermen.",
        "The defendant, Ivo Marsh, pleaded not guilty on Monday.",
        "The harbor council voted on Monday to close the north pier.",
        "Police said the attack on the ferry killed five people.",
        "Prices at the pier have doubled these days.",
        "The levy falls on those boats that fish past the reef.",
        "The result of the vote on the pier was announced on Friday.",
        "The levy is unusual in that it falls on visitors, the council said.",
        "The second round of talks on the levy opens on Monday.",
        "The third-largest trawler fleet left the harbor.",
        "The board will meet a second time in May.",
        "“We are staying here,” the harbor master said of the fishermen.",
        "Nets lay here and there along the north pier, a pilot said.",
        "Soon after the storm the north pier reopened to trawlers.",
        "Earlier this week the council voted to close the pier.",
        "The investigation into the ferry crash found no fault with the pilot.",
        # "that of" says what it stands for in the same sentence; "for that matter" points at nothing
        "The harbor master said the pilots' pay could not be compared with that of the trawler crews.",
        "Nobody at the pier, or in the town for that matter, paid the levy.",
    ):
        assert not leans_on_context(text), text


def test_a_description_a_place_or_a_possessive_standing_for_someone_unseen() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "The man who drafted the harbor levy objected to the board's finding.",  # which man?
        "In April 2019, the city agreed to pay the harbor pilots a bonus.",  # which city?
        "The town has not seen a strike at the pier since 1988.",
        "In court his lawyer argued that the search of the trawler was illegal.",  # whose lawyer?
        "On Monday her deputy closed the north pier to trawlers.",
        "In court his lawyer, Ivo Marsh, denied that the trawler carried contraband.",
        "The mayor said the levy would be part of the conversation.",  # which conversation?
        "The memo, from the deputy harbor master, was read out in court.",  # which memo?
        "Publishing the document was a turning point for the harbor board.",
        "Twelve other trawlers sank near the reef.",  # other than which?
        "Hundreds of others left the coast for the hills.",
        "The pilots' union also said the channel was unsafe.",  # as who else did?
        "Sure, the harbor board pays for it in the end.",
        "Only twelve trawlers paid the levy in full, he said.",  # who said?
        "No reason for the closures was given.",  # which closures?
        "No date for the pier hearing has been set.",
        "Her lawyers quoted a chapter of the book in which the pilots admit their mistakes.",  # which book?
        "If the court accepts her account of the meeting, the levy falls.",  # which meeting?
        "Parts of her letter were copied from a pamphlet the harbor board printed in 1996.",  # whose letter?
        "Most of its crew fled the trawler before the storm.",
        "The text of their accord says nothing about the north pier.",
        "Hoping to force such change, the pilots' union called a strike.",  # such as what?
        "The harbor board said it has no such plans for the north pier.",
        "Ines Quarle, a 52-year-old harbor pilot, also voted against the levy.",  # as who else did?
        "“The pilots will strike again in June,” she said, adding that the levy was unfair.",  # who?
    ):
        assert leans_on_context(text), text
    for text in (
        "The city of Vell agreed to pay the harbor pilots a bonus.",
        "The town council of Vell met on Friday.",
        "After his arrest, Olaf Brenn said the catch was legal.",  # the name follows its comma
        "In his speech, Olaf Brenn said the catch was legal.",
        "Olaf Brenn said his lawyer would appeal the fine.",
        "The call with the mayor of Vell lasted an hour.",
        "The memo of May 2 was read out in court.",
        "The meeting between the mayor and the pilots' union ended without a deal.",
        "No trawler has paid the levy since the pier closed in March.",
        "Police said the storm hit the north pier and also flooded the road.",
        "In light of his arrest, Olaf Brenn said the catch was legal.",  # named after the comma
        "The head of her union, Ines Quarle, called the levy unfair.",
        "Ports such as Vell and Orn pay the levy in full.",
        "The storm was such a shock that the pier closed for a week.",
        "The levy falls on such trawlers as fish past the reef.",
        "Ines Quarle, a 52-year-old harbor pilot, voted against the levy and also against the budget.",
        "“The pilots will strike again in June,” Ines Quarle said, adding that the levy was unfair.",
    ):
        assert not leans_on_context(text), text


def test_a_role_or_an_opening_clause_standing_for_someone_unseen() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "The Varnese leader warned the mayor that the levy would stay.",  # which leader?
        "The retired admiral hinted at a deal between the two ports.",
        "The harbor spokeswoman shrugged off questions on the impounded trawler.",
        "The chief executive has long opposed the harbor levy.",
        "Since she lost the appeal she owes the harbor board the fine.",  # who?
        "When they reached the pier the crews found it closed.",
        "The agency counted eleven trawlers without a license in May.",  # which agency?
        "The villagers rowed out to meet the returning trawlers.",
        "Dockers quoted the study at the pier on Tuesday.",  # which study?
        "When the guild refused, the harbor board raised the fee for every crossing.",  # refused what?
        "If Orn declines, the ferry line will close in May.",
        "After the mayor agreed, the crews went back to work on the strait.",
        "When Quarle Freight did not, the harbor board sued it in Vell.",
    ):
        assert leans_on_context(text), text
    for text in (
        "The leader of the dockers' union said the strike would go on.",
        "The mayor, Ada Quill, said the port would reopen on Monday.",
        "The harbor master Ines Quarle said the port would reopen.",
        "The chief executive of the port authority said the fees would rise.",
        "The general election in Varnia was held on Sunday.",
        "When she landed in Vell, Ada Quill said the talks were over.",  # named after the comma
        "When the ferry docked, the passengers cheered.",
        "The leaders of both ports agreed to meet again in June.",
        "The agency that runs the ferries said the fares would rise.",
        "The study of the reef by the harbor board found no damage.",
        "When the guild refused the rota, the harbor board raised the fee for every crossing.",  # says what
        "When the talks in Vell collapsed, the crews walked out at Kell.",  # complete alone
        "After Orn agreed to the levy, the crews went back to work on the strait.",
        "If the levy is refused, the ferry line will close in May.",  # a passive
        "When the guild refused, in a vote of 9 to 4, to man the night crossings, the board sued.",  # an aside
        "After the mayor agreed, on Tuesday, that the pier would reopen, the crews went back to work.",
    ):
        assert not leans_on_context(text), text


def test_a_subhead_or_a_caption_is_no_sentence() -> None:
    from briefgen.selfcontained import is_fragment

    for text in (
        "Calm the waters: The harbor board of Vell will meet the crews on Monday.",
        "Update: The port of Vell reopened to trawlers on Tuesday.",
        "Ines Quarle, 58, harbor master of Vell.",
    ):
        assert is_fragment(text), text
    for text in (
        "Quill said: The port will reopen on Monday.",
        "Ada Quill wrote: “The port will reopen on Monday.”",
        "The rule is simple: Trawlers pay the levy or stay in port.",
        "Ines Quarle, 58, retired from the harbor board in May.",
        "Reyes, the mayor of Vell, supports the levy.",
        "Trawler crews, who make up most of the port's workers, favor the strike over the levy.",
        "Our plan is plain: the boats cannot wait for the board.",
    ):
        assert not is_fragment(text), text
    heading = "Calm the waters: The harbor board of Vell will meet the trawler crews on Monday."
    told = "The harbor board of Vell will meet the trawler crews on Monday to discuss the levy."
    corpus = make_corpus([_dated(n, "2025-05-02", (heading, told)) for n in (1, 2)])
    chosen = [s.sentence.text for s in Selector(corpus).rank(limit=3)]
    assert chosen == [told]


def test_a_quotation_its_next_sentence_attributes_is_not_chosen() -> None:
    quote = "“We have been fair to every trawler crew and we reject the claim that we have a vendetta."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-02", (quote, "The harbor board of Vell approved the levy on trawlers on Friday.")),
            _dated(2, "2025-05-02", (quote, "The harbor board of Vell approved the levy on trawlers on Friday.")),
        ]
    )
    chosen = [s.sentence.text for s in Selector(corpus).rank(limit=3)]
    assert quote not in chosen and chosen  # an unclosed quotation: its speaker is in the next sentence


def test_a_surname_alone_anywhere_in_the_sentence_needs_the_full_name() -> None:
    from briefgen.names import bare_names, person_names
    from briefgen.selfcontained import surnames_alone

    assert bare_names("The north pier stays shut, said Quarle.") == ["Quarle"]
    assert bare_names("Harbor Master Ines Quarle met El Masri's crew.") == ["Masri"]
    assert person_names("Harbor Master Ines Quarle signed the Vell River accord.") == {"Quarle"}  # not "River"
    corpus = make_corpus(
        [
            _dated(
                1,
                "2025-05-02",
                (
                    "Harbor Master Ines Quarle closed the north pier of Varna Bay on Friday after a storm.",
                    "The north pier of Varna Bay would stay shut until the storm surge passed, Quarle said.",
                    "Trawlers moored at the Vell River quay, and pilots said the quay at Vell was safe.",
                    "Pilots said the Vell quay would take the trawlers until the north pier reopens.",
                ),
            ),
        ]
    )
    # "…, Quarle said" leans on the sentence naming her; "the Vell quay" names a place, not a person.
    assert surnames_alone(corpus) == {(0, 1): ("Quarle",)}
    # A surname with a particle opening the sentence, given in full before in a name that shows no
    # given name the lexicon knows.
    pilots = make_corpus(
        [
            _dated(
                1,
                "2025-05-02",
                (
                    "Harbor pilots led by Tavo el Brannik blocked the north channel of Varna Bay on Friday.",
                    "El Brannik has been fined twice for blocking the north channel, the harbor board said.",
                ),
            )
        ]
    )
    assert surnames_alone(pilots) == {(0, 1): ("Brannik",)}


def test_no_section_repeats_an_earlier_one_in_the_seed_briefs() -> None:
    from datetime import date

    from briefgen.ranking import rank
    from briefgen.similarity import adds_nothing, repeats
    from briefgen.text import terms
    from briefgen.timeline import names_a_day, told_as_coming

    from .conftest import CHIPS

    for folder, day in ((UKRAINE, date(2025, 3, 18)), (CHIPS, date(2025, 1, 20))):
        ranked = rank(make_corpus(collect([folder]).articles), day)
        sections = [
            [i.text for i in ranked.situation],
            [i.text for i in ranked.key_points],
            [s.text for p in ranked.positions for s in p.statements],
        ]
        for n, section in enumerate(sections):
            earlier = [frozenset(terms(t)) for before in sections[:n] for t in before]
            for text in section:
                assert not any(repeats(frozenset(terms(text)), t) for t in earlier), text
        # A dated next step is its own news (when), even beside a sentence on the same talks; an
        # undated one repeats nothing to come told above, and adds to a report of the past.
        above = [t for section in sections for t in section]
        for step in (s.text for s in ranked.next_steps if not names_a_day(s)):
            own = frozenset(terms(step))
            for text in above:
                other = frozenset(terms(text))
                assert not adds_nothing(own, other), (step, text)
                assert not (told_as_coming(text, None)[0] and repeats(own, other)), (step, text)


def test_a_surname_ending_in_s_with_a_bare_apostrophe_is_a_surname_alone_too() -> None:
    from briefgen.names import bare_names, names_alone

    # AP style writes the possessive of a name ending in s with an apostrophe alone: "Quarles' boat"
    assert bare_names("Auditors are still reading Quarles' ledgers from the ferry years.") == ["Auditors", "Quarles"]
    assert bare_names("Quarles’ lawyer said the ferry sank.") == ["Quarles"]
    story = [
        "The owner of the Orn ferry line, Thomas Quarles, denied taking money from the guild.",
        "Auditors are still reading Quarles' ledgers from the ferry years.",
        "Quarles’ lawyer said the ferry sank in the storm.",
        "The dockers' pay rose after the storm.",  # a plural's possessive names nobody
    ]
    assert names_alone(story) == {1: ("Quarles",), 2: ("Quarles",)}


def test_a_surname_alone_needs_the_full_name_on_the_page() -> None:
    from briefgen.corpus import sentence_key
    from briefgen.names import introduced_names
    from briefgen.selfcontained import surnames_alone

    assert introduced_names("Harbor Master Ines Quarle, 52, closed the north pier.") == {"Quarle"}
    assert introduced_names("The Harbor office said so.") == set()  # "The" is no first name
    # A family name may come first: "Dao" is who "Dao Minh" is later, as "Minh" may be.
    assert introduced_names("The pilots' leader, Dao Minh, was detained.") == {"Dao", "Minh"}
    assert introduced_names("Governor Quarle closed the pier.") == {"Quarle"}  # a title is no name
    # A surname with a particle is not a full name: "El Masri" is who "Rana El Masri" is later.
    assert introduced_names("Harbor pilot Rana El Masri left.") == {"Masri"}
    assert introduced_names("El Masri's crew left the port.") == set()
    assert introduced_names("Harbor pilot Rana el Masri left.") == {"Masri"}
    corpus = make_corpus(
        [
            _dated(
                1,
                "2025-05-02",
                (
                    "Harbor Master Ines Quarle closed the north pier of Varna Bay on Friday after a storm.",
                    "Quarle said the north pier of Varna Bay would stay shut until the storm surge passed.",
                    "Police said the north pier of Varna Bay was damaged, and police closed the road.",
                ),
            ),
            _dated(
                2,
                "2025-05-02",
                ("Quarle said the north pier of Varna Bay would stay shut until the storm surge passed.",),
            ),
        ]
    )
    # "Quarle said …" leans on the sentence naming her in full; "Police said …" names no one.
    assert surnames_alone(corpus) == {(0, 1): ("Quarle",)}
    selector = Selector(corpus)
    intro = {sentence_key(corpus.sentences[0].text)}  # the sentence naming her in full goes elsewhere
    alone = [s.sentence.text for s in selector.rank(limit=3, skip=intro)]
    assert alone and not any(t.startswith("Quarle") for t in alone)
    with_her = selector.rank(limit=3, skip=intro, exclude=["Ines Quarle runs the harbor of Varna Bay."])
    assert any(s.sentence.text.startswith("Quarle") for s in with_her)  # her full name is on the page


def test_a_sentence_telling_a_next_steps_event_on_its_day_is_left_to_it() -> None:
    from datetime import date

    from briefgen.models import NextStep

    told = "The harbor pilots in Varna said the ferry talks resume on Monday, officials said."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-20", (told, "The Varna harbor board closed the north pier of the ferry port.")),
            _dated(2, "2025-05-20", (told, "The Varna harbor board closed the north pier of the ferry port.")),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 21))
    # Not the same words: the same day and some of them make it the same event.
    step = NextStep(
        "Negotiators will meet again in Varna on Monday to discuss the ferry talks.", date(2025, 5, 26), None, (0,)
    )
    other_day = NextStep(
        "Negotiators will meet again in Varna on Friday to discuss the ferry talks.", date(2025, 5, 23), None, (0,)
    )
    assert told in [i.text for i in selector.situation(limit=3)]
    assert told in [i.text for i in selector.situation(limit=3, scheduled=[other_day])]
    assert told not in [i.text for i in selector.situation(limit=3, scheduled=[step])]


def test_a_key_point_never_retells_the_situation_in_other_words() -> None:
    from datetime import date

    from briefgen.similarity import rarity, repeats, retells
    from briefgen.text import terms

    told = "The harbor board of Vell closed the north pier to trawlers on Friday after a storm damaged its pilings."
    retold = "Citing the storm, the Vell harbor board shut the north pier, and fishing crews must moor in Orn until repairs end."
    # The story's other points: all on the harbor board of Vell and its levy, none on the storm.
    others = (
        "Trawler crews in Orn protested the herring levy outside the town hall on Thursday.",
        "The herring levy doubles the fee each trawler pays to land its catch in Orn.",
        "The harbor board of Vell meets in public once a month.",
        "Members of the harbor board of Vell are chosen by the town council.",
        "Fishermen in Vell say the levy will drive trawlers to other ports.",
        "The mayor of Vell defended the harbor board and its levy on Tuesday.",
    )

    def words(text: str) -> frozenset[str]:
        return frozenset(terms(text))

    # Six of the shorter one's eleven words, not a repeat word for word; but the rare ones (the
    # storm, the north pier) make it the same point.
    assert not repeats(words(told), words(retold))
    assert retells(words(told), words(retold), rarity(map(words, (told, retold, *others[:2]))))
    # The story's names and its levy, which most of its sentences share, do not make one point.
    rare = rarity(map(words, (told, retold, *others)))
    assert not any(retells(words(told), words(t), rare) for t in others)
    assert not retells(words(others[2]), words(others[3]), rare)
    corpus = make_corpus(
        [
            _dated(1, "2025-05-16", (told, others[0])),
            _dated(2, "2025-05-16", (told, others[1])),
            _dated(3, "2025-05-15", (retold, others[0])),
            _dated(4, "2025-05-14", (others[1], retold)),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 17))
    situation = selector.situation(limit=1)
    assert [i.text for i in situation] == [told]
    points = [k.text for k in merged_key_points(selector, situation, limit=5)]
    assert retold not in points
    assert sorted(points) == sorted(others[:2])  # the other points are still made


def test_a_bullet_leaning_on_an_unseen_sentence_is_not_a_key_point() -> None:
    body = ("The harbor board of Vell met the pilots' union on Friday to discuss the levy on trawlers.",)
    leaning = "Tide tables, berths and the night watch are expected to dominate the conversation."
    standing = "The levy on trawlers doubles the fee for landing a catch at the north pier of Vell."
    corpus = make_corpus(
        [Article(f"k{n}", f"Title {n}", f"k{n}.txt", f"Outlet {n}", None, (leaning, standing), body) for n in (1, 2)]
    )
    selector = Selector(corpus)
    points = [k.text for k in merged_key_points(selector, selector.situation(limit=1), limit=5)]
    assert standing in points
    assert leaning not in points  # which conversation?


def test_an_event_the_news_reports_as_held_is_not_told_as_coming() -> None:
    """An article announces a meeting for the brief's day; a later one (or any dated one, beside an
    undated announcement) tells it as held by its noun: the announcement is stale and stays off the
    Situation, while one with nothing reporting it held stays."""
    from datetime import date

    announced = "Mayor Ada Lorrin will meet Governor Tom Reyes on Tuesday to discuss the Varna flood barrier."
    held = "Governor Tom Reyes pledged funds for the Varna flood barrier after a meeting with Mayor Ada Lorrin."
    filler = (
        "The Varna flood barrier would protect the old harbor district from spring tides.",
        "Engineers in Varna said the flood barrier could be finished within three years.",
    )
    for announcing in (
        _dated(1, "2025-05-16", (announced, *filler)),
        Article("u1", "Story", "u1.txt", "Outlet U", None, (), (announced, *filler)),
    ):
        with_report = make_corpus([announcing, _dated(2, "2025-05-20", (held, *filler))])
        chosen = [i.text for i in Selector(with_report, date(2025, 5, 20)).situation(limit=5)]
        assert held in chosen and announced not in chosen
        without = make_corpus([announcing, _dated(2, "2025-05-20", filler)])
        assert announced in [i.text for i in Selector(without, date(2025, 5, 20)).situation(limit=5)]


def test_next_steps_drop_an_undated_announcement_the_news_reports_held_as_the_situation_does() -> None:
    """One rule for both sections: an undated article's "will meet … this week" beside a dated
    report of the meeting held is neither told as coming in the Situation nor listed as a next step."""
    from datetime import date

    from briefgen.timeline import next_steps

    announced = "Mayor Ada Lorrin will meet Governor Tom Reyes this week to discuss the Varna flood barrier."
    held = "Governor Tom Reyes pledged funds for the Varna flood barrier after a meeting with Mayor Ada Lorrin."
    filler = ("The Varna flood barrier would protect the old harbor district from spring tides.",)
    undated = Article("u1", "Story", "u1.txt", "Outlet U", None, (), (announced, *filler))
    for report, shown in (((held, *filler), False), (filler, True)):
        corpus = make_corpus([undated, _dated(2, "2025-05-20", report)])
        steps = [s.text for s in next_steps(corpus, lambda _t: 1.0, date(2025, 5, 21))]
        assert (announced in steps) is shown
        assert Selector(corpus, date(2025, 5, 21)).over(announced, None) is not shown


# Invented: a levy on trawlers argued over three weeks; the newest day brings two developments.
_LEVY_TODAY = (
    "The harbor board of Vell withdrew the levy on Monday after a week of talks with the mayor.",
    "Trawler crews of Vell voted on Monday to end their protest at the north pier and return to sea.",
)
_LEVY_HISTORY = (
    (
        "Fleets from Vell and Dorn share the cod grounds of the outer bay under an old treaty.",
        "Trawler crews of Vell protested at the north pier against the levy of the harbor board.",
        "A gale kept the ferry to Dorn in port for two days.",
    ),
    (
        "Gulls nested on the lighthouse roof this spring.",
        "The harbor board of Vell says the levy would pay for dredging the north pier.",
    ),
    (
        "The cod grounds of the outer bay are fished by fleets from Vell and Dorn.",
        "The fish market opened a new cold store by the canal.",
    ),
)


def test_key_points_weigh_what_was_first_reported_on_the_newest_day() -> None:
    """The newest day's second development reaches the key points, not only the Situation's opening:
    background that two outlets told weeks ago weighs less than what the newest day first reports."""
    from datetime import date

    days = ("2025-05-02", "2025-05-03", "2025-05-09")
    corpus = make_corpus(
        [_dated(n, day, told) for n, (day, told) in enumerate(zip(days, _LEVY_HISTORY, strict=True), start=1)]
        + [_dated(4, "2025-05-19", _LEVY_TODAY)]
    )
    selector = Selector(corpus, date(2025, 5, 20))
    situation = selector.situation(limit=1)
    assert [i.text for i in situation] == [_LEVY_TODAY[0]]
    points = [k.text for k in merged_key_points(selector, situation, limit=1)]
    assert points == [_LEVY_TODAY[1]]  # not the cod grounds, however widely told
    # The prior fades with the days since a sentence was first reported, and is nothing without dates.
    scored = {c.sentence.text: c for c in selector.candidates}
    assert selector._recency_boost(scored[_LEVY_TODAY[1]], 2.0) == 3.0
    assert 1.0 < selector._recency_boost(scored[_LEVY_HISTORY[0][0]], 2.0) < 1.2  # seventeen days before
    undated = Selector(make_corpus([Article("u", "U", "u.txt", "U", None, (), _LEVY_TODAY)]))
    assert all(undated._recency_boost(c, 2.0) == 1.0 for c in undated.candidates)


def test_what_is_still_to_come_is_a_next_step_not_a_key_point() -> None:
    """An undated step the newest day reports ("creditors will vote on a rescue loan") reads under
    Next steps; a key point taking it (the recency prior favors the newest day) would leave it off."""
    from datetime import date

    from briefgen.ranking import rank

    told = (
        ("The harbor board of Vell proposed a levy on trawlers at the north pier in March.",
         "In March the harbor board of Vell proposed a levy on trawlers landing at the north pier."),
        ("Trawler crews of Vell blocked the north pier with their boats in protest at the levy.",
         "Crews blocked the north pier of Vell with trawlers to protest the levy."),
        ("The fish market of Vell closed for a week when the trawlers stayed in port.",
         "With the trawlers in port, the fish market of Vell closed for a week."),
        ("Fleets from Vell and Dorn share the cod grounds of the outer bay under an old treaty.",
         "The cod grounds of the outer bay are shared by fleets from Vell and Dorn."),
        ("The mayor of Vell called the levy a tax on the poorest families of the port.",
         "Calling the levy a tax on the port's poorest families, the mayor of Vell opposed it."),
        ("Dredging the north pier of Vell would cost the harbor board four million crowns.",
         "The harbor board of Vell says dredging the north pier costs four million crowns."),
        ("Ferries to Kestrel Bay kept sailing from the south quay during the protest.",
         "During the protest ferries to Kestrel Bay sailed from the south quay of Vell."),
        ("Pilots guided the last trawler into the inner basin of Vell before the storm.",
         "Before the storm the pilots guided the last trawler into the inner basin of Vell."),
        ("The lighthouse keepers of Vell joined the protest on its second day.",
         "On its second day the protest of Vell drew the lighthouse keepers."),
        ("Three trawler captains of Vell were fined for blocking the channel.",
         "The channel blockade cost three trawler captains of Vell a fine."),
        ("Insurers of the Vell fleet raised their premiums after the blockade.",
         "After the blockade, insurers raised premiums for the Vell fleet."),
    )  # fmt: skip
    coming = "Creditors of the ferry line will vote on a rescue loan before the ferries can sail again."
    today = ("The harbor board of Vell withdrew the levy on Monday after a week of talks with the mayor.", coming)
    also = "The rescue loan of the ferry line goes to a vote of creditors before the ferries sail again."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-02", tuple(a for a, _ in told)),
            _dated(2, "2025-05-05", tuple(b for _, b in told)),
            _dated(3, "2025-05-19", today),
            _dated(4, "2025-05-19", ("Gulls nested on the lighthouse roof this spring.", also)),
        ]
    )
    ranked = rank(corpus, date(2025, 5, 20))
    assert coming not in [k.text for k in ranked.key_points]
    assert coming in [s.text for s in ranked.next_steps]


def test_more_kinds_of_sentences_leaning_on_an_unseen_one() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "''It was a fair levy,'' she said at the harbor office on Tuesday.",  # who? (apostrophe quotes)
        "First, the harbor board raised the mooring fee for trawlers.",  # first of what list?
        "A handful of them sailed for Orn before the storm.",  # of whom?
        "Two ferries from Orn moored there overnight.",  # where?
        "The state hands out harbor grants to towns with a working pier.",  # which state?
        "The pilots' union weighed a strike, then shrank from taking that step.",  # which step?
        "The results point to an empty north pier.",  # which results?
        "The tactic worked for the dockers' union in 1994 as well.",
        "Ines Quarle shared the following chart with the harbor board.",  # which chart?
        "We do not charge a levy on boats that fish past the reef.",  # who says so?
        "On Tuesday she raised the mooring fee for trawlers.",  # who?
        "On Tuesday she raised the mooring fee, saying that the pier needed repairs.",
        "Along the north pier, though, the mood is calmer.",  # in contrast with what?
        "With two new harbor masters in Vell, both claims fall apart.",  # which claims?
        "After the storm on Tuesday, this was a hard week for the pier.",  # what was?
        "The pilots' union is tired of this question, its head told the harbor board.",
    ):
        assert leans_on_context(text), text
    for text in (
        "Nets lay here and there along the north pier, a pilot said.",
        "Whether there is a deal on the levy remains unclear, the harbor board said.",
        "Ines Quarle said there will be no strike at the pier this winter.",
        "''The levy is fair,'' Ines Quarle said at the harbor office on Tuesday.",
        "The state of Varnia hands out harbor grants to towns with a working pier.",
        "The pier reopened the following week, the harbor board said.",
        "The results of the harbor board's survey were published on Friday.",
        "On Tuesday the harbor board raised the mooring fee for trawlers.",
        "“We are staying in Vell,” the harbor master said of the fishermen.",
    ):
        assert not leans_on_context(text), text


def test_a_comma_phrase_after_the_state_does_not_say_which_state() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "The state, already short of money, cut the ferry grant for Vell.",  # which state?
        "The country, under pressure from lenders, raised the harbor levy.",
        "In Vell, the state, already short of money, cut the ferry grant.",
    ):
        assert leans_on_context(text), text
    assert not leans_on_context("The state, Varnia, cut the ferry grant for Vell.")  # a name says which


def test_there_before_a_negative_or_a_perfect_is_no_place() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "The harbor board said there won't be ferries to Marsh until March.",
        "Trawler crews in Lorrin say there aren't enough berths for the catch.",
        "Ines Quarle said there isn't a pilot left in Vell who will take the job.",
        "The harbor board said there wasn't a single ferry to Orn all week.",
        "Pilots said there weren't enough tugs at the north pier of Vell.",
        "The pilots' union said there can't be a strike before the spring.",
    ):
        assert not leans_on_context(text), text
    assert leans_on_context("Two ferries from Orn won't moor there again.")  # where?


def test_an_interview_turn_is_no_sentence() -> None:
    from briefgen.selfcontained import is_fragment

    for text in ("QYour board raised the levy twice in one year.", "A: We will reopen the pier."):
        assert is_fragment(text), text
    assert not is_fragment("Qatar said the harbor talks would resume in May.")


def test_a_quotation_in_apostrophes_nobody_says_here_is_not_chosen() -> None:
    quote = "''Nobody knows what the levy pays for, and nobody at the harbor office will tell us.''"
    told = "The harbor board of Vell approved the levy on trawlers on Friday after a long debate."
    corpus = make_corpus([_dated(n, "2025-05-02", (quote + " " + told,)) for n in (1, 2)])
    chosen = [s.sentence.text for s in Selector(corpus).rank(limit=3)]
    assert chosen and not any(text.startswith("''") for text in chosen)


def test_an_old_articles_undated_future_is_not_told_as_still_to_come() -> None:
    from datetime import date

    from briefgen.daystamp import undatable

    # (a summit: "the harbor summit" would need one told before it)
    coming = "A harbor summit is expected to draw the mayors of Vell and Orn and the head of the pilots' union."
    assert undatable(coming, date(2025, 5, 2), date(2025, 5, 20))  # by the brief's day it may be over
    assert not undatable(coming, date(2025, 5, 19), date(2025, 5, 20))  # yesterday's future still reads right
    assert not undatable("“We will strike again,” the pilots' union said.", date(2025, 5, 2), date(2025, 5, 20))
    dated = "The harbor summit will open on June 3 with the mayors of Vell and Orn."
    assert not undatable(dated, date(2025, 5, 2), date(2025, 5, 20))  # its date says whether it is over
    told = "The harbor board of Vell closed the north pier to trawlers."
    corpus = make_corpus([_dated(n, "2025-05-02", (coming, told)) for n in (1, 2)])
    assert coming not in [i.text for i in Selector(corpus, date(2025, 5, 20)).situation(limit=3)]
    assert coming in [i.text for i in Selector(corpus, date(2025, 5, 3)).situation(limit=3)]


def test_will_as_a_noun_or_a_name_is_no_future() -> None:
    from datetime import date

    from briefgen.daystamp import undatable

    old, brief = date(2025, 5, 2), date(2025, 5, 20)
    for text in (
        "The vote on the levy reflected the will of the trawler crews of Vell.",
        "Will Quell, the harbor master of Vell, closed the north pier to trawlers.",
        "Their will prevailed over the harbor board of Vell in the end.",
    ):
        assert not undatable(text, old, brief), text
    assert undatable("Will Quell will not reopen the north pier to trawlers.", old, brief)


def test_an_old_articles_undated_future_bullet_is_not_a_key_point() -> None:
    from datetime import date

    body = ("The harbor board of Vell met the pilots' union on Friday to discuss the levy on trawlers.",)
    coming = "The pilots' union will put the levy to a vote of its members."
    standing = "The levy on trawlers doubles the fee for landing a catch at the north pier of Vell."
    corpus = make_corpus(
        [
            Article(f"k{n}", f"Title {n}", f"k{n}.txt", f"Outlet {n}", date(2025, 5, 2), (coming, standing), body)
            for n in (1, 2)
        ]
    )
    for brief_date, shown in ((date(2025, 5, 20), False), (date(2025, 5, 3), True)):
        selector = Selector(corpus, brief_date)
        points = [k.text for k in merged_key_points(selector, selector.situation(limit=1), limit=5)]
        assert standing in points
        assert (coming in points) is shown


# Invented: a harbor minister named with his role, then called by it.
_NAMED = "Varnese harbor minister Ivo Marsh said on Monday that the levy on trawlers at the port of Vell would double."
_BY_ROLE = "The minister said the harbor board of Vell had no money left to dredge the north channel of the port."
_CREWS = "Trawler crews at the port of Vell said the levy would drive them to the port of Orn across the bay."


def test_a_role_subject_follows_the_sentence_naming_that_person_on_the_page() -> None:
    from datetime import date

    from briefgen.selection import reading_order

    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (_NAMED, _BY_ROLE)),
            _dated(2, "2025-05-05", (_NAMED, _CREWS)),
            _dated(3, "2025-05-05", (_CREWS, _BY_ROLE)),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 6))
    ranked = selector.situation(limit=5)
    texts = [i.text for i in ranked]
    assert _BY_ROLE in texts and texts.index(_NAMED) < texts.index(_BY_ROLE)
    assert next(i for i in ranked if i.text == _BY_ROLE).after == _NAMED
    sentences = {s.text: s for s in corpus.sentences}
    printed = [i.text for i in reading_order(corpus, list(reversed(ranked)), sentences)]
    assert printed.index(_BY_ROLE) == printed.index(_NAMED) + 1  # right after the name, whatever the order
    # Without the naming sentence on the page (kept for another section), nobody says who it is.
    skipped = [i.text for i in selector.situation(limit=5, skip={_NAMED.lower()} | {key_of_text(corpus, _NAMED)})]
    assert _BY_ROLE not in skipped
    # A bullet stands alone: never a key point.
    points = [k.text for k in merged_key_points(selector, selector.situation(limit=1), limit=5)]
    assert _BY_ROLE not in points


def test_a_role_two_people_on_the_page_hold_is_nobodys() -> None:
    from datetime import date

    rival = "Tova Lund, the fisheries minister of Orn, offered free berths to every trawler crew leaving Vell."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (_NAMED, rival, _BY_ROLE)),
            _dated(2, "2025-05-05", (_NAMED, rival, _CREWS)),
        ]
    )
    texts = [i.text for i in Selector(corpus, date(2025, 5, 6)).situation(limit=5)]
    assert _NAMED in texts and rival in texts  # two ministers on the page: which one said it?
    assert _BY_ROLE not in texts


def test_a_role_another_holder_took_up_since_is_nobodys() -> None:
    from briefgen.selfcontained import role_antecedents

    other = "Another minister, from Orn, flew in on Monday night to fight the levy."
    unnamed = "A minister from Orn told reporters that his government would take the levy to court."
    for between in (other, unnamed):
        corpus = make_corpus([_dated(1, "2025-05-05", (_NAMED, between, _BY_ROLE))])
        assert role_antecedents(corpus) == {}, between  # which minister said it?
    again = "The minister added that the dredgers of Vell would be sold by the harbor board."
    corpus = make_corpus([_dated(1, "2025-05-05", (_NAMED, _BY_ROLE, again))])
    assert role_antecedents(corpus) == {(0, 1): (("minister",), "Marsh"), (0, 2): (("minister",), "Marsh")}


def test_only_an_apposition_headed_by_the_role_names_its_holder() -> None:
    from briefgen.selfcontained import people_by_role, role_antecedents

    warned = "The leader warned that the harbor board of Vell had no money left to dredge the north channel."
    for naming in (
        "Ivo Marsh, a rival of the leader, said on Monday that the levy on trawlers in Vell would double.",
        "Ivo Marsh, the leader's aide, said on Monday that the levy on trawlers in Vell would double.",
    ):
        assert not any("leader" in words for words, _ in people_by_role(naming)), naming  # Marsh leads nobody
        assert role_antecedents(make_corpus([_dated(1, "2025-05-05", (naming, warned))])) == {}, naming
    assert people_by_role("Ivo Marsh, the Varnese leader, said the levy would double.") == [
        (frozenset({"varnese", "leader"}), "Marsh")
    ]


def test_a_sentence_whose_antecedent_is_not_printed_is_left_out() -> None:
    from briefgen.models import Item
    from briefgen.selection import follow_antecedents

    named, leaning, alone = Item(_NAMED, (0,)), Item(_BY_ROLE, (0,), after=_NAMED), Item(_CREWS, (1,))
    assert follow_antecedents([leaning, alone, named]) == [alone, named, leaning]
    assert follow_antecedents([leaning, alone]) == [alone]


def key_of_text(corpus: Corpus, text: str) -> str:
    from briefgen.corpus import key_of

    return key_of(corpus, text)


def test_a_key_point_calling_something_the_plan_needs_a_plan_told_above_it() -> None:
    from briefgen.selfcontained import told_of_before

    assert told_of_before("The dredging plan ran out of money in May.") == {"plan"}
    assert told_of_before("The Vell accord and the 1998 storm are history.") == set()  # they say which
    assert told_of_before("The board backed the plan to dredge the channel.") == set()
    leaning = "The rescue plan would cost twice what the trawler crews of Orn earn in a year."
    standing = "The levy on trawlers doubles the fee for landing a catch at the north pier of Vell."
    without = "The harbor board of Vell met the pilots' union on Friday to discuss the levy on trawlers."
    with_plan = "The harbor board of Vell unveiled a plan on Friday to dredge the north channel of the port."
    for lead, shown in ((without, False), (with_plan, True)):
        corpus = make_corpus([_dated(n, "2025-05-02", (lead, leaning, standing)) for n in (1, 2)])
        selector = Selector(corpus)
        situation = selector.situation(limit=1)
        assert [i.text for i in situation] == [lead]
        points = [k.text for k in _page(selector, situation, shown=1).key_points]
        assert standing in points
        assert (leaning in points) is shown  # which plan? told above, the reader knows


def _page(selector: Selector, situation: list[Item], shown: int) -> Brief:
    """The page compose lays out: `shown` of the ranked Situation sentences, every key point."""
    from datetime import date

    from briefgen import compose

    points = merged_key_points(selector, situation, limit=5)
    ranked = compose.Ranked(tuple(situation), tuple(points), (), ())
    base = Brief("Vell", date(2025, 5, 3), selector.corpus, (), (), (), ())
    sentences = {s.text: s for s in selector.corpus.sentences}
    return compose.assemble(base, ranked, compose.Counts(shown, len(points), 0, 0, 0), sentences)


def test_the_plan_a_key_point_names_is_told_on_the_page_not_only_ranked() -> None:
    # The Situation ranks the sentence telling of the plan, but the one-page fit shows only the
    # first: a key point saying "the plan" would then speak of a plan the page never told.
    opener = "The harbor board of Vell closed the north pier on Friday after a crane toppled onto the quay."
    plan = "The harbor board of Vell unveiled a plan on Friday to dredge the north channel of the port."
    leaning = "The rescue plan would cost twice what the trawler crews of Orn earn in a year."
    standing = "The levy on trawlers doubles the fee for landing a catch at the north pier of Vell."
    corpus = make_corpus([_dated(n, "2025-05-02", (opener, plan, leaning, standing)) for n in (1, 2)])
    selector = Selector(corpus)
    situation = [*selector.situation(limit=1), Item(plan, (0, 1))]  # ranked second
    assert situation[0].text == opener
    for shown, told in ((2, True), (1, False)):
        page = _page(selector, situation, shown)
        assert len(page.situation) == shown
        points = [k.text for k in page.key_points]
        assert standing in points
        assert (leaning in points) is told


# Invented: a ferry walkout told over two days; on the newest, a mayor's promise leans on the
# sentence naming her.
_WALKOUT = "The ferry crews of Orn walked out on Monday over the new rota drawn up by the harbor board of Vell."
_FERRY_LEAD = (
    "The ferry crews of Orn went back to work on Wednesday after the harbor board of Vell withdrew the new rota."
)
_MAYOR = "Mayor Ilse Brandt of Orn met the ferry crews on the quay at dawn to end the walkout."
_PROMISED = "She promised the crews two new boats for the winter crossings of the strait."


def _ferry_points(*newest: tuple[str, ...], shown: int | None = None) -> list[Item]:
    """The key points of the walkout story, the newest day's articles (after one opening with
    `_FERRY_LEAD`) holding `newest`'s paragraphs; laid out under 1 Situation sentence when `shown`."""
    from datetime import date

    from briefgen import compose

    traders = "Salt traders of Vell said the walkout cost them a week of trade."
    asked = "The crews of Orn have long asked the harbor board for new boats for the winter crossings."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (_WALKOUT, "The ferry line has crossed the strait since 1931."), "Strait Wire"),
            _dated(2, "2025-05-05", (_WALKOUT, asked), outlet="Orn Post"),
            *(_dated(3 + n, "2025-05-07", (_FERRY_LEAD, *p), f"Outlet {n}") for n, p in enumerate(newest)),
            _dated(3 + len(newest), "2025-05-07", (_FERRY_LEAD, traders), outlet="Orn Post"),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 8))
    situation = selector.situation(limit=1)
    assert [i.text for i in situation] == [_FERRY_LEAD]
    found = merged_key_points(selector, situation, limit=4)
    if shown is None:
        return found
    ranked = compose.Ranked(tuple(situation), tuple(found), (), ())
    base = Brief("Vell", date(2025, 5, 8), corpus, (), (), (), ())
    sentences = {s.text: s for s in corpus.sentences}
    return list(compose.assemble(base, ranked, compose.Counts(shown, len(found), 0, 0, 0), sentences).key_points)


def test_the_days_news_leaning_on_the_sentence_before_comes_with_it_as_one_passage() -> None:
    # "She promised …" is the newest day's news, but leans on the sentence naming her: alone it
    # was refused and an older sentence filled in. With the sentence before it, when that one
    # stands alone, the two are one bullet, a passage of the source.
    found = _ferry_points((f"{_MAYOR} {_PROMISED}",))
    passages = [k for k in found if _PROMISED in k.text]
    assert [(k.text, k.articles) for k in passages] == [(f"{_MAYOR} {_PROMISED}", (2,))]  # the article of both
    assert found[0] == passages[0]
    # When the sentence before leans too ("He …"), the two still lean: neither comes.
    he = _MAYOR.replace("Mayor Ilse Brandt of Orn", "He")
    assert not any(_PROMISED in k.text for k in _ferry_points((f"{he} {_PROMISED}",)))


def test_a_passage_cites_only_the_articles_holding_it_word_for_word() -> None:
    # Three of the day's articles carry both sentences; in one, a line comes between them (its
    # "She" may be someone else): the passage cites the two that print it as it is.
    apart = (f"{_MAYOR} Salt traders of Vell cheered the news. {_PROMISED}",)
    found = _ferry_points((f"{_MAYOR} {_PROMISED}",), apart, (f"{_MAYOR} {_PROMISED}",))
    passages = [k for k in found if _PROMISED in k.text]
    assert [(k.text, k.articles) for k in passages] == [(f"{_MAYOR} {_PROMISED}", (2, 4))]


def test_a_lead_in_is_the_sentence_before_in_the_same_paragraph() -> None:
    # The sentence before, ending the paragraph above, may be about someone else: no passage.
    found = _ferry_points((_MAYOR, _PROMISED))
    assert not any(_PROMISED in k.text for k in found)
    assert _ferry_points((f"{_MAYOR} {_PROMISED}",))[0].text == f"{_MAYOR} {_PROMISED}"


def test_a_passage_needs_what_its_first_sentence_needs_and_what_it_does_not_tell() -> None:
    # The first sentence tells of the plan the second calls "the plan": the passage needs nothing.
    unveiled = "Mayor Ilse Brandt of Orn unveiled a rescue plan for the ferry line on the quay at dawn."
    the_plan = "She said the plan would give the crews two new boats for the winter crossings."
    page = _ferry_points((f"{unveiled} {the_plan}",), shown=1)
    assert [k.text for k in page if the_plan in k.text] == [f"{unveiled} {the_plan}"]
    # The first calls it "the rescue plan", and the Situation never told of one: left out.
    said = "Mayor Ilse Brandt of Orn said the rescue plan would pay for new boats for the ferry line."
    ranked = _ferry_points((f"{said} {_PROMISED}",))
    assert [k.needs for k in ranked if _PROMISED in k.text] == [("plan",)]
    assert not any(_PROMISED in k.text for k in _ferry_points((f"{said} {_PROMISED}",), shown=1))


def test_a_key_point_counting_part_of_a_set_untold_needs_that_set_told_above() -> None:
    # "Most of the tar …": which tar? In its article the sentence before said; a bullet stands alone.
    from briefgen.selfcontained import part_of_a_set

    tar = "Most of the tar was gone from the winter crossings of the strait by Tuesday."
    assert [k.needs for k in _ferry_points((tar,)) if k.text == tar] == [("tar",)]
    assert not any(k.text == tar for k in _ferry_points((tar,), shown=1))
    # Probes: a set told as the reader knows which, and sets the sentence says, or any story's dead.
    needing = {
        "Half of the money has already gone on the lawyers for the guild.": "money",
        "None of the passengers was hurt when the barge struck the pier at Kell.": "passeng",
        "All of the ferries were back on the strait by noon on Sunday.": "ferri",
        "On Tuesday, most of the cargo was hauled up by divers from Brill.": "cargo",
        "The rest of the lumber sank off the north pier.": "lumber",
        "A third of the orchards lost their whole crop to the frost.": "orchard",
        "Some of the pamphlets, printed in Orn, were burned on the quay.": "pamphlet",
    }
    for text, head in needing.items():
        assert part_of_a_set(text) == {head}, text
    for standing in (
        "Most of the tar from the sunken barge drifted past the breakwater.",
        "Some of the crews who walked out on Monday went back to work.",
        "Most of the 300 pilots voted to stay out.",
        "Most of the Vell fleet stayed in port for the regatta.",
        "Many of the dead were deckhands from the north coast.",
        "Most of the survivors were taken to the clinic at Kell.",
        "Most of the time the Kell pass is open to carts.",
        "Some of the largest barges were sold to the guild.",
        "Ines Quarle said most of the tar was lost.",
        "Most of the first shipment of salt arrived on Friday.",
        "Most of the world watched the regatta.",
        "The harbor board said half of the money had gone.",
    ):
        assert part_of_a_set(standing) == frozenset(), standing


def test_only_a_leaning_candidate_is_paired_with_the_sentence_before() -> None:
    # The bound of a sentence that stands alone never reads the sentence before it.
    from datetime import date

    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (_WALKOUT, "The ferry line has crossed the strait since 1931.")),
            _dated(2, "2025-05-07", (_FERRY_LEAD, f"{_MAYOR} {_PROMISED}")),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 8))
    selector.rank(4, recency=2.0, lead_in=True)
    paired = {selector.candidates[i].sentence.text for i in selector._lead_ins}
    assert paired == {_PROMISED}


def test_a_key_point_the_situations_sentences_tell_together_is_not_a_new_point() -> None:
    # No one Situation sentence says what the bullet says, but the three together do: the levy,
    # the crews of Orn, the free quay of Kesh. Told again under Key points, it is one fact twice.
    from datetime import date

    levy = "The harbor board of Vell doubled its levy on every catch landed at the north pier on Friday."
    crews = "The trawler crews of Orn voted on Saturday to stop work until the board lowered it."
    quay = "The port of Kesh, a day's sail to the south, takes no fee from boats at its quay."
    bullet = "Trawlers of Orn now land in Kesh, where no levy or fee is due."
    storm = "A storm closed the strait to small boats for two days last week."
    filler = ("Gulls crowd the fish market of Vell at dawn.", "Ferries to the islands run twice a day in summer.")
    articles = [
        Article(
            f"a{n}",
            f"T{n}",
            f"a{n}.txt",
            f"Outlet {n}",
            date(2025, 5, 2),
            (bullet, storm),
            (levy, crews, quay, *filler),
        )
        for n in (1, 2)
    ]
    selector = Selector(make_corpus(articles), date(2025, 5, 3))
    points = [k.text for k in merged_key_points(selector, [Item(t, (0, 1)) for t in (levy, crews, quay)], limit=4)]
    assert storm in points
    assert bullet not in points
    # The page surely prints the first two only: told by the three together, the bullet is news.
    shown = merged_key_points(selector, [Item(t, (0, 1)) for t in (levy, crews, quay)], limit=4, shown=2)
    assert bullet in [k.text for k in shown]


def test_a_pronoun_after_a_long_lead_in_that_names_nobody_leans() -> None:
    from briefgen.selfcontained import leans_on_context

    # who widened it? The lead-in is long, but names nobody.
    assert leans_on_context(
        "Long before the levy vote and the quarrel over the north pier, she had warned the harbor board."
    )
    assert leans_on_context(
        "Through two long winters of storms and empty nets on the strait, they kept the boats at sea."
    )
    # the lead-in names her, or no pronoun is the subject
    assert not leans_on_context(
        "After Ines Quarle lost the vote in the harbor assembly last spring, she left the port."
    )
    # … or calls her by her role: "the mayor" is who "she" is
    assert not leans_on_context("After the mayor lost the vote in the harbor assembly last spring, she left the port.")
    assert not leans_on_context("Despite a long and bitter dispute over the levy on trawlers, the board kept it.")


def test_a_pronoun_opening_a_clause_after_a_time_or_an_adverb_leans() -> None:
    from briefgen.selfcontained import leans_on_context

    # who? A time or an adverb between the conjunction and the pronoun names nobody, nor does a
    # main clause whose subject is the pronoun again after a time or a place.
    for text in (
        "Because last winter she froze the levy on salt barges, at the quay she is no longer welcome.",
        "Since early May they have blocked the north channel every morning.",
        "Once again they refused to pay the levy.",
        "After this week they will no longer sail from Orn.",
        "Until recently she ran the ferry line from Kell.",
    ):
        assert leans_on_context(text), text
    # the main clause names them (or the lead-in does), whatever stands between
    for text in (
        "Although in March Ines Quarle backed the levy, she now opposes it.",
        "When on Friday they reached the quay, the pilots found the gates shut.",
        "When they reached the quay, the pilots said they found the gates shut.",
        "Because last winter she froze the levy on salt barges, at the quay Ines Quarle is no longer welcome.",
        "Since early May the pilots have blocked the north channel.",
        "After the storm passed, on Monday the ferries sailed again.",
        "When they were young, the Quarle sisters ran the ferry.",
        "Before they sailed, the crews of Orn said prayers.",
    ):
        assert not leans_on_context(text), text


def test_an_outlet_named_in_another_case_or_with_the_is_one_source() -> None:
    from briefgen.corpus import outlets_of

    names = ("The Harbor Gazette", "harbor gazette", "Harbor Gazette", "Kesh Radio")
    texts = (
        "The harbor board of Vell doubled its levy on every catch landed at the north pier.",
        "Trawler crews of Orn said they would land their catch at the free quay of Kesh.",
        "A storm closed the strait to small boats for two days last week.",
        "Ferries to the islands of the strait run twice a day in summer.",
    )
    corpus = make_corpus(
        [_dated(n, "2025-05-02", (t,), outlet) for n, (outlet, t) in enumerate(zip(names, texts, strict=True))]
    )
    assert outlets_of(corpus, range(4)) == 2
    assert outlets_of(corpus, range(3)) == 1


# --- One fact, one section: a stance under Positions, an event on its day under Next steps ------


def _pier_corpus(quote: str) -> tuple[Corpus, str]:
    """Invented: a port after a crane fell; the harbor board's spokesman says the north pier is
    safe, told in the Situation's words by one outlet and quoted, named, by another."""
    told = "The north pier of Vell is safe for trawlers and needs no repairs, a spokesman for the harbor board said on Monday."
    corpus = make_corpus(
        [
            _dated(
                1,
                "2025-05-12",
                (
                    "The harbor board of Vell closed the south quay to ferries from Orn after a storm.",
                    "Ferries from Orn now land their passengers at the north pier of Vell.",
                ),
            ),
            _dated(
                2,
                "2025-05-19",
                (
                    "A crane toppled onto the south quay of Vell on Sunday, injuring two dockers.",
                    told,
                    "The dockers' union of Vell asked the harbor board to inspect every crane in the port.",
                ),
            ),
            _dated(
                3,
                "2025-05-19",
                ("Cranes at the port of Vell stood idle on Monday as inspectors checked their cables.", quote),
            ),
            _dated(
                4,
                "2025-05-19",
                (
                    "A crane toppled onto the south quay of Vell on Sunday, injuring two dockers.",
                    "Gulls crowd the fish market of Vell at dawn.",
                ),
            ),
        ]
    )
    return corpus, told


def test_a_stance_told_in_the_situation_and_quoted_under_positions_is_shown_once_as_a_quote() -> None:
    from datetime import date

    from briefgen import compose
    from briefgen.ranking import rank

    quote = (
        "“The north pier is safe for trawlers and it needs no repairs this winter,” said Odo Brask, "
        "a spokesman for the harbor board of Vell."
    )
    corpus, told = _pier_corpus(quote)
    ranked = rank(corpus, date(2025, 5, 20))
    base = Brief("Vell", date(2025, 5, 20), corpus, (), (), (), ())
    page = compose.fit(base, ranked, None).brief
    situation = [i.text for i in page.situation]
    statements = [s.text for p in page.positions for s in p.statements]
    # Once, in the spokesman's own words under his name; the Situation keeps its other news.
    assert quote in statements and told not in situation
    assert "A crane toppled onto the south quay of Vell on Sunday, injuring two dockers." in situation
    # When the fit leaves the quote off the page, the Situation still tells it: nothing is lost.
    sentences = {s.text: s for s in corpus.sentences}
    counts = compose.Counts(len(ranked.situation), len(ranked.key_points), 0, 0, len(ranked.next_steps))
    assert told in [i.text for i in compose.assemble(base, ranked, counts, sentences).situation]


def test_a_sentence_a_dated_next_step_tells_whole_is_left_to_the_next_steps() -> None:
    # The mayor's trip is told in the Situation, and again, with the accord to be signed on its
    # day, under Next steps: once is enough, where its day is shown; the Situation takes its next.
    from datetime import date

    from briefgen import compose
    from briefgen.ranking import rank

    told = "Mayor Ines Quarle of Vell flew to Orn on Sunday to settle the quarrel over ferry fees."
    step = (
        "Mayor Ines Quarle of Vell flew to Orn on Sunday for talks on the quarrel over ferry fees "
        "and will sign an accord there on Thursday."
    )
    blocked = "Ferry crews of Orn blocked the harbor mouth of Vell with their boats on Saturday in protest at the fees."
    stays = "The harbor board of Vell said the mooring fee for ferries from Orn would stay doubled."
    corpus = make_corpus(
        [
            _dated(
                1,
                "2025-05-12",
                (
                    "The harbor board of Vell doubled the mooring fee for ferries from Orn.",
                    "Ferries from Orn stopped landing at the north pier of Vell.",
                ),
            ),
            _dated(2, "2025-05-19", (told, blocked)),
            _dated(3, "2025-05-19", ("Traders in Orn said the quarrel over ferry fees had cost them a season.", step)),
            _dated(4, "2025-05-19", (blocked, stays)),
            _dated(5, "2025-05-19", (blocked, "Gulls crowd the fish market of Vell at dawn.")),
        ]
    )
    ranked = rank(corpus, date(2025, 5, 20))
    assert ranked.situation[0].text == blocked  # the day's lead: three outlets carry it
    assert told in [i.text for i in ranked.situation]  # ranked there: the page decides
    base = Brief("Vell", date(2025, 5, 20), corpus, (), (), (), ())
    page = compose.fit(base, ranked, None).brief
    assert step in [s.text for s in page.next_steps]
    assert told not in [i.text for i in page.situation]
    assert {blocked, stays} <= {i.text for i in page.situation}
    # But the Situation's lead says what changed that day: when the trip is the lead, it stays
    # (told twice is the lesser harm than a page whose Situation misses the day's news).
    alone = make_corpus(list(corpus.articles[:4]))
    page = compose.fit(
        Brief("Vell", date(2025, 5, 20), alone, (), (), (), ()), rank(alone, date(2025, 5, 20)), None
    ).brief
    assert step in [s.text for s in page.next_steps]
    assert page.situation[0].text == told


def test_a_surname_of_two_particles_alone_needs_its_full_name() -> None:
    # "de la Vell" is one surname: called "De la Vell" alone after "Ines de la Vell" in full, the
    # sentence needs the one that introduced her.
    from briefgen.names import bare_names, introduced_names, names_alone

    assert introduced_names("Harbor pilot Ines de la Vell docked at Orn.") == {"Vell"}
    assert bare_names("De la Vell told the council the channel was silting.") == ["Vell"]
    texts = [
        "Ines de la Vell, a harbor pilot, spoke to the harbor board of Orn on Monday.",
        "De la Vell told the council the channel was silting.",
    ]
    assert names_alone(texts) == {1: ("Vell",)}


def test_a_surname_with_a_courtesy_title_alone_needs_the_full_name_on_the_page() -> None:
    # "Mr. Brannik" says no more of who he is than "Brannik": the page must give "Tavo Brannik"
    # first, whether his article gave it (in a sentence the page does not show) or not (a headline).
    from briefgen.names import courtesy_names, introduced_names, names_alone

    assert courtesy_names("The levy is fair, Mr. Brannik said, and Ms. el Quarle's crew agreed.") == [
        "Brannik",
        "Quarle",
    ]
    assert courtesy_names("Mr. Tavo Brannik docked at Orn.") == []  # the full name
    assert introduced_names("Mr. Brannik docked at Orn.") == set()
    assert introduced_names("Mr. Tavo Brannik docked at Orn.") == {"Tavo", "Brannik"}
    texts = [
        "Tavo Brannik, a harbor pilot of Orn, sued the harbor board on Monday.",
        "Mr. Brannik said the levy on pilots broke the charter of the port.",
        "Ms. Quarle told the pilots of Orn that the levy would stay.",
    ]
    assert names_alone(texts) == {1: ("Brannik",), 2: ("Quarle",)}
    alone = "Mr. Brannik said the levy on harbor pilots broke the charter of the port of Orn."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-02", ("Ferry crews of Vell struck on Monday over the winter rota.", alone)),
            _dated(2, "2025-05-02", ("Ferries kept sailing from Orn to Vell on Monday.", alone)),
        ]
    )
    chosen = [s.sentence.text for s in Selector(corpus).rank(limit=4)]
    assert chosen and alone not in chosen
    named = [s.sentence.text for s in Selector(corpus).rank(limit=4, exclude=["Tavo Brannik, 61, sails out of Kesh."])]
    assert alone in named


def test_the_lead_of_the_newest_day_leaning_on_the_sentence_before_comes_with_it() -> None:
    # The day's best sentence leans ("She …") on the one before it, which stands alone: the lead
    # is the two as one passage, not the leaning one alone (it was read as calling someone by a
    # role, and no role was there to read).
    from datetime import date

    promised = "She promised on Wednesday to buy the ferry crews of Orn two new boats for the winter crossings."
    mayor = "Mayor Ilse Brandt of Orn met the crews on the quay at dawn."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (_WALKOUT, "The ferry line has crossed the strait since 1931.")),
            *(_dated(2 + n, "2025-05-07", (f"{mayor} {promised}",)) for n in range(3)),
        ]
    )
    situation = Selector(corpus, date(2025, 5, 8)).situation(limit=2)
    assert [(i.text, i.after) for i in situation] == [(mayor, None), (promised, mayor)]


def test_a_pageant_an_office_or_a_quoted_address_is_no_courtesy_surname() -> None:
    from briefgen.names import courtesy_names

    for text in (
        "Orrick sold the Miss Varna pageant to a firm in Orn.",
        '"Thank you, Mr. President," Orrick said.',
        "Mr. Speaker, Orrick said, the levy is unfair.",
        'She said "Mr. Orrick is wrong" and left.',
    ):
        assert courtesy_names(text) == [], text
    assert courtesy_names("Mr. Orrick said the levy was fair.") == ["Orrick"]


def test_a_day_of_undated_hard_news_still_opens_on_its_lead() -> None:
    from datetime import date

    # The newest report dates nothing ("has shut", no weekday), yet it is hard news: its first line
    # opens the section, not a later, shorter line of history that older days tell too.
    lead = "The mill board of Tarrow has shut the old dye works on the river Senn."
    history = "Dye from the works turned the river red."
    older = (
        "Anglers on the river Senn at Tarrow caught no fish after dye from the old dye works turned the river red.",
        "Dye from the old dye works on the river Senn turned the river red for a week, anglers at Tarrow said.",
    )
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", older),
            _dated(2, "2025-05-05", older[::-1]),
            _dated(3, "2025-05-07", (lead, "Workers left the yard at noon.", history)),
        ]
    )
    assert Selector(corpus, date(2025, 5, 8)).situation(limit=3)[0].text == lead


def test_an_ending_a_likeness_or_more_of_what_the_page_has_not_told() -> None:
    from briefgen.selfcontained import leans_on_context

    for text in (
        "In the end, the chess federation kept its rating rules for juniors.",  # the end of what?
        "The orchard co-op in Brill signed a similar pact with two cider mills.",  # similar to what?
        "The glacier survey was further delayed by a broken drill at Kell Col.",  # delayed before when?
        'The cider pact is a "straitjacket" for small growers in Brill.',  # whose word?
        "Pardoning Ada Quill seemed to be a gesture to the pear growers.",  # pardoned when?
    ):
        assert leans_on_context(text), text
    for text in (
        "The ferry guild settles its debts in the end, the chess clubs said.",
        "Brill and Sollen use similar crates for their pears.",  # alike among those it names
        "The Brill pact is similar to the Sollen pact, the co-op said.",
        "A tariff similar in scope to the Sollen levy passed in Brill.",
        "The survey team said it would look further into the drill fault.",
        'Greta Venn said the cider pact was a "straitjacket" for small growers.',
        'The ferry "Morning Gull" ran aground off Kell.',  # a name, no one's word
        'Growers held what they called a "slow harvest" near Brill.',
        # the subject before it says the word
        'Pear growers chanted "fair price" outside the co-op hall in Brill.',
        'Players mocked the federation\'s dress code as "fussy" at the Brill open.',
        # an event or a generic activity named by its gerund is no act the page must have told
        "Flooding along the Drave was a blow to pear growers.",
        "Raising the entry fee is a step the chess federation has resisted for years.",
        "Hosting the Brill open appeared to be a bid for tourists.",
        "King Aldo Venn appeared to be a sign of calm in Kell.",
    ):
        assert not leans_on_context(text), text


def test_events_the_page_must_have_told_anywhere_in_a_sentence() -> None:
    from briefgen.selfcontained import definite_heads

    assert "stab" in definite_heads("Wardens in Kell have not said who carried out the stabbings.")
    assert "hear" in definite_heads("The chess federation said the hearings would resume in June.")
    for text in (
        "The stabbings of two wardens shocked Kell.",  # says which
        "Poachers stabbed two wardens, and the stabbings shocked Kell.",  # told in the sentence
        "Climbers sheltered in the buildings near the Kell hut.",  # says where
        "The dancers waited on the wings of the stage.",  # a thing's plural, no event
        "Pear growers rallied during the hearings in Brill.",
        # what is ranked, earned or built is no event
        "Sollen tops the standings after its win over Brill.",
        "Co-op shares rose after the earnings beat forecasts.",
        "Rescuers reached climbers trapped under the buildings.",
    ):
        assert not {"stab", "build", "wing", "hear", "stand", "earn"} & definite_heads(text), text
    # a month is no place the town may be
    assert "town" in definite_heads("By late March, nine growers had left the co-op, the town farm board said.")
    assert not definite_heads("By Friday, nine growers had left the co-op in Brill, the town farm board said.")


def test_standing_facts_are_no_key_points() -> None:
    from briefgen.standing import standing_fact

    for text in (
        "Pear growers in the Drave valley pick by hand every autumn.",  # a habit
        "Chess clubs in Sollen usually close for the harvest.",
        "Sollen, a market town of 12,000 people, is the Drave valley's largest town.",
        "Kell, at 1,900 metres, is the highest village in the province, north of Brill.",
        # a poll's margin of error, the note under its figures
        "The survey of 1,200 pear growers carried a four-point margin of error either way.",
        "The poll, taken by telephone in Sollen, had a five-point margin of sampling error.",
        "Its margin of error is five percentage points.",
        # a trend or a state of years up to now
        "In recent years, cider presses have closed in many valley towns.",
        "For decades the co-op has bought pears from the Drave growers.",
        "The Sollen market has long been the valley's busiest.",
        "The Drave has long been overfished, the wardens said.",  # its source after it
    ):
        assert standing_fact(text), text
    for text in (
        "Sollen is the third town to ban the orchard spray.",  # what it did
        "Brill is the first county in the valley to ban the spray.",
        "Greta Venn is a Sollen county judge.",  # a person's post
        "Tomas Venn is the state's first beekeeper governor.",
        "The co-op will now sort pears every week.",  # a decision
        "Pickers were paid every Friday until the walkout, the co-op said.",
        "Pear prices usually climb in May, but this year they fell by a third.",  # what happened
        "Wardens say poachers typically strike at dusk.",  # a report
        "The orchard co-op raised its cider price on Monday.",
        "Venn's two-point lead is inside the margin of error.",  # a result read against it
        "Venn leads Orr by 12 points, well outside the margin of error.",
        "In the past week, three cider presses have closed in Sollen.",  # a span of days: news
        "For years the co-op has bought Drave pears, but this year it turned to Brill.",  # news beside it
        "In recent years the co-op grew fast.",  # a past, not a state up to now
        "The tally, which had a five-point margin of error, put Venn ahead of Orr.",  # a result
        "Orr trails by nine points in a survey that has a four-point margin of error.",
        "Auditors say the co-op has long hidden its debts from the growers.",  # a claim: news
        "A new survey shows the Drave has long been overfished.",  # a finding: news
    ):
        assert not standing_fact(text), text

    def article(n: int, bullets: tuple[str, ...]) -> Article:
        body = (f"Report {n}: the Brill orchard co-op raised the cider price at its meeting on Thursday.",)
        return Article(f"v{n}", f"Title {n}", f"v{n}.txt", f"Outlet {n}", None, bullets, body)

    town = "Sollen, a market town of 12,000 people, is the Drave valley's largest town."
    habit = "Pear growers in the Drave valley pick by hand every autumn."
    corpus = make_corpus(
        [
            article(1, (town, "The cider price rose to 4 crowns a litre.")),
            article(2, (habit, "The cider price rose to 4 crowns.")),
        ]
    )
    points = [p.text for p in merged_key_points(Selector(corpus), [], limit=5)]
    assert any("price rose" in p for p in points)
    assert not any("largest town" in p or "every autumn" in p for p in points)


def test_the_sentence_before_gives_a_pronoun_its_person_not_the_dateline_its_place() -> None:
    from datetime import date

    here = "She said on Wednesday that the board here would buy the ferry crews of Orn two new boats."
    mayor = "Mayor Ilse Brandt of Orn met the crews on the quay at dawn."
    corpus = make_corpus(
        [
            _dated(1, "2025-05-05", (_WALKOUT, "The ferry line has crossed the strait since 1931.")),
            *(_dated(2 + n, "2025-05-07", (f"{mayor} {here}",)) for n in range(3)),
        ]
    )
    selector = Selector(corpus, date(2025, 5, 8))
    situation = selector.situation(limit=3)
    points = merged_key_points(selector, situation, limit=5)
    assert here not in [i.text for i in situation] + [p.text for p in points]
    assert mayor in [i.text for i in situation]


def test_one_nameless_persons_lot_is_colour_not_a_key_point() -> None:
    from briefgen.nameless import nameless_lot

    for text in (
        "One woman was stung by wasps while picking pears near Sollen.",
        "Late on Sunday, a man, 63, was found unconscious below the Kell pass.",
        "One fisherman was rescued from the roof of the flooded co-op hall.",
        "One woman was stung by wasps near Sollen, but she was not kept in hospital.",  # nothing followed
    ):
        assert nameless_lot(text), text
    for text in (
        "A man was arrested on Monday over the orchard fire.",  # what was done about him: news
        "A woman who led the sit-in was elected to the co-op board.",
        "Forty pickers were injured in the hailstorm.",  # the count
        "One man was killed and 40 pickers were injured when the barn fell.",
        "A co-op spokesman was injured in the blast.",  # someone with a part in it
        "A German was injured on the ladder.",
        "A man was found guilty of setting the orchard fire.",  # a verdict
        "A woman was found not guilty of poisoning the hives.",
        "A driver was found to have been asleep at the wheel, wardens said.",
        "A woman was struck by a tractor at the co-op gate and died in hospital.",  # what followed
    ):
        assert not nameless_lot(text), text

    def article(n: int, body: str) -> Article:
        return Article(f"f{n}", f"Title {n}", f"f{n}.txt", f"Outlet {n}", None, (), (body,))

    toll = "The hailstorm over Sollen ruined 40 orchards and flattened nine barns on Monday."
    lot = "One woman was stung by wasps in a Sollen orchard during the clean-up."
    corpus = make_corpus([article(n, f"{toll} {lot} Pear growers of Sollen met at the co-op hall.") for n in range(3)])
    points = [p.text for p in merged_key_points(Selector(corpus), [], limit=5)]
    assert lot not in points


def test_a_name_the_story_shows_is_a_persons_needs_the_full_name_wherever_it_stands() -> None:
    from briefgen.names import names_alone

    # A given name the lexicon does not know ("Tavo", "Oske", "Harun"): what the story does with the
    # surname alone tells it is a person's, and a sentence calling them by it mid-sentence needs the
    # full name on the page as much as one opening on it.
    shown = {
        "Idrane": [  # speaks
            "Customs agents at Orn seized a barge owned by Tavo Idrane on Monday.",
            "Idrane said the barge carried only salt.",
            "Inspectors are still weighing Idrane's cargo manifests.",
        ],
        "Vantreel": [  # speaks, the verb first
            "The lamp guild is led by Oske Vantreel.",
            '"We will light the quay," said Vantreel.',
            "A court in Kell fined Vantreel's guild for the outage.",
        ],
        "Beskel": [  # a courtesy title, further on (before it, only what the article does tells)
            "The barge belongs to Harun Beskel.",
            "Tax clerks audited Beskel's books for a year.",
            "Mr. Beskel declined to comment.",
        ],
        "Osswald": [  # an age
            "Pilots elected Marit Osswald, 47, to lead their guild.",
            "Before the vote the guild had asked Osswald to stay neutral.",
        ],
        "Oruvic": [  # born
            "Inspectors traced the boat to Danel Oruvic.",
            "The ledger lists Oruvic as a partner.",
            "Oruvic was born in Kell in 1961.",
        ],
        "Tormann": [  # kin
            "The ferry company was founded by Edo Tormann.",
            "Auditors say the company kept two ledgers for Tormann.",
            "Tormann's daughter now runs it.",
        ],
    }
    for surname, story in shown.items():
        flagged = {i for i, names in names_alone(story).items() if surname in names}
        assert flagged == set(range(1, len(story))), surname
    # Not a person's: a place, a paper, a company (its name's first word: only a sentence opening on
    # it needs the name, as before), a reported clause's subject, words inside a quotation, a
    # people or a party the story counts ("two Orrites") or gives a "who" as it may a person.
    not_shown = [
        [
            "Three Kell Orrites were fined for fishing in the closed bay.",
            "At the quay, Orrites said the fines were a tax on their faith.",
            "The harbour board has fined two Orrites before.",
        ],
        ["Harbour Unionists, who run the north pier, met the board.", "A deal with Unionists is near."],
        [
            "Kell Unionists met the board.",
            "At the quay, Unionists said the levy was unfair.",
            "The guild says Unionists want the levy cut, but a Unionist mayor backs it.",
        ],
        # an inverted "said" before a day, not a speaker; a place with words between
        [
            "The board met late on Friday.",
            "Pilots struck for a week, and the guild, in a note, said Friday that it was over.",
        ],
        [
            "Ferries left South Varna.",
            "Pilots from upper Varna said the quay was iced.",
            "Trade with Varna grew.",
        ],
        [
            "Pilots from South Varna met the board.",
            "Officials in Varna said the levy was fair.",
            "Trade with Varna grew.",
        ],
        [
            "Barges from North Kessel crowd the quay.",
            "The minister said Kessel would pay the levy.",
            "Tolls at Kessel rose.",
        ],
        ["The Ostrel Ledger broke the story.", "The Ledger said the board lied.", "Readers of the Ledger wrote in."],
        ["Vellair Flight 12 left Orn late.", "Crews at Vellair struck in May.", "Flights to Orn resumed."],
        [
            "The tug Hollin Deep sank off Orn.",
            'Pilots said "Deep said nothing" to them.',
            "Divers reached the Deep's hull.",
        ],
    ]
    for story in not_shown:
        assert names_alone(story) == {}, story


def test_each_sign_that_a_name_is_no_persons_holds_alone() -> None:
    from briefgen.names import names_alone

    # Each story shows one sign of a person and is kept from it by one guard alone: a weekday that
    # "said" follows; a name whose possessive follows an inverted "said"; a people's name whose
    # singular the story writes; a people's name with a plural verb.
    stories = [
        [
            "Stalls opened early on Black Friday.",
            "Crowds grew all day Friday, said a guild clerk.",
            "Sales on Friday rose.",
        ],
        [
            "Ferries from Ostrel Varna were late.",
            "The ships, said Varna's harbour master, were iced in.",
            "Trade with Varna fell.",
        ],
        [
            "Kell Unionists met the board.",
            "At the quay, Unionists said the levy was unfair.",
            "A Unionist mayor backs the levy.",
            "The board will meet Unionists again.",
        ],
        [
            "Kell Orrites met the board.",
            "At the quay, Orrites said the levy was unfair.",
            "The guild says Orrites want it cut.",
        ],
    ]
    for story in stories:
        assert names_alone(story) == {}, story


def test_a_place_or_a_company_that_speaks_alone_is_not_a_person() -> None:
    from briefgen.names import names_alone

    # Countries, towns, companies and parties speak alone as a person does; a sentence naming one
    # mid-sentence needs no full name (only one opening on it, as before). Each story's last line
    # was left out of a page for want of the "full name".
    stories = [
        # a body's head word, a country the lexicon knows
        ["Kell Telecom raised its fees.", "Telecom said the fee was fair.", "Pilots pay Telecom by the month."],
        ["Air Canada cut its flights to Orn.", "Canada said the cut was a trade matter.", "Trade with Canada fell."],
        # the second word of a place's two
        ["Ferries from South Varna docked late.", "Varna said the pier was shut.", "Trade with Varna fell."],
        ["Great Orn won the regatta.", "Orn said it would host the next one.", "Crews cheered Orn at the quay."],
        # a company whose shares are traded
        [
            "Royal Brask posted a loss for the year.",
            "Brask said the ferry trade was slow.",
            "Holders of Brask shares sold on Monday.",
            "Pilots still trust Brask with the mail.",
        ],
        [
            "Ostrel Vantage is a ferry builder.",
            "Vantage said the hulls were sound.",
            "The guild sold its stake in Vantage.",
            "Buyers of Vantage ferries were told.",
        ],
        # one of a party ("a Unionist"); a carmaker's recall
        [
            "Tolls were set by the Orn Unionist council.",
            "At the pier Edda Vell, a Unionist, told the board the tolls were fair.",
            "The board met the Unionist mayor on Monday.",
        ],
        # a storm that died down
        ["Storm Orla struck Kell.", "Orla died down over the strait.", "Ferries waited for Orla to pass."],
        [
            "Barges are built by Kell Vantor.",
            "Vantor recalled 40 barges on Monday.",
            "Owners of Vantor barges were told.",
        ],
    ]
    for story in stories:
        assert set(names_alone(story)) <= {1}, story
    # … but a person named with them is still one: a company's founder speaks
    story = [
        "Kell Telecom was founded by Tavo Idrane.",
        "Idrane said the fee was fair.",
        "Pilots pay Idrane by the month.",
    ]
    assert names_alone(story) == {1: ("Idrane",), 2: ("Idrane",)}


# --- Key points of the latest week, and counted sets told above -----------------------------------

# Invented: a flooded salt mine, the flood told before the rescue (three weeks, or five days).
_FLOOD = (
    "Floodwater filled the lower galleries of the Kell salt mine on Saturday, trapping nine miners.",
    "The owners of the Kell salt mine hired divers from Brill to pump the flooded galleries dry.",
    "Engineers from the guild of Brill warned that the pit props of the flooded galleries could give way.",
)
_RESCUE = (
    "Rescuers brought the nine trapped miners out of the flooded Kell salt mine on Thursday.",
    "Doctors at the clinic of Kell said the nine miners were weak but would recover fully.",
    "The guild of salt workers in Kell called for an inquiry into the owners of the Kell salt mine.",
)


def _mine_selector(flooded: str) -> Selector:
    """The mine story: the flood's article dated `flooded`, the rescue's on 2025-03-20."""
    from datetime import date

    corpus = make_corpus([_dated(1, flooded, _FLOOD, "Kell Courier"), _dated(2, "2025-03-20", _RESCUE, "Brill Daily")])
    return Selector(corpus, date(2025, 3, 21))


def test_a_key_point_tells_the_latest_week_when_it_has_news_left() -> None:
    # The flood three weeks before the rescue is the story's background: with the rescue week's
    # news left to tell, the flood's sentences do not fill in the key points.
    from briefgen.keypoints import latest_first

    selector = _mine_selector("2025-03-01")
    ranked = list(selector.candidates)
    assert {s.sentence.text for s in latest_first(selector, ranked)} == set(_RESCUE)
    # … but when nothing of the latest week is left, the older news still fills in.
    old = [s for s in ranked if s.sentence.text in _FLOOD]
    assert latest_first(selector, old) == old
    # Near negative: the flood five days before is the week's news, and stays.
    selector = _mine_selector("2025-03-15")
    ranked = list(selector.candidates)
    assert latest_first(selector, ranked) == ranked and len(ranked) == len(_FLOOD) + len(_RESCUE)


def test_a_key_point_opening_on_a_counted_set_needs_that_set_told_above() -> None:
    # "All four pilots …": which pilots? Its article said before; a bullet stands alone.
    from briefgen.selfcontained import counted_set

    freed = "All four pilots were back at work on the winter crossings of the strait by Tuesday."
    assert [k.needs for k in _ferry_points((freed,)) if k.text == freed] == [("pilot",)]
    assert not any(k.text == freed for k in _ferry_points((freed,), shown=1))
    # Near negative: the set said by the words after it stands alone.
    named = "All four pilots of the Orn ferry line were back at work on the winter crossings of the strait by Tuesday."
    assert [k.needs for k in _ferry_points((named,)) if k.text == named] == [()]
    needing = {
        "The two men were detained at the quay of Brill on Friday.": "men",
        "The three trawlers sailed back into the harbor of Kell.": "trawler",
        "All 12 deckhands were paid their wages in full.": "deckhand",
        "The five glass cases were broken, the curator of the Orn museum said.": "case",
    }
    for text, head in needing.items():
        assert counted_set(text) == {head}, text
    for standing in (
        "Four pilots were freed on bail by the magistrates of Vell.",  # the news introducing them
        "All four pilots of the Orn ferry line were freed.",
        "The three trawlers that sank off Kell were insured.",
        "The two largest unions of Vell signed the accord.",
        "The 40 percent rise in fares angered the crews.",
        "The 12 mile road to Kell was shut by snow.",
        "All 40 dead were deckhands from the north coast.",
        "The 1931 charter of the ferry line was lost.",
        "The two-day strike ended on Friday.",
        '"The two men are innocent," their lawyer said.',
        "Ines Quarle said the two men were innocent.",
    ):
        assert counted_set(standing) == frozenset(), standing


def test_a_sentence_and_its_passage_are_one_key_point() -> None:
    # "X." and the passage "X. Y." print X twice: the first ranked stays, and a passage beside
    # a sentence it does not print stays too.
    from dataclasses import replace

    from briefgen.keypoints import told_once

    selector = _mine_selector("2025-03-15")
    first, second, third = selector.candidates[:3]
    passage = replace(second, after=first.sentence.text)
    assert told_once([first, passage, third]) == [first, third]
    assert told_once([passage, first, third]) == [passage, third]
    assert told_once([second, third]) == [second, third]


# Invented: a ferry's licence suspended three weeks before a quiet week at the quay.
_SUSPENSION = (
    "The harbor board of Vell suspended the licence of the Orn ferry company after its boat ran aground.",
    "Divers from Brill recovered the cargo of salt barrels from the bay of Kesh.",
)
_QUIET_WEEK = (
    "The Orn ferry company appealed against the suspension of its licence by the harbor board of Vell.",
    "The quay of Vell is quiet, and the licence notice of the ferry company hangs on the office door.",
)


def test_a_quiet_week_leaves_older_news_out_in_rank_order() -> None:
    # The latest week brings one development and a description, kept in their rank's order; the
    # licence's suspension three weeks before stays out even though the newest article still talks
    # about it (older news a quiet week pulled in mostly retold the Situation in other words).
    from datetime import date

    from briefgen.keypoints import latest_first

    corpus = make_corpus(
        [_dated(1, "2025-03-01", _SUSPENSION, "Kell Courier"), _dated(2, "2025-03-20", _QUIET_WEEK, "Brill Daily")]
    )
    selector = Selector(corpus, date(2025, 3, 21))
    ranked = sorted(selector.candidates, key=lambda s: s.sentence.text != _QUIET_WEEK[1])  # the scene ranked first
    assert [s.sentence.text for s in latest_first(selector, ranked)] == [_QUIET_WEEK[1], _QUIET_WEEK[0]]
