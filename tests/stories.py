"""A small invented news story (a port strike) as feed entries, pages and dump lines for tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    outlet: str
    published: str  # RFC 822 for feeds
    iso: str  # ISO 8601 for dumps
    paragraphs: tuple[str, ...]


STRIKE = Story(
    "walkout",
    "Dockworkers walk out at Port Alder",
    "Harbour Herald",
    "Mon, 17 Mar 2025 07:30:00 GMT",
    "2025-03-17T07:30:00Z",
    (
        "PORT ALDER — Dockworkers at Port Alder walked off the job on Monday after talks over pay and automation collapsed late on Sunday.",
        "The strike has halted container traffic at the country's second-largest port, with more than 40 ships waiting offshore.",
        "“We will stay out until the automation plan is withdrawn,” said Mara Quist, the general secretary of the Harbour Workers Union.",
        "The port authority said it would meet union leaders again on Thursday to discuss the dispute.",
    ),
)
SHIPPERS = Story(
    "shippers",
    "Shippers warn of shortages as Port Alder strike bites",
    "Freight Daily",
    "Mon, 17 Mar 2025 15:00:00 GMT",
    "2025-03-17T15:00:00Z",
    (
        "Retailers warned on Monday that shelves could empty within two weeks if the Port Alder strike continues.",
        "Ole Brandt, the chief executive of the port authority, said the automation plan was essential to keep the port competitive.",
        "“Nobody loses a job because of these cranes, and the port cannot stand still,” Brandt said in a statement.",
        "Freight rates on routes into the port have doubled since Friday, brokers said.",
    ),
)
# The walkout story as a wire service syndicates it: the same sentences, a new first paragraph.
SYNDICATED = Story(
    "walkout-wire",
    "Port Alder dockworkers strike over automation",
    "Coastal Wire",
    "Mon, 17 Mar 2025 09:00:00 GMT",
    "2025-03-17T09:00:00Z",
    (
        "Dockworkers at Port Alder walked off the job on Monday after talks over pay and automation collapsed late on Sunday.",
        *STRIKE.paragraphs[1:],
        "This story was distributed by Coastal Wire.",
    ),
)
MEDIATOR = Story(
    "mediator",
    "Government names mediator in Port Alder dispute",
    "Harbour Herald",
    "Tue, 18 Mar 2025 08:00:00 GMT",
    "2025-03-18T08:00:00Z",
    (
        "The labour ministry appointed a former judge, Ines Varga, on Tuesday to mediate between the port authority and the union at Port Alder.",
        "Varga said she expected both sides to present new proposals to her by Friday.",
        "“A deal is possible this week if both sides move,” Varga told reporters outside the ministry.",
        "Container lines have begun diverting ships from Port Alder to the rival port of Kestrel Bay.",
    ),
)
PAUSE = Story(
    "pause",
    "Union offers pause in Port Alder strike",
    "Freight Daily",
    "Tue, 18 Mar 2025 16:00:00 GMT",
    "2025-03-18T16:00:00Z",
    (
        "The Harbour Workers Union offered on Tuesday to suspend the Port Alder strike for 48 hours if the automation plan is frozen.",
        "Quist said the offer would expire at midnight on Wednesday, and that members would vote on any deal on Saturday.",
        "The port authority said it was studying the offer and would reply before the mediation session.",
    ),
)


def link(base: str, story: Story) -> str:
    return f"{base}/news/{story.slug}"


def rss(base: str, stories: list[Story], title: str = "Port news", summary_only: bool = False) -> bytes:
    """An RSS 2.0 feed with the full text in content:encoded, as many outlets publish it (or only
    a one-sentence summary, as many others do)."""
    items = []
    for s in stories:
        html = "".join(f"<p>{escape(p)}</p>" for p in s.paragraphs)
        items.append(
            f"<item><title>{escape(s.title)}</title><link>{link(base, s)}</link>"
            f"<guid>{link(base, s)}</guid><pubDate>{s.published}</pubDate>"
            f"<source url='{base}'>{escape(s.outlet)}</source>"
            f"<description>{escape(s.paragraphs[0])}</description>"
            + ("" if summary_only else f"<content:encoded>{escape(html)}</content:encoded>")
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>{base}</link><description>Port news</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode("utf-8")


def atom(base: str, stories: list[Story]) -> bytes:
    entries = "".join(
        f"<entry><title>{escape(s.title)}</title><link href='{link(base, s)}'/><id>{link(base, s)}</id>"
        f"<updated>{s.iso}</updated><author><name>{escape(s.outlet)}</name></author>"
        f"<content type='html'>{escape(''.join(f'<p>{p}</p>' for p in s.paragraphs))}</content></entry>"
        for s in stories
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Atom port news</title><id>{base}/atom</id><updated>2025-03-18T00:00:00Z</updated>{entries}</feed>"
    ).encode()


def page(story: Story) -> bytes:
    """A news page as sites serve it: navigation, a script, the article, related links, a footer."""
    body = "".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(story.title)} | {story.outlet}</title>
<meta property="og:site_name" content="{story.outlet}"><meta property="article:published_time" content="{story.iso}">
<script>var tracking = "SCRIPT-TEXT-MUST-NOT-APPEAR";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(story.title)}</h1>{body}</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Celebrity chef opens new restaurant</a></li></ul></aside>
<footer>Copyright Harbour Herald. All rights reserved.</footer></body></html>""".encode()


def jsonl(stories: list[Story], base: str = "https://dump.example") -> str:
    return "\n".join(
        json.dumps(
            {
                "title": s.title,
                "text": "\n\n".join(s.paragraphs),
                "url": link(base, s),
                "published": s.iso,
                "source": s.outlet,
            }
        )
        for s in stories
    )


CONFIG = """\
[fetch]
timeout = {timeout}

[topics.port]
title = "Port Alder strike"
keywords = ["Port Alder", "port"]
sources = {sources}
"""
