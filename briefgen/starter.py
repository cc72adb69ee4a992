"""`briefgen init`: a folder to start in — a commented briefgen.toml and the sample articles.

The sample articles ship inside the package (briefgen/samples/ukraine in a wheel; seeds/ukraine
in the repository), so `briefgen build --topic ukraine` works in the new folder right away,
wherever briefgen was installed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, OutputError
from .options import InitRequest
from .output import write_atomically

log = logging.getLogger("briefgen.starter")

SAMPLE_TOPIC = "ukraine"
SAMPLES = Path("samples")  # in the new folder: samples/ukraine/*.txt

# Every key of the schema appears here, the optional ones commented out (tests/test_starter.py
# uncomments them all and checks the file against the schema).
STARTER = """\
# briefgen's settings for this folder: `briefgen ...` run here reads this file.
# Paths are relative to it. A file in your user config folder (~/.config/briefgen/briefgen.toml
# on Linux) is read first, BRIEFGEN_* variables and command-line flags override both.
# Every setting and option: docs/usage.md in briefgen's repository.

# Where a topic that is not listed below looks (it keeps the articles that mention its name).
sources = ["samples"]
# Briefs go to output/<topic>/<date>.<format>, unless --out says otherwise.
output = "output"
# A folder whose brief.html.j2, brief.css or email templates replace the shipped ones.
# templates = "my-templates"
# The store that `briefgen fetch` fills, that keeps who was mailed what and remembers each
# article read (default: briefgen.sqlite3 in your user data folder).
# db = "briefgen.sqlite3"
# Processes that read and analyse articles (default: one per core).
# workers = 2
# The time zone whose days name the briefs and choose their articles (default: this machine's).
# timezone = "Europe/Paris"

# The sample: eleven articles on the Ukraine ceasefire talks of March 2025.
#   briefgen build --topic ukraine --date 2025-03-18
[topics.ukraine]
title = "Ukraine ceasefire talks"
keywords = ["Ukraine", "Kyiv", "Kremlin", "ceasefire"]  # an article counts when it mentions one
sources = ["samples/ukraine"]
# recipients = ["Ana Alves <ana@example.org>", "desk@example.org"]  # for --send; needs [smtp]

# A topic of your own. Articles from feeds and web pages are fetched into the store by
# `briefgen fetch --topic chips`; `briefgen build --topic chips` then reads the store.
# [topics.chips]
# title = "Chip export controls"
# keywords = ["chip", "semiconductor", "export control"]
# sources = [
#   "clips/chips",                                                      # a folder of .txt/.md articles
#   "https://news.example/world/rss.xml",                               # an RSS or Atom feed
#   { feed = "https://news.example/summaries.rss", full_text = true },  # ... fetching each entry's page
#   { page = "https://news.example/live/chips" },                       # one web page's main text
#   { json = "dumps/wire.jsonl" },                                      # a JSON or JSONL dump
#   { path = "more-clips" },                                            # a file or folder, said explicitly
# ]
# recipients = ["desk@example.org"]

# [fetch]
# timeout = 20  # seconds to connect and for each read; a request ends after three of them
# source_seconds = 120  # one source may take this long, its full_text pages included
# source_megabytes = 50  # ... and read this much
# contact = "desk@example.org"  # added to the User-Agent, so a site can reach you

# Mail: `briefgen build --topic ukraine --send` sends each recipient the PDF once. The login
# comes only from the environment: BRIEFGEN_SMTP_USER and BRIEFGEN_SMTP_PASSWORD.
# [smtp]
# host = "smtp.example.org"
# port = 587  # default: 25 with none, 587 with starttls, 465 with ssl
# security = "starttls"  # none | starttls | ssl
# sender = "Briefs <briefs@example.org>"
# timeout = 20  # seconds per SMTP command
# data_timeout = 600  # seconds to wait for the answer to a message's end (RFC 5321: 10 minutes)
# resend_unknown_after = "12h"  # a message whose answer never came is sent again after this ("never")
# catch_up_days = 3  # a run also mails the last days' briefs to recipients still owed them
# ca_file = "relay-ca.pem"  # a private CA for the relay's certificate (else the system's)

# A website of every brief built here: `briefgen site` writes it, and `briefgen build --all`
# brings it up to date after the day's briefs.
# [site]
# folder = "site"  # any web server can serve it
# base_url = "https://briefs.example.org/"  # where it is published: absolute links in its feeds
"""


@dataclass(frozen=True, slots=True)
class Started:
    """What `init` wrote."""

    folder: Path
    config: Path
    samples: tuple[Path, ...]


def sample_articles() -> tuple[Path, ...]:
    """The shipped sample articles: inside the installed package, or the repository's seeds/."""
    here = Path(__file__).resolve().parent
    for folder in (here / "samples" / SAMPLE_TOPIC, here.parent / "seeds" / SAMPLE_TOPIC):
        files = tuple(sorted(folder.glob("*.txt")))
        if files:
            return files
    raise InputError(f"the sample articles are missing from the installation (samples/{SAMPLE_TOPIC}/*.txt)")


def init(request: InitRequest) -> Started:
    """Write briefgen.toml and samples/ukraine/ into `request.folder` (made when missing).

    An existing briefgen.toml or sample folder is left alone unless `request.force`."""
    folder = request.folder
    config = folder / "briefgen.toml"
    samples = folder / SAMPLES / SAMPLE_TOPIC
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: not a folder")
    if not request.force:
        for existing in (config, samples):
            if existing.exists() or existing.is_symlink():
                raise OutputError(f"{existing}: already there; keep it, or give --force to write it anew")
    articles = sample_articles()
    written = []
    for article in articles:
        write_atomically(samples / article.name, article.read_bytes())
        written.append(samples / article.name)
    log.info("wrote %d sample articles to %s", len(written), samples)
    write_atomically(config, STARTER.encode("utf-8"))
    log.info("wrote %s", config)
    return Started(folder, config, tuple(written))
