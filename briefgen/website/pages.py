"""The site's HTML pages, laid out with Jinja2 from the templates in site/ (which a `--templates`
folder can override, like the brief's): each brief's page extends the PDF's own brief.html.j2.

Article text is untrusted: every template autoescapes, and the pages load nothing but the
site's own files (styles, fonts, the search scripts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import jinja2

from .. import ics
from ..errors import RenderError
from ..render import Renderer, day_label, long_date, view
from .plan import Actor, Site, TopicBriefs, brief_path, first_line, new_count, topic_path

TOPIC_ROOT = "../../"  # from topics/<name>/ back to the site's root
ACTOR_ROOT = "../"


@dataclass(frozen=True, slots=True)
class Pages:
    """Renders the pages of one site with one Jinja2 environment."""

    renderer: Renderer
    env: jinja2.Environment

    @classmethod
    def create(cls, renderer: Renderer) -> Pages:
        return cls(renderer, renderer.environment())

    def _render(self, template: str, **context: Any) -> bytes:
        try:
            return self.env.get_template(template).render(**context).encode("utf-8")
        except jinja2.TemplateError as exc:
            raise RenderError(f"template {template}: {exc}") from None

    def brief(self, topic: TopicBriefs, index: int) -> bytes:
        """A brief's page: brief.html.j2 itself, extended with the site's bar and links."""
        record = topic.records[index]
        older, newer = topic.neighbours(index)

        def neighbour(day: date | None) -> dict[str, str] | None:
            return None if day is None else {"url": f"{day.isoformat()}.html", "label": day_label(day)}

        events = sum(1 for s in record.brief.next_steps if ics.span(s) is not None)
        return self._render(
            "site/brief.html.j2",
            **view(record.brief),
            root=TOPIC_ROOT,
            pdf=f"{record.date.isoformat()}.pdf",
            ics=f"{record.date.isoformat()}.ics",
            events=events,
            older=neighbour(older.date if older else None),
            newer=neighbour(newer.date if newer else None),
        )

    def content(self, topic: TopicBriefs, index: int) -> str:
        """The brief's HTML as the PDF's template lays it out, without the page around it (a feed entry)."""
        template = self.env.get_template("brief.html.j2")
        try:
            return "".join(template.blocks["content"](template.new_context(view(topic.records[index].brief)))).strip()
        except (KeyError, jinja2.TemplateError) as exc:
            raise RenderError(f"template brief.html.j2: no content block to put in a feed ({exc})") from None

    def home(self, site: Site) -> bytes:
        topics = []
        for t in site.topics:
            latest = t.records[0]
            topics.append(
                {
                    "title": t.title,
                    "url": topic_path(t.name),
                    "feed": topic_path(t.name, "feed.atom"),
                    "calendar": topic_path(t.name, "calendar.ics"),
                    "count": len(t.records),
                    "latest": {
                        "url": brief_path(t.name, latest.date, "html"),
                        "date_long": _long(latest.date),
                        "first_line": first_line(latest),
                        "new": new_count(latest),
                    },
                }
            )
        return self._render("site/home.html.j2", root="", topics=topics)

    def topic(self, topic: TopicBriefs) -> bytes:
        briefs = [
            {
                "url": f"{r.date.isoformat()}.html",
                "date_long": _long(r.date),
                "first_line": first_line(r),
                "new": new_count(r),
            }
            for r in topic.records
        ]
        return self._render("site/topic.html.j2", root=TOPIC_ROOT, title=topic.title, briefs=briefs)

    def actors(self, actors: tuple[Actor, ...]) -> bytes:
        listed = [
            {
                "name": a.name,
                "url": a.path.removeprefix("actors/"),
                "count": len(a.statements),
                "latest": _long(a.statements[0].date),
            }
            for a in actors
        ]
        return self._render("site/actors.html.j2", root=ACTOR_ROOT, actors=listed)

    def actor(self, actor: Actor) -> bytes:
        statements = [
            {
                "text": s.text,
                "url": ACTOR_ROOT + s.url,
                "date_long": _long(s.date),
                "title": s.title,
                "outlets": s.outlets,
                "new": s.is_new,
            }
            for s in actor.statements
        ]
        return self._render(
            "site/actor.html.j2", root=ACTOR_ROOT, name=actor.name, roles=actor.roles, statements=statements
        )

    def search(self) -> bytes:
        return self._render("site/search.html.j2", root="")

    def stylesheet(self) -> bytes:
        """brief.css as the brief's page includes it (rendered: an override may use Jinja)."""
        return self._render("brief.css")

    def asset(self, name: str) -> bytes:
        """A file of the templates served as it is (site/site.css, site/search.js, ...)."""
        assert self.env.loader is not None
        try:
            source, _, _ = self.env.loader.get_source(self.env, name)
        except jinja2.TemplateNotFound:
            raise RenderError(f"{name} is missing from the templates") from None
        return source.encode("utf-8")


def _long(day: date) -> str:
    return f"{day:%A} {long_date(day)}"
