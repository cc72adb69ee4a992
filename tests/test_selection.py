"""Situation and key points: verbatim, central, not redundant, syndication counted once."""

from __future__ import annotations

from pathlib import Path

from briefgen import summarize
from briefgen.analysis import make_corpus
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
    key_points = selector.key_points(situation, limit=6)
    assert not {k.text for k in key_points} & set(texts)
    # Citations are the articles with these very words; support counts outlets, the syndicated copy once.
    outlets = len({corpus.copies.get(a, a) for a in range(len(corpus.articles))})
    for item in situation + key_points:
        assert item.support >= len({corpus.copies.get(a, a) for a in item.articles})
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
    points = selector.key_points([], limit=5)
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
    points = Selector(corpus).key_points([], limit=5)
    assert [p.support for p in points[:2]] == [3, 1]
    assert "2.9 percent" in points[0].text and "4.5 percent" in points[1].text


def test_a_sentence_mostly_inside_a_chosen_one_is_not_chosen_again() -> None:
    from briefgen.selection import repeats
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
