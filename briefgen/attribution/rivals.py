"""Rivals: whether a he/she read as one person could as well mean another of that sex.

The resolver reads a pronoun as the nearest fitting person; these checks say when that reading is
only a guess, because someone else who may be of the pronoun's sex opens a sentence, speaks, acts on
the one read, or shares their family name between that one's mention and the pronoun. They read the
page, the cast and the ledger, and change none of them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from .cast import Cast
from .ledger import Ledger, kind
from .lexicon import (
    CLAUSE_IN_PASSING,
    GENERIC_ORGS,
    KIN_GENDER,
    KIN_NOUNS,
    MEETING,
    NO_COMMENT,
    ORG_HEADS,
    PLACES,
    PLURAL_SOURCES,
    REQUEST_VERBS,
    SAY,
    TURN_VERBS,
    fold,
)
from .page import Page
from .phrases import is_organisation, person_noun
from .records import Quote, Speaker
from .subjects import OWNER_AT, subject_lead

# A capitalised word not after another one, not an owner: "…, Marsh called", not "Tom Marsh", "Marsh's".
_SURNAME_ALONE = re.compile(r"(?<![\w’'.-])(?<![A-Z][\w’'.-] )([A-Z][a-z][\w’'-]*)(?![\w’'-])(?!\s+[A-Z])")
# The capitalised word just before a family name, its given name maybe ("Ida " in "Ida Marsh").
_GIVEN_BEFORE = re.compile(r"([A-Z][\w’'-]+)\s+$")
# A passive with its agent: "was criticised by Mara Doyt", "had been praised by Sen. Ardo Pann", "was
# endorsed on Monday by Pann" (not an owner: "was frustrated by Pann's aides").
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ught)\s+"
    r"(?:(?:on|in|at|during|last|this|early|late)\s+(?:[\w-]+\s+){1,2}?)?by\s+"
    r"(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][\w-]+)\s+)*?(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)(?![\w-]|['’]s\b)"
)


# ", she says,": what an aside telling of someone by name (`Rivals._another_spoke_as`) holds after
# the name. One text for both patterns: the one without a name picks the sentences the name's own
# pattern is tried on, so they must not drift apart.
def _aside(pronoun: str, name: str = "") -> re.Pattern[str]:
    return re.compile(rf"{name}\s*,\s*{pronoun}\s+(?:also\s+)?(?:{SAY})\s*,", re.IGNORECASE)


_ASIDES = {pronoun: _aside(pronoun) for pronoun in ("he", "she")}

# A clause told in passing that opens after a mention and runs to the words it reports: "… since the
# cabinet has vowed ", "… after the board said " (no stop or comma inside it).
# One person speaking of themselves.
_FIRST_PERSON_ONE = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_IN_PASSING_BEFORE = re.compile(rf"\b(?:{CLAUSE_IN_PASSING})\s+[^,;.!?]*$")

# Words of a sentence short enough only to set its subject beside another's ("Sen. Rin Tay voted yes.").
_SHORT_SENTENCE = 10
# A sentence that opens on a name, which the cast may not know for a person: "Ardo Pann was endorsed by …".
_NAME_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){2,4}")
# A sentence opening on a name of two to four capitalised words and then its verb in lower case:
# "Ardo Pann met …", "Varnese Mayor Ardo Pann told …".
_SUBJECT_RUN = re.compile(
    r"\s*(?P<run>(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]*)\s+(?:[a-z]+ly\s+)?(?P<next>[a-z][\w'’-]*)"
)
# A clause of its own after the one a sentence opens with, whose subject is a run of two to four
# capitalised words and then its verb in lower case: "…, and Kiri Ashdale spoke", "…; then Kiri
# Ashdale took the floor", "… before Kiri Ashdale answered".
_LATER_SUBJECT = re.compile(
    r"(?:,\s*(?:and|but|while|whereas|yet|as|when|before|after|until)|;\s*(?:then|and|but)?|"
    r"\s(?:before|after|while|until|when))\s+"
    r"(?P<run>(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]*)\s+(?:[a-z]+ly\s+)?(?P<next>[a-z][\w'’-]*)"
)
# Such a clause whose subject is someone described, not named: "…, but a union official disagreed",
# "…, and his deputy agreed" (a person noun among `words` says what they are, and whether the
# pronoun may mean them).
_LATER_DESCRIBED = re.compile(
    r"(?:,\s*(?:and|but|while|whereas|yet)|;\s*(?:then|and|but)?)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+[a-z]+\b(?![’'])"
)
# Capitalised openers that start no name: "On Monday …", "In Varnese …", "The …".
_NOT_NAME_OPENERS = frozenset(
    "a an the on in at by for from with after before during as when while since under over to of".split()
)
# A relative clause open before a passive: "Quarle, who was appointed by Doyt, …" tells of its subject.
_IN_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,]*$")

# A run of one to four capitalised words that may name someone: "Omar Darr", "President Omar Darr".
_RUN = r"(?P<run>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
# Another given a turn of their own in a relative clause: "…, Omar Darr, who thanked him".
# (not one who said nothing: "…, who said nothing", "…, who said little")
_TURN_IN_RELATIVE = re.compile(
    rf"(?<![\w'’.-]){_RUN},\s+who\s+(?:[a-z]+ly\s+)?(?:{TURN_VERBS})\b(?!\s+(?:nothing|little|no\s+more)\b)"
)
# The subject's verb setting them at one table with another, just past the subject's name: " met
# (with) President Omar Darr", " sat down on Monday with his rival, Omar Darr".
_MEETS = re.compile(
    rf"(?:,[^,]*,)?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|first\s+)?(?:{MEETING})\s+"
    r"(?:(?:(?:on|last|this)\s+)?[A-Z][a-z]+day\s+(?:with\s+)?|(?:last|this)\s+[a-z]+\s+(?:with\s+)?)?"
    r"(?:(?:his|her|their|the|a|an|fellow)\s+(?:[a-z][\w-]*\s+){0,2}?(?!(?:of|for|to|in|at|from|on|with|and)\b)[a-z][\w-]*,?\s+)?"
    + _RUN
)
# A thing of the subject's, "Dalby's remarks", and past it the one it came from or who acted on it:
# "… drew a sharp reply from Omar Darr", "… were welcomed by his old rival, Omar Darr".
_OWNED_THING = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?![’'])")
_SOURCE_OR_AGENT = re.compile(
    r"\b(?:from|by)\s+(?:(?:his|her|their|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+)?" + _RUN
)
# A request put to another, who may answer it: "… urged Omar Darr to resign".
# (a verb after "to", not a thing: "challenged Omar Darr to a debate" puts no request he answers)
_REQUEST_PUT = re.compile(
    rf"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:{REQUEST_VERBS})\s+{_RUN}\s+to\s+"
    r"(?!(?:a|an|the|his|her|their|its|this|that|one)\b)[a-z]"
)
# A turn turned to someone, just past its verb: "…, who thanked him", "…, who answered her warmly".
_TURNED_TO = re.compile(r"\s+(?:back\s+)?(?:him|her|them)\b")
# The other of the pronoun's sex in the quote itself: “He has lost our trust,” he said; “I asked him …”.
_OTHER_IN_QUOTE = {
    "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}
# Another joined to the subject as one subject: " and his deputy, Ivo Darr, toured …" (the cast's
# people are joined in `Resolver`; this finds one it does not hold, whose given name no list knows).
_JOINED_SUBJECT = re.compile(
    rf"\s+and\s+(?:(?:his|her|their|the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*,\s+)?{_RUN}(?:,|\s+[a-z])"
)
# A clause whose subject is two people at once: "…, and the two spoke for an hour", "… before both
# men left": either of the two may be the one a he/she goes on with.
_BOTH = re.compile(
    r"(?:,\s*|\s)(?:and|but|where|as|before|after|while|when|then)\s+"
    r"(?:the\s+two|both|the\s+pair|the\s+(?:two\s+)?(?:men|women))\b(?!\s+of\b)"
)


class Rivals:
    def __init__(self, page: Page, cast: Cast, ledger: Ledger, sentences: list[tuple[int, int, int]]) -> None:
        self.page = page
        self.cast = cast
        self.ledger = ledger
        self.sentences = sentences  # (start, end, paragraph) of each of the page's sentences, the resolver's

    def rivalled(self, who: Speaker, key: str, pronoun: str, at: int) -> bool:
        """Whether a he/she at `at` read from an earlier sentence as `who` (the cast's `key`) is
        only a guess: someone else who may be of that sex opens a sentence or speaks between that
        one's last mention and the pronoun ("Ilse Varn said …. She should win, Petra Holm said.
        “…,” she said.": Holm as well as Varn)."""
        gender = "m" if pronoun == "he" else "f"
        here = self.page.sentence_at(at)
        last = self.last_of(key, who.name, at)  # the last mention of the one meant before the pronoun
        if last is None or last >= self.sentences[here][0]:
            return False  # named in the pronoun's own sentence
        between = range(self.page.sentence_at(last) + 1, here + 1)
        spoken = [q for q in self.ledger.found if last < q.start < at]
        return (
            (self._gave_no_words(last, here) and self.rivalled_nearby(who.name, gender, here))
            or self._another_spoke_as(pronoun, who.name, range(self.page.sentence_at(last), here))
            or self._acted_on_by_rival(key, gender, self.page.sentence_at(last), at)
            or self._rival_subject(who.name, gender, between, at)
            or self._known_rival_spoke(who.name, gender, spoken)
            or self._unknown_subject_before(key, gender, last)
        )

    def last_of(self, key: str | None, name: str, at: int) -> int | None:
        """Where the one a he/she at `at` is read as was last named or last spoke before it: the
        offset of their last mention (the cast's `key`, when they are a person of the cast) or the
        start of their last statement (by `key`, or given to `name` itself: "a union spokesman");
        None when neither is before `at`."""
        mentions = (
            [offset for offset, mentioned in self.cast.mentions if offset < at and self._same(mentioned, key)]
            if key is not None
            else []
        )
        spoke = [q.start for q in self.ledger.found if q.start < at and self._spoken_by(q, key, name)]
        return max(mentions + spoke, default=None)

    def _spoken_by(self, statement: Quote, key: str | None, name: str) -> bool:
        """Whether `statement` was given to the one of the cast's `key` (or, for one the cast does
        not hold, to `name` itself)."""
        if statement.speaker == name:
            return True
        return key is not None and self.cast.person_key(statement.speaker) == key

    def words_between(self, who: Speaker, pronoun: str, at: int) -> bool:
        """Whether words given to someone else the pronoun may mean stand between the last mention
        of `who` (or their last statement) and a he/she at `at` read as them: a quote or a reported
        statement of another person not known to be of the other sex, or of one the text only
        describes, a group or an organisation (whose unnamed spokesman "he" may be). News paragraphs
        run "A speaks; B is quoted; “…,” he said", and which of them the pronoun goes on with the
        reader settles from what the paragraph is about, which the chain of names alone cannot
        tell: "Tom Berrow said the port would stay open, and Robin Ashdale said “the budget is
        tight.” “We will not sell the quay,” he said." Not the words of one known to be of the
        other sex ("Ines Quarle, speaking through her spokesman Bren Tolle, said …. “…,” he
        added"), nor words inside a statement of `who`'s own (whom they quote is still the one
        speaking)."""
        key = self.cast.person_key(who.name)
        last = self.last_of(key, who.name, at)
        if last is None:
            return False
        gender = "m" if pronoun == "he" else "f"
        here = self.page.sentence_at(at)
        statements = [
            q for index in range(self.page.sentence_at(last), here + 1) for q in self.ledger.in_sentence(index)
        ]
        own = [(q.start, q.end) for q in statements if self._spoken_by(q, key, who.name)]
        return any(
            last < q.start < at
            and not self._spoken_by(q, key, who.name)
            and not any(start <= q.start < end for start, end in own)
            and self._may_be_meant(q, gender)
            and not (self._body_in_passing(q, last) and self._not_the_body_speaking(here, q))
            for q in statements
        )

    def _not_the_body_speaking(self, index: int, statement: Quote) -> bool:
        """Whether the quoted words of sentence `index` cannot be the body's of `statement`: they
        speak as one person ("I could not afford it", "My family needs the money"), which a body,
        speaking as "we", never does; or they speak of the body ("As long as the cabinet ships
        grain, …"). Words a body may say of itself ("We had no choice") leave it a rival."""
        start, end, _ = self.sentences[index]
        text = self.page.text
        quoted = "".join(text[k] if self.page.inside_quote(k) else " " for k in range(start, end))
        head = statement.speaker.split()[-1].lower() if statement.speaker.split() else ""
        return _FIRST_PERSON_ONE.search(quoted) is not None or (
            len(head) > 2 and re.search(rf"\b{re.escape(head)}\b", quoted.lower()) is not None
        )

    def _body_in_passing(self, statement: Quote, mention: int) -> bool:
        """Whether `statement` is a body's, told in a clause in passing of the sentence that names the
        one a he/she is read as, after that mention: "Lorna Vell does not expect prices to rise since
        the cabinet has vowed that it will ship in grain. “…,” she said" goes on with Vell; the
        cabinet's words are the background of her sentence, not a turn of their own. Not a
        person's ("… since her deputy said …": one the pronoun may mean), nor a body's in a sentence
        of its own ("The ministry said …. “…,” she said": its spokeswoman may be meant). The caller
        asks too that the quote cannot be the body's (`_not_the_body_speaking`)."""
        if kind(statement) != "organisation":
            return False
        if self.page.sentence_at(mention) != self.page.sentence_at(statement.start):
            return False
        return _IN_PASSING_BEFORE.search(self.page.outside_quotes(mention, statement.start)) is not None

    def _may_be_meant(self, statement: Quote, gender: str) -> bool:
        """Whether a he/she of `gender` may mean the one `statement` was given to: anyone but a
        person of the cast known to be of the other sex, or several people ("workers said",
        "two union officials said": a "he" is none of them)."""
        if kind(statement) == "group":
            return False
        other = self.cast.person_key(statement.speaker) if kind(statement) == "person" else None
        return other is None or self.cast.people[other].gender in (None, gender)

    def _gave_no_words(self, mention: int, here: int) -> bool:
        """Whether the sentence just before sentence `here` names someone at `mention` to say they
        gave no words ("Guild president Ardo Pann declined to comment."): a "he said" right after
        it is more likely another's, one who did speak. The words must be that person's own verb,
        next to the name, not a clause about someone else ("said the clerk was not available")."""
        index = self.page.sentence_at(mention)
        if index != here - 1:
            return False
        end = self.sentences[index][1]
        frame = self.page.outside_quotes(mention, end)
        found = NO_COMMENT.search(frame)
        if found is None:
            return False
        between = frame[: found.start()]
        return len(between) <= 60 and not re.search(rf"\b(?:{SAY}|that)\b", between)

    def _another_spoke_as(self, pronoun: str, name: str, sentences: Iterable[int]) -> bool:
        """Whether one of `sentences` tells of `name` through someone of the same pronoun ("Doyt,
        she says, has never read the ledgers": that "she" is not Doyt), who may as well be the one
        a later "she says" means."""
        frames = [self.page.outside_quotes(*self.sentences[index][:2]) for index in sentences]
        # Nearly always no sentence holds the aside at all: the name's own pattern (one compiled for
        # each name) only for the frames that do.
        frames = [frame for frame in frames if _ASIDES[pronoun].search(frame)]
        if not frames:
            return False
        surname = re.escape(name.split()[-1])
        aside = _aside(pronoun, rf"\b{surname}")
        return any(aside.search(frame) for frame in frames)

    def _acted_on_by_rival(self, key: str, gender: str, index: int, at: int) -> bool:
        """Whether sentence `index`, where the one a pronoun is read as was last named, says someone
        else of that gender did something to them, in the passive ("Quarle was criticised by Mara
        Doyt. “…,” she said."): the subject and the one who acted are both to hand, and the words
        may be the critic's as well."""
        start, end, _ = self.sentences[index]
        frame = self.page.outside_quotes(start, min(end, at))
        for agent in _PASSIVE_AGENT.finditer(frame):
            if _IN_RELATIVE.search(frame, 0, agent.start()):
                continue  # "Quarle, who was appointed by Doyt, defended it": the sentence is still Quarle's
            # the agent is named somewhere in the run of capitals ("by Governor Odo Brask")
            within = self.cast.mentions_between(start + agent.start("who"), start + agent.end("who"))
            other = within[-1][1] if within else None
            if other is None:
                continue
            if not self._same(other, key):
                if self.cast.people[other].gender in (None, gender):
                    return True
            elif self._rival_before(key, gender, start, start + agent.start()) or _NAME_SUBJECT.fullmatch(
                frame[: agent.start()]
            ):
                # the one read is the agent: "Pann was endorsed by Gov. Odo Brask. “…,” he said" may
                # as well be Pann's thanks
                return True
        return False

    def _unknown_subject_before(self, key: str, gender: str, mention: int) -> bool:
        """Whether the sentence naming the one a pronoun is read as opens, before that name, with a
        name of someone else the cast does not know as of the other sex, the subject of its verb ("Ardo
        Pann met Governor Odo Brask. “…,” he said": Pann as well as Brask; a given name the lists do not
        know makes no cast person, and so no rival, elsewhere)."""
        start = self.sentences[self.page.sentence_at(mention)][0]
        found = _SUBJECT_RUN.match(self.page.text, start, mention)
        return found is not None and self._another_named(found, key, gender)

    def may_name_someone(self, run: str, following: str) -> bool:
        """Whether `run`, capitalised words a clause opens with before the lower-case word
        `following`, may be the name of a person the clause is about: not what opens no name
        ("On Monday"), an organisation or a place ("Congress passed", "Norway woke"), nor words
        standing before a noun as what it is of ("Chicago voters rejected", "Wall Street
        analysts cheered": the voters, the analysts)."""
        words = run.split()
        if words[0].lower() in _NOT_NAME_OPENERS or is_organisation(run) or run.lower() in PLACES:
            return False
        if any(w.lower().rstrip(".") in ORG_HEADS | GENERIC_ORGS for w in words):
            return False
        return following not in PLURAL_SOURCES and not person_noun(following)

    def _another_named(self, found: re.Match[str], key: str, gender: str) -> bool:
        """Whether the run a `_SUBJECT_RUN` or `_LATER_SUBJECT` match found names someone other
        than `key` whom the cast does not know as of the other sex."""
        if not self.may_name_someone(found.group("run"), found.group("next")):
            return False
        known = [k for _, k in self.cast.mentions_between(found.start("run"), found.end("run"))]
        if any(self._same(k, key) for k in known):
            return False
        return not (known and all(self.cast.people[k].gender not in (None, gender) for k in known))

    def later_subject(self, who: Speaker, pronoun: str, at: int) -> bool:
        """Whether the sentence that last names `who` (or gives their last statement), read as a
        he/she at `at`, goes on past them with a clause of its own about someone else the pronoun
        may mean (`unknown_subject_after`, `_described_after`)."""
        key = self.cast.person_key(who.name)
        last = self.last_of(key, who.name, at)
        if key is None or last is None:
            return False
        gender = "m" if pronoun == "he" else "f"
        limit = min(self.sentences[self.page.sentence_at(last)][1], at)
        return self.unknown_subject_after(key, gender, last, limit) or self._described_after(gender, last, limit)

    def _described_after(self, gender: str, mention: int, limit: int) -> bool:
        """Whether text[mention:limit] goes on with a clause whose subject is a person described,
        not of the other sex by what the words call them: "Tom Berrow said the port would stay
        open, but a union official disagreed. “…,” he said": the official may be meant."""
        for found in _LATER_DESCRIBED.finditer(self.page.text, mention, limit):
            if self.page.inside_quote(found.start()):
                continue
            nouns = [w for w in found.group("words").split() if person_noun(w) or w in KIN_NOUNS]
            if nouns and KIN_GENDER.get(nouns[-1], gender) == gender:
                return True
        return False

    def unknown_subject_after(self, key: str, gender: str, mention: int, limit: int) -> bool:
        """Whether, past the name at `mention`, its sentence (up to `limit`) goes on with a clause
        of its own whose subject is a name the cast does not know as of the other sex ("Tom Berrow
        left the pier, and Kiri Ashdale spoke to reporters. “…,” he said": Ashdale, whose given
        name no list knows, is who the sentence last tells of, and may be meant as well). Not a
        run that is an organisation or a place, nor the one read again."""
        for found in _LATER_SUBJECT.finditer(self.page.text, mention, limit):
            if not self.page.inside_quote(found.start("run")) and self._another_named(found, key, gender):
                return True
        return False

    def _rival_before(self, key: str, gender: str, start: int, end: int) -> bool:
        """Whether someone other than `key` who may be of `gender` is named between `start` and `end`."""
        return any(
            not self._same(mentioned, key) and self.cast.people[mentioned].gender in (None, gender)
            for _, mentioned in self.cast.mentions_between(start, end)
        )

    def _same(self, mentioned: str, key: str) -> bool:
        """Whether the mention key `mentioned` is the person `key`."""
        return mentioned == key or self.cast.person_key(self.cast.people[mentioned].name) == key

    def subject_of(self, index: int, at: int) -> str | None:
        """The person sentence `index` opens with (its first name past an opening clause), up to `at`."""
        start, end, _ = self.sentences[index]
        first = bisect.bisect_left(self.cast.mentions, (start, ""))
        for offset, mentioned in self.cast.mentions[first:]:
            if offset >= min(end, at):
                break
            if subject_lead(self.page.text[start:offset]):
                return self.cast.person_key(self.cast.people[mentioned].name) or mentioned
            break
        return None

    def shared_subject(self, start: int, limit: int, gender: str) -> bool:
        """Whether the sentence at `start` opens with a family name alone that several people of
        the text of the pronoun's gender share ("In brief remarks, Marsh called …" with Tom and
        Ed Marsh named): the pronoun means that one, whom the text does not tell apart."""
        for word in _SURNAME_ALONE.finditer(self.page.text, start, limit):
            if self.page.inside_quote(word.start()) or self._whole_name_ends_at(start, word):
                continue  # "Ida Marsh called it …": the whole name says which Marsh (and may only
                # stand in an opening clause: "After Ida Marsh left, Marsh called it …")
            if not subject_lead(self.page.text[start : word.start()]):
                continue
            people = self.cast.by_surname(word.group(1))
            if people:
                return len([p for p in people if p.gender in (None, gender)]) >= 2
        return False

    def _whole_name_ends_at(self, start: int, word: re.Match[str]) -> bool:
        """Whether the family name `word` (in the sentence at `start`) ends a given name and family
        name that together name one person of the text ("Ida Marsh"), not a family name alone."""
        before = _GIVEN_BEFORE.search(self.page.text, start, word.start())
        return before is not None and fold(f"{before.group(1)} {word.group(1)}") in self.cast.people

    def a_person(self, key: str) -> bool:
        """Whether the text shows `key` as a person (`Cast.is_person`), or gave a statement of
        theirs a role ("Tavi Ondrak, director general of the port authority, said")."""
        if self.cast.is_person(key):
            return True
        return any(q.role and self.cast.person_key(q.speaker) == key for q in self.ledger.found)

    def takes_a_turn(self, key: str, gender: str, index: int, mention: int, at: int) -> bool:
        """Whether sentence `index`, whose subject the one a he/she at `at` is read as (`key`, named
        at `mention`), gives someone else the pronoun may mean a turn of their own: they answer in a
        relative clause ("Tom Dalby praised Omar Darr, who thanked him. “…,” he said": the thanks
        may go on as well as the praise), or the subject meets them ("Dalby met Omar Darr. “We
        talked about trade,” he said": either one may tell of the talk), the subject puts a request
        to them ("Dalby urged Omar Darr to resign": Darr may answer it), or the subject is only whose
        the thing is that they answer (`_thing_from_another`). The chain of names cannot say which
        of the two goes on. So when another is joined to the subject as one ("Dalby and his deputy,
        Ivo Darr, toured the plant"). Not when the one met is of the other sex, or only described
        ("Dalby met reporters"), nor a relative clause that only says who they are ("…, who chairs
        the board", "…, who had introduced him"). A meeting is still the subject's when they spoke
        in the sentence just before it: the writer is letting them go on telling of it."""
        start, end, _ = self.sentences[index]
        frame = self.page.masked(start, min(end, at))
        after = mention - start + len(self._name_at(mention))
        # (a quote that tells of a third person of the pronoun's sex, “He has lost our trust,” is the
        # subject's when the other's turn is not one turned to the subject: a request put to the other,
        # or "…, who spoke before him"; "…, who thanked him" may go on about the subject)
        tells_of_other = self._other_in_quote(gender, at)
        for found in _TURN_IN_RELATIVE.finditer(frame, after):
            if tells_of_other and not _TURNED_TO.match(frame, found.end()):
                continue
            if self._may_take_turn(found, start, key, gender, "who"):
                return True
        if self._thing_from_another(frame, after, start, key, gender):
            return True
        joined = _JOINED_SUBJECT.match(frame, after)
        if joined is not None and self._may_take_turn(joined, start, key, gender, ""):
            return True
        request = _REQUEST_PUT.match(frame, after)
        if request is not None and not tells_of_other and self._may_take_turn(request, start, key, gender, "to"):
            return True
        met = _MEETS.match(frame, after)
        if met is None:
            return False
        following = frame[met.end() :].split()[:1]
        if not self._may_take_turn(met, start, key, gender, "".join(following)):
            return False
        # "…, and the two spoke for an hour": both speak, whoever spoke before
        return _BOTH.search(frame, met.end()) is not None or not self._spoke_just_before(key, index)

    def _other_in_quote(self, gender: str, at: int) -> bool:
        """Whether the quoted words of the he/she at `at`, in its own sentence before it, tell of a
        third person of the pronoun's sex ("He sounded tired", "I asked him to stay"): the speaker is
        not the one they tell of."""
        here = self.page.sentence_at(at)
        start = self.sentences[here][0]
        quoted = "".join(re.findall(r"[“\"]([^”\"]*)[”\"]", self.page.text[start:at]))
        pattern = _OTHER_IN_QUOTE.get(gender)
        return pattern is not None and pattern.search(quoted) is not None

    def _thing_from_another(self, frame: str, after: int, start: int, key: str, gender: str) -> bool:
        """Whether the subject named just before `after` in `frame` (the sentence at `start`) is only
        whose the sentence's subject is, a thing ("Dalby's remarks", not "Dalby's aide": that is
        `Resolver._owner_of_a_person`), and the sentence names as where it came from, or who acted on
        it, another the pronoun may mean ("Dalby's plan drew criticism from Omar Darr", "… was
        welcomed by his rival, Omar Darr"): the sentence is about the thing, and of the two people
        the one who answered it may as well go on. Not "Dalby's criticism of Darr" (whose it is, is
        who acts), nor "Dalby got a call from Darr" (Dalby is the subject)."""
        owned = _OWNED_THING.match(frame, after)
        if owned is None or frame[owned.start() : owned.end()].split()[1] in ("been", "got", "had", "not"):
            return False  # (not "Dalby's been", "Dalby's got": a verb, not an owner)
        return any(
            self._may_take_turn(found, start, key, gender, "".join(frame[found.end() :].split()[:1]))
            for found in _SOURCE_OR_AGENT.finditer(frame, owned.end())
        )

    def _name_at(self, mention: int) -> str:
        """The run of capitalised words a mention stands on ("Tom Dalby" in "Tom Dalby met …", and
        in "Tom Dalby's plan")."""
        found = re.match(
            r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*?(?=['’]s\b|[^\w'’-]|$)", self.page.text[mention : mention + 80]
        )
        return found.group(0) if found else ""

    def _may_take_turn(self, found: re.Match[str], start: int, key: str, gender: str, following: str) -> bool:
        """Whether the run `found` holds (in the sentence at `start`, before the word `following`)
        names someone other than `key` the pronoun may mean: a person of the cast not of the other
        sex, or a name of two words or more the cast does not hold that may name a person
        (`may_name_someone`: not "Harbor Council", not "Fox News")."""
        if re.search(r"[’']s$", found.group("run")):
            return False  # "spoke to Darr's supporters": whose they are, not who is met
        known = [k for _, k in self.cast.mentions_between(start + found.start("run"), start + found.end("run"))]
        if known:
            others = [k for k in known if not self._same(k, key)]
            return bool(others) and all(self.cast.people[k].gender in (None, gender) for k in others)
        run = found.group("run")
        return len(run.split()) >= 2 and self.may_name_someone(run, following)

    def _spoke_just_before(self, key: str, index: int) -> bool:
        """Whether `key` made a statement in the sentence just before sentence `index` (the end of
        the paragraph before, too: "“…,” he said.¶Vell met Darr on Monday.")."""
        return index > 0 and any(
            self.cast.person_key(q.speaker) == key or fold(q.speaker) == key for q in self.ledger.in_sentence(index - 1)
        )

    def rivalled_nearby(self, name: str, gender: str, index: int) -> bool:
        """Whether someone other than `name` whom the pronoun may mean as well opens one of the two
        sentences before sentence `index` in its paragraph, or spoke in the three before it
        (“…,” Tovey said. … than Whitcombe's? “…,” he said: Whitcombe is a guess)."""
        if self._rival_subject(name, gender, self._paragraph_before(index, 2), self.sentences[index][0]):
            return True
        for before in range(index - 1, max(-1, index - 4), -1):
            for statement in self.ledger.named_in(before):
                other = statement.speaker != name and self.cast.fits(statement.speaker, gender)
                if kind(statement) == "person" and other:
                    return True
        return False

    def known_rival_opens(self, name: str, gender: str, index: int) -> bool:
        """Whether someone other than `name` whom the text shows to be of the pronoun's gender opens
        the sentence just before sentence `index` in its paragraph, when sentence `index` is a short one
        that sets its subject beside that one ("Rep. Ada Kell voted no. Sen. Rin Tay voted yes. “…,”
        she said": Kell as readily as Tay, whose sex the text does not tell; not after a longer
        sentence that makes its subject the one the paragraph goes on with)."""
        start, end, _ = self.sentences[index]
        if len(self.page.text[start:end].split()) > _SHORT_SENTENCE:
            return False
        key = self.cast.person_key(name)
        for before in self._paragraph_before(index, 1):
            subject = self.subject_of(before, start)
            if subject is not None and subject != key and self.cast.people[subject].gender == gender:
                return True
        return False

    def _rival_subject(self, name: str, gender: str, subjects: Iterable[int], at: int) -> bool:
        """Whether someone other than `name`, who may be of the pronoun's gender, opens one of the
        sentences `subjects` (up to `at`)."""
        key = self.cast.person_key(name)
        for index in subjects:
            subject = self.subject_of(index, at)
            if subject is not None and subject != key and self.cast.people[subject].gender in (None, gender):
                return True
        return False

    def _known_rival_spoke(self, name: str, gender: str, statements: Iterable[Quote]) -> bool:
        """Whether one of `statements` was made by a person of the cast other than `name` who may be
        of the pronoun's gender (a speaker the text does not show as a person is no rival)."""
        key = self.cast.person_key(name)
        for statement in statements:
            other = self.cast.person_key(statement.speaker) if kind(statement) == "person" else None
            if other is not None and other != key and self.cast.people[other].gender in (None, gender):
                return True
        return False

    def _paragraph_before(self, index: int, count: int) -> list[int]:
        """The up to `count` sentences just before sentence `index` in its paragraph, nearest first."""
        paragraph = self.sentences[index][2]
        return list(
            itertools.takewhile(
                lambda before: self.sentences[before][2] == paragraph, range(index - 1, max(-1, index - count - 1), -1)
            )
        )

    def speaker_beside_subject(self, source: Quote, index: int, gender: str) -> bool:
        """Whether sentence `index`, where `source` speaks, opens with someone else of the pronoun's
        gender whom no statement of it holds: its subject ("At the fair, Ostel praised Jonas Rieke, who
        says orders have doubled. He laughed off …"): "he" goes on with the subject as readily
        as with the one who spoke in a clause of the sentence, so who it is is not certain."""
        start, end, _ = self.sentences[index]
        first = bisect.bisect_left(self.cast.mentions, (start, ""))
        opening = next(iter(self.cast.mentions[first:]), None)
        if opening is None or opening[0] >= end or not subject_lead(self.page.text[start : opening[0]]):
            return False
        # (of the mentions at that offset, the one whose name is written there: a speaker's mention may
        # be kept at the start of the sentence they speak in)
        at_first = [m for m in self.cast.mentions[first:] if m[0] == opening[0]]
        written = [m for m in at_first if set(self._name_at(m[0]).split()) & set(self.cast.people[m[1]].name.split())]
        offset, mentioned = written[0] if written else opening
        person = self.cast.people[mentioned]
        own = (m.span() for m in re.finditer(re.escape(source.speaker), self.page.text[start:end]))
        if any(a <= offset - start < b for a, b in own) or self.cast.person_key(source.speaker) in (
            mentioned,
            self.cast.person_key(person.name),
        ):
            return False
        if person.gender not in (None, gender):
            return False
        if not self.a_person(mentioned) or OWNER_AT.match(self.page.text, offset):
            return False  # "Pask's aide, Ned Vell, said": the owner names whose the speaker is
        return not any(q.start <= offset < q.end for q in self.ledger.in_sentence(index))
