"""A deterministic generator of news-like articles for the benchmarks.

    python -m bench.corpus --n 100 --seed 1 --out /tmp/corpus.jsonl

Every line is one article in the API's shape (`text`, `title`, `source`, `url`, `external_id`,
`published_at`), so a slice of the file can be posted to `/v1/articles/batch` as it is.

The world is invented: countries, cities, people, organisations and outlets are built
combinatorially from syllable lists (hundreds of countries' worth of names, thousands of people),
so no real name appears. What the generator keeps realistic is the shape of news:

- 300-900 words, a headline, a lead with a date expression relative to the publication date
  ("on Thursday", "yesterday", "on 7 March"), attributed statements ("X said", "according to Y"),
  quotes, background paragraphs that name earlier events, analysts, residents;
- spellings: each outlet has a transliteration style ("Kholodov"/"Holodov", "Vasilyev"/"Vasiliev",
  "Lavrowski"/"Lavrovsky"), and articles use short forms ("Mr. Kholodov", "Kholodov", "the ministry"),
  and acronyms after a first full mention;
- a controlled share of articles that report an event other articles already reported
  (`same_event`), of denials that an event took place (`denial`), of differing dates
  (`date_shift`) and differing figures (`figure_shift`);
- a minority of raw pages with furniture (a `date YYYY-MM-DD` line, advertising markers, captions,
  "read more" lists) and without a declared publication date.

The same seed gives the same articles, and the first n articles do not depend on how many follow
(`generate(n + k)[:n] == generate(n)`), so corpora of different sizes share their prefix.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# -- syllables ---------------------------------------------------------------------------------
# Roots and endings are invented; the unit test checks that no generated name token occurs
# in the seed articles.

GIVEN_ROOTS = [
    "al",
    "bel",
    "cor",
    "dar",
    "el",
    "fen",
    "gal",
    "hal",
    "il",
    "jor",
    "kal",
    "lor",
    "mar",
    "nel",
    "or",
    "per",
    "ral",
    "sel",
    "tal",
    "ul",
    "vel",
    "yar",
    "zan",
    "bren",
    "dov",
    "ev",
    "gren",
    "kas",
    "lev",
    "mir",
    "nad",
    "ost",
    "rad",
    "sten",
    "tom",
    "vad",
    "aur",
    "bog",
    "ced",
    "dal",
    "erm",
    "flor",
    "gav",
    "ior",
    "kir",
    "lum",
    "nik",
    "oss",
    "rud",
    "sar",
    "tib",
    "vas",
    "yev",
    "zor",
]
GIVEN_ENDS_M = ["an", "en", "ir", "os", "o", "ek", "ias", "ard", "im", "ius", "emir", "ov"]
GIVEN_ENDS_F = ["a", "ina", "ena", "ia", "ara", "ita", "ene", "ela", "issa"]
FAMILY_ROOTS = [
    "vor",
    "kest",
    "mal",
    "drag",
    "bel",
    "zar",
    "tor",
    "hal",
    "ren",
    "sok",
    "kuz",
    "mir",
    "lav",
    "pet",
    "gor",
    "dun",
    "fel",
    "sav",
    "tim",
    "vas",
    "khol",
    "zhur",
    "bran",
    "kal",
    "dem",
    "fil",
    "grob",
    "har",
    "ist",
    "jan",
    "kor",
    "lom",
    "mor",
    "nov",
    "ost",
    "pav",
    "rost",
    "sem",
    "ulan",
    "vel",
    "yar",
    "bor",
    "dask",
    "ferk",
    "gav",
    "hrab",
    "kliv",
    "lesk",
    "mard",
    "nask",
    "orb",
    "prov",
    "rusk",
    "stav",
    "tresk",
    "vlad",
    "zvon",
    "chern",
    "kras",
    "mikh",
    "tsvet",
    "shval",
]
FAMILY_LINKS = ("", "a", "o", "e", "i", "en", "ar", "il")
FAMILY_ENDS = [
    "ov",
    "enko",
    "ski",
    "ovich",
    "ides",
    "escu",
    "ani",
    "berg",
    "ley",
    "ton",
    "ard",
    "ez",
    "ic",
    "uk",
    "mann",
    "etti",
    "oglu",
    "ashvili",
    "ovsky",
    "yev",
    "chuk",
    "ak",
    "ny",
]
PLACE_ROOTS = [
    "val",
    "kes",
    "drav",
    "ostr",
    "mer",
    "tal",
    "bren",
    "cor",
    "zal",
    "vin",
    "hesk",
    "lor",
    "pav",
    "mar",
    "sel",
    "dun",
    "tor",
    "kav",
    "ral",
    "gor",
    "bel",
    "nev",
    "ard",
    "olm",
    "sar",
    "tem",
    "ulm",
    "vard",
    "zer",
    "kor",
    "lis",
    "mol",
    "nor",
    "pel",
    "rav",
    "sten",
    "tol",
    "veg",
    "yor",
    "bask",
    "cav",
    "dor",
    "fenn",
    "glar",
    "hav",
    "irn",
    "jov",
]
COUNTRY_ENDS = (
    ("ia", "ian"),
    ("ova", "ovan"),
    ("ara", "aran"),
    ("esh", "eshi"),
    ("istan", "istani"),
    ("ena", "enan"),
)
CITY_ENDS = ("grad", "ovo", "port", "sk", "burg", "ava", "eni", "polis", "ford", "mouth", "ino", "ar")
COMPANY_KINDS = (
    "Energy",
    "Holdings",
    "Airlines",
    "Telecom",
    "Mining",
    "Steel",
    "Shipping",
    "Bank",
    "Motors",
    "Pharmaceuticals",
    "Grain",
    "Logistics",
    "Capital",
    "Media",
)
OUTLET_FORMS = (
    "The {city} Herald",
    "{root} Daily",
    "{root} News Agency",
    "The {root} Times",
    "{root} Radio",
    "{country} Today",
)
THINK_TANK_FORMS = (
    "the {root} Institute",
    "the Centre for {adj} Studies",
    "the {root} Foundation",
    "{root} Analytics",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
JOBS = (
    "teacher",
    "nurse",
    "shopkeeper",
    "driver",
    "farmer",
    "student",
    "engineer",
    "pensioner",
    "electrician",
    "baker",
    "lawyer",
    "mechanic",
)
TOPICS = (
    "energy",
    "trade",
    "security",
    "grain exports",
    "border crossings",
    "gas transit",
    "fishing rights",
    "debt relief",
    "prisoner exchanges",
    "rail links",
    "water sharing",
    "visa rules",
)


# Paragraphs without names: context, procedure, colour.
NEUTRAL = (
    "Officials have said little about the timetable for further talks, and neither side has published an agenda.",
    "The government has faced growing criticism over rising prices, and several ministers have been replaced in recent months.",
    "Independent verification of the figures was not possible, and access to the area remains restricted for journalists.",
    "Analysts say the economy is expected to grow slowly this year, held back by weak demand and high borrowing costs.",
    "The region has seen repeated outbreaks of violence over the past two years, and thousands of people have left their homes.",
    "Diplomats involved in the preparations said the discussions had been difficult but constructive, and that more meetings were planned.",
    "Local media reported long queues at petrol stations, while schools in several districts were closed for the rest of the week.",
    "The decision is likely to face legal challenges, lawyers said, and could take months to come into force.",
    "Protesters gathered outside the parliament building in the evening, chanting slogans and waving flags, before police dispersed the crowd.",
    "Energy prices have more than doubled since the start of the crisis, putting pressure on households and small businesses.",
    "The issue has divided the ruling coalition, with some members calling for a tougher line and others urging restraint.",
    "Previous rounds of negotiations ended without agreement, and both sides accused each other of bad faith.",
)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def given_names() -> list[tuple[str, str]]:
    """(name, gender) for every given name the world uses: roots x endings."""
    out = [(_cap(r + e), "m") for r, e in itertools.product(GIVEN_ROOTS, GIVEN_ENDS_M)]
    out += [(_cap(r + e), "f") for r, e in itertools.product(GIVEN_ROOTS, GIVEN_ENDS_F)]
    return out


def family_names() -> list[str]:
    """Every family name the world uses: root x link x ending (several thousand)."""
    names = {_cap(r + link + e) for r, link, e in itertools.product(FAMILY_ROOTS, FAMILY_LINKS, FAMILY_ENDS)}
    return sorted(n for n in names if not _awkward(n))


def _awkward(name: str) -> bool:
    low = name.lower()
    return any(x in low for x in ("aa", "ii", "oo", "uu", "yy", "eee", "kk", "vv"))


# -- spelling variants -------------------------------------------------------------------------
# Outlet styles: each rewrites a name the way one transliteration habit would. Styles 1-3 keep
# the service's transliteration key (kh/h, y/i, w/v, x/ks, ck/k, doubled letters); style 4 makes
# a spelling only trigram similarity can link (-ov/-off, -ey/-ei).

_STYLES: tuple[tuple[tuple[str, str], ...], ...] = (
    (),
    (("kh", "h"), ("yev", "iev"), ("sky", "ski")),
    (("ski", "sky"), ("v", "w"), ("ks", "x")),
    (("ch", "tch"), ("k", "ck"), ("i", "y")),
    (("ov", "off"), ("ey", "ei"), ("ts", "tz")),
)


def spell(name: str, style: int) -> str:
    """`name` as an outlet of transliteration style `style` writes it."""
    out = name
    for old, new in _STYLES[style % len(_STYLES)]:
        if style == 3 and old == "i":  # only a final -i becomes -y
            out = out[:-1] + "y" if out.endswith("i") else out
            continue
        if style == 3 and old == "k":  # only a final -k becomes -ck
            out = out[:-1] + "ck" if out.endswith("k") else out
            continue
        if style == 4 and old == "ov":
            out = out[:-2] + "off" if out.endswith("ov") else out
            continue
        out = out.replace(old, new).replace(_cap(old), _cap(new))
    return out


# -- the world ---------------------------------------------------------------------------------


@dataclass
class Person:
    given: str
    family: str
    gender: str
    role: str  # "Foreign Minister", "spokesman for the Valmoran Foreign Ministry", "an analyst at X"
    country: int
    title_before: bool  # role reads before the name ("Foreign Minister X") or after ("X, an analyst at Y")

    def full(self, style: int) -> str:
        return f"{spell(self.given, style)} {spell(self.family, style)}"

    def last(self, style: int) -> str:
        return spell(self.family, style)

    @property
    def honorific(self) -> str:
        return "Mr." if self.gender == "m" else "Ms."

    @property
    def pronoun(self) -> str:
        return "he" if self.gender == "m" else "she"


@dataclass
class Org:
    name: str
    short: str  # "the ministry", "NEA", "the company"
    acronym: str | None = None


@dataclass
class Country:
    name: str
    adj: str
    cities: list[str]
    orgs: dict[str, Org]  # foreign, defence, bank, party, police, army
    leaders: dict[str, int] = field(default_factory=dict)  # role -> person index


@dataclass
class Outlet:
    name: str
    domain: str
    style: int
    home: int  # country index


@dataclass
class Event:
    index: int
    kind: str  # meeting, call, attack, agreement, arrest, resignation, visit, vote
    day: date
    actors: list[int]  # person indexes
    orgs: list[Org]
    country: int
    city: str
    figure: int = 0  # killed / arrested / votes
    figure2: int = 0  # injured
    topic: str = ""
    reports: int = 0
    other: int = 0  # the other country (for an attack: the attacker)


class World:
    """Countries, people, organisations and outlets, all drawn from one seeded generator."""

    def __init__(self, rng: random.Random, *, countries: int = 48, people_per_country: int = 14) -> None:
        self.rng = rng
        self.givens = given_names()
        self.families = family_names()
        rng.shuffle(self.givens)
        rng.shuffle(self.families)
        self._family_pool = iter(self.families)
        roots = list(PLACE_ROOTS)
        rng.shuffle(roots)
        place_names: set[str] = set()

        def place(root: str, end: str) -> str:
            name = _cap(root + end)
            while name in place_names:
                name = _cap(root + rng.choice("aeiou") + end)
            place_names.add(name)
            return name

        self.countries: list[Country] = []
        for i in range(countries):
            root = roots[i % len(roots)] + ("" if i < len(roots) else rng.choice(("an", "or", "il", "ev")))
            end, adj_end = COUNTRY_ENDS[i % len(COUNTRY_ENDS)]
            name = place(root, end)
            adj = name[: -len(end)] + adj_end
            cities = [
                place(rng.choice(PLACE_ROOTS) + rng.choice(("", "o", "e", "a")), rng.choice(CITY_ENDS))
                for _ in range(rng.randint(5, 9))
            ]
            orgs = {
                "foreign": Org(f"the {adj} Foreign Ministry", "the ministry"),
                "defence": Org(f"the {adj} Defence Ministry", "the defence ministry"),
                "bank": Org(f"the National Bank of {name}", "the central bank"),
                "party": Org(f"the {adj} People's Party", "the party"),
                "police": Org(f"the {adj} National Police", "the police"),
                "army": Org(f"the {adj} armed forces", "the army"),
            }
            self.countries.append(Country(name, adj, cities, orgs))
        self.people: list[Person] = []
        roles = (
            ("president", "President", True),
            ("pm", "Prime Minister", True),
            ("fm", "Foreign Minister", True),
            ("dm", "Defence Minister", True),
            ("spokes", "spokesperson for the {adj} Foreign Ministry", False),
            ("army_spokes", "a spokesperson for the {adj} armed forces", False),
            ("governor", "central bank governor", True),
            ("opposition", "opposition leader", True),
            ("police_chief", "police chief", True),
        )
        for ci, country in enumerate(self.countries):
            for key, role, before in roles:
                country.leaders[key] = self._new_person(role.format(adj=country.adj), ci, before)
            for city in country.cities[:3]:
                country.leaders["mayor:" + city] = self._new_person(f"mayor of {city}", ci, False)
            for _ in range(max(0, people_per_country - len(roles) - 3)):
                self._new_person(f"a member of the {country.adj} parliament", ci, False)
        self.companies: list[tuple[Org, int, int]] = []  # org, country, chief executive
        for ci, country in enumerate(self.countries):
            for _ in range(3):
                kind = rng.choice(COMPANY_KINDS)
                base = rng.choice(
                    (country.name, _cap(rng.choice(PLACE_ROOTS)) + "ex", next(self._family_pool))
                )
                name = f"{base} {kind}"
                org = Org(
                    name,
                    "the company",
                    "".join(w[0] for w in name.split()).upper() if rng.random() < 0.3 else None,
                )
                ceo = self._new_person(f"chief executive of {name}", ci, False)
                self.companies.append((org, ci, ceo))
        self.alliances: list[Org] = []
        for _ in range(8):
            a, b = rng.sample(PLACE_ROOTS, 2)
            name = rng.choice(
                (
                    "the {a} Alliance",
                    "the Council of {b} States",
                    "the {a}-{b} Union",
                    "the {a} Development Bank",
                )
            )
            name = name.format(a=_cap(a) + "ic", b=_cap(b) + "ian")
            words = [w for w in name.split() if w[:1].isupper()]
            self.alliances.append(Org(name, "the bloc", "".join(w[0] for w in words)))
        self.think_tanks: list[tuple[str, int]] = []
        for _ in range(20):
            form = rng.choice(THINK_TANK_FORMS)
            ci = rng.randrange(len(self.countries))
            tank = form.format(root=_cap(rng.choice(PLACE_ROOTS)) + "en", adj=self.countries[ci].adj)
            analyst = self._new_person(f"an analyst at {tank}", ci, False)
            self.think_tanks.append((tank, analyst))
        self.outlets: list[Outlet] = []
        for i in range(36):
            ci = rng.randrange(len(self.countries))
            country = self.countries[ci]
            form = OUTLET_FORMS[i % len(OUTLET_FORMS)]
            root = _cap(rng.choice(PLACE_ROOTS)) + rng.choice(("ia", "a", "on", "ar"))
            name = form.format(city=rng.choice(country.cities), root=root, country=country.name)
            domain = "".join(ch for ch in name.lower() if ch.isalnum()).removeprefix("the")[:24] + ".example"
            self.outlets.append(Outlet(name, domain, i % len(_STYLES), ci))
        # Popularity: a few countries (and their people) carry most of the news.
        self.country_weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(self.countries))]

    def _new_person(self, role: str, country: int, before: bool) -> int:
        given, gender = self.givens[len(self.people) % len(self.givens)]
        family = next(self._family_pool)
        if gender == "f" and family.endswith("ov"):
            family += "a"
        self.people.append(Person(given, family, gender, role, country, before))
        return len(self.people) - 1

    def passer_by(self, rng: random.Random) -> Person:
        """Someone quoted once: a fresh combination of given and family name (the long tail)."""
        given, gender = rng.choice(self.givens)
        return Person(given, rng.choice(self.families), gender, "", 0, False)

    def country(self, rng: random.Random) -> int:
        return rng.choices(range(len(self.countries)), weights=self.country_weights)[0]


# -- dates -------------------------------------------------------------------------------------


def day_month(d: date, rng: random.Random) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}" if rng.random() < 0.5 else f"{MONTHS[d.month - 1]} {d.day}"


def when(d: date, published: date, rng: random.Random) -> str:
    """How a reporter writing on `published` refers to day `d` (on or before it)."""
    delta = (published - d).days
    roll = rng.random()
    if delta == 0 and roll < 0.5:
        return "on " + WEEKDAYS[d.weekday()] if roll < 0.3 else "earlier today"
    if delta == 1 and roll < 0.4:
        return "yesterday"
    if 0 < delta <= 6 and roll < 0.7:
        return "on " + WEEKDAYS[d.weekday()]
    if roll < 0.85:
        return "on " + day_month(d, rng)
    return f"on {WEEKDAYS[d.weekday()]}, {day_month(d, rng)}"


def number(n: int, rng: random.Random) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) and rng.random() < 0.7 else f"{n:,}"


# -- articles ----------------------------------------------------------------------------------


@dataclass
class Shares:
    """The controlled mix of the corpus (probabilities per article)."""

    same_event: float = 0.45  # reports an event an earlier article reported
    denial: float = 0.12  # someone denies the event took place
    date_shift: float = 0.10  # gives the event a date one to three days off
    figure_shift: float = 0.35  # gives a different casualty/arrest figure
    raw_page: float = 0.20  # raw page text with furniture
    undated: float = 0.08  # no published_at (the page's "date" line or nothing)


class Writer:
    """Writes one article about one event: lead, attribution, denial, background, colour."""

    def __init__(self, world: World, rng: random.Random, outlet: Outlet, published: date) -> None:
        self.w = world
        self.rng = rng
        self.outlet = outlet
        self.published = published
        self.style = outlet.style
        self.introduced: set[int] = set()
        self.orgs_introduced: set[str] = set()

    # names as this article writes them
    def person(self, index: int, *, subject: bool = True) -> str:
        p = self.w.people[index]
        if index in self.introduced:
            roll = self.rng.random()
            if roll < 0.55:
                return f"{p.honorific} {p.last(self.style)}"
            return p.last(self.style) if roll < 0.9 else p.full(self.style)
        self.introduced.add(index)
        if p.title_before:
            country = self.w.countries[p.country]
            prefix = f"{country.adj} " if self.rng.random() < 0.6 else ""
            return f"{prefix}{p.role} {p.full(self.style)}"
        return f"{p.full(self.style)}, {p.role}," if subject else f"{p.full(self.style)}, {p.role}"

    def short(self, index: int) -> str:
        return self.w.people[index].last(self.style)

    def org(self, org: Org) -> str:
        if org.name in self.orgs_introduced:
            if org.acronym and self.rng.random() < 0.7:
                return org.acronym
            return org.short if self.rng.random() < 0.5 else org.name
        self.orgs_introduced.add(org.name)
        if org.acronym:
            return f"{org.name} ({org.acronym})"
        return org.name

    def say(self, index: int) -> str:
        verb = self.rng.choice(
            (
                "said",
                "told reporters",
                "said in a statement",
                "told " + self.outlet.name,
                "wrote on social media",
            )
        )
        return f"{self.person(index)} {verb}"

    def event_sentence(self, ev: Event, day: date, figure: int, figure2: int) -> str:
        r = self.rng
        w = when(day, self.published, r)
        actors = ev.actors
        if ev.kind == "meeting":
            return f"{self.person(actors[0])} met {self.person(actors[1], subject=False)} in {ev.city} {w} for talks on {ev.topic}"
        if ev.kind == "call":
            verb = r.choice(("spoke by phone with", "held a telephone call with", "talked by phone with"))
            return f"{self.person(actors[0])} {verb} {self.person(actors[1], subject=False)} {w}"
        if ev.kind == "visit":
            return f"{self.person(actors[0])} visited {ev.city} {w}, where {self.w.people[actors[0]].pronoun} met {self.person(actors[1], subject=False)}"
        if ev.kind == "attack":
            attacker = self.w.countries[ev.other].adj
            force = r.choice((f"{attacker} forces", f"The {attacker} army", f"{attacker} troops"))
            injured = f" and injuring {number(figure2, r)} more" if figure2 else ""
            return f"{force} attacked {ev.city} {w}, killing at least {number(figure, r)} civilians{injured}"
        if ev.kind == "agreement":
            return f"{self.org(ev.orgs[0])} and {self.org(ev.orgs[1])} signed an agreement on {ev.topic} in {ev.city} {w}"
        if ev.kind == "arrest":
            return f"Police in {ev.city} arrested {number(figure, r)} people {w} after protests against {self.person(actors[0], subject=False)}"
        if ev.kind == "resignation":
            return (
                f"{self.person(actors[0])} resigned {w}, days after {self.org(ev.orgs[0])} opened an inquiry"
            )
        # vote
        return f"Lawmakers in {ev.city} voted {w} to back {self.person(actors[0], subject=False)}'s plan on {ev.topic}, by {figure} votes"

    def headline(self, ev: Event, denial: bool) -> str:
        a = self.short(ev.actors[0])
        b = self.short(ev.actors[1]) if len(ev.actors) > 1 else ""
        if denial and ev.kind in {"meeting", "call", "visit"}:
            return (
                f"{self.w.countries[self.w.people[ev.actors[1]].country].name} denies {a} and {b} held talks"
            )
        return {
            "meeting": f"{a} and {b} meet in {ev.city} amid {ev.topic} row",
            "call": f"{a} and {b} speak by phone as tensions rise",
            "visit": f"{a} makes surprise visit to {ev.city}",
            "attack": f"Deadly strike hits {ev.city}",
            "agreement": f"{ev.orgs[0].name.removeprefix('the ')} signs {ev.topic} deal",
            "arrest": f"Dozens held in {ev.city} protests",
            "resignation": f"{a} resigns under pressure",
            "vote": f"{ev.city} lawmakers back {a} on {ev.topic}",
        }[ev.kind]

    def quote(self) -> str:
        return self.rng.choice(
            (
                "We had a frank and useful exchange of views",
                "This is a step in the right direction, but there is a lot of work ahead",
                "Nobody should be surprised by what happened",
                "Our position has not changed and will not change",
                "The situation remains extremely difficult",
                "We are ready to continue the dialogue",
                "There can be no talk of concessions",
                "The facts speak for themselves",
            )
        )

    def background(self, earlier: Sequence[Event]) -> str:
        r = self.rng
        if earlier and r.random() < 0.5:
            ev = r.choice(earlier)
            d = (
                f"on {day_month(ev.day, r)}"
                if ev.day.year == self.published.year
                else f"in {MONTHS[ev.day.month - 1]} {ev.day.year}"
            )
            a = self.person(ev.actors[0], subject=False)
            if ev.kind in {"meeting", "visit", "call"} and len(ev.actors) > 1:
                return f"The two sides last spoke {d}, when {a} met {self.person(ev.actors[1], subject=False)} in {ev.city}."
            if ev.kind == "attack":
                return f"An earlier strike on {ev.city} {d} killed {number(ev.figure, r)} people, according to local officials."
            return f"{d.capitalize()}, {a} was at the centre of a dispute over {ev.topic} in {ev.city}."
        return self._deal(self._background_forms)

    def _deal(self, forms: list[Callable[[], str]]) -> str:
        """A paragraph from a deck of forms, each used at most once per article while any is left."""
        if not forms:
            return self._deal(self._colour_forms) if self._colour_forms else self.closing_filler()
        return forms.pop(self.rng.randrange(len(forms)))()

    def closing_filler(self) -> str:
        r = self.rng
        c = self.w.countries[self.w.country(r)]
        return f"{self.person(r.choice(list(c.leaders.values())))} is due to address the {c.adj} parliament on {r.choice(WEEKDAYS)}."

    @property
    def _background_forms(self) -> list[Callable[[], str]]:
        if not hasattr(self, "_bg"):
            r = self.rng
            w = self.w

            def dispute() -> str:
                c = w.countries[w.country(r)]
                return f"{c.name} has been locked in a dispute with its neighbours over {r.choice(TOPICS)} for months, and officials in {r.choice(c.cities)} have warned that talks could stall."

            def inflation() -> str:
                c = w.countries[w.country(r)]
                return f"{self.org(c.orgs['bank'])} said last month that inflation had slowed to {r.randint(3, 19)}.{r.randint(0, 9)} percent, but warned that prices for fuel and food remained high."

            def opposition() -> str:
                c = w.countries[w.country(r)]
                return f'{self.say(c.leaders["opposition"])} that the government had "lost the trust of ordinary people" and called for early elections.'

            def trade() -> str:
                return f"Trade between the two countries fell by {r.randint(5, 40)} percent last year, according to figures published by {self.org(r.choice(w.alliances))}."

            def party() -> str:
                c = w.countries[w.country(r)]
                return f"{self.org(c.orgs['party'])} has governed {c.name} since {r.randint(2004, 2021)}, and its majority in parliament depends on smaller parties from the north."

            def summit() -> str:
                c = w.countries[w.country(r)]
                return f"{self.person(c.leaders['president'])} is expected to travel to {r.choice(r.choice(w.countries).cities)} next month for a regional summit."

            def sanctions() -> str:
                c = w.countries[w.country(r)]
                return f'{self.org(r.choice(w.alliances))} imposed new sanctions on {c.name} in {MONTHS[r.randrange(12)]}, and {self.person(c.leaders["fm"])} called the measures "an act of economic pressure".'

            def election() -> str:
                c = w.countries[w.country(r)]
                return f"Elections in {c.name} are due next year, and polls suggest {self.org(c.orgs['party'])} could lose its majority for the first time since {r.randint(1998, 2016)}."

            self._bg: list[Callable[[], str]] = [
                dispute,
                inflation,
                opposition,
                trade,
                party,
                summit,
                sanctions,
                election,
            ]
        return self._bg

    @property
    def _colour_forms(self) -> list[Callable[[], str]]:
        if not hasattr(self, "_col"):
            r = self.rng
            w = self.w

            def resident() -> str:
                p = w.passer_by(r)
                return (
                    f'"{r.choice(("We just want to live normally", "Nobody tells us anything", "Prices keep going up every week", "We are tired of waiting"))}," '
                    f"said {p.full(self.style)}, a {r.randint(19, 78)}-year-old {r.choice(JOBS)} from {r.choice(r.choice(w.countries).cities)}."
                )

            def analyst() -> str:
                _tank, who = r.choice(w.think_tanks)
                return (
                    f"{self.person(who)} said the outcome would depend on {r.choice(TOPICS)}. "
                    f'"{r.choice(("It is too early to call this a breakthrough", "Both sides need a win at home", "The markets have already priced this in", "Expect more noise than substance"))}," {w.people[who].pronoun} said.'
                )

            def shares() -> str:
                org, _, ceo = r.choice(w.companies)
                return (
                    f"Shares in {self.org(org)} rose {r.randint(1, 9)}.{r.randint(0, 9)} percent after the news. "
                    f"{self.say(ceo)} that the company would keep its investment plans unchanged."
                )

            def diplomats() -> str:
                return (
                    f"The talks are the first of their kind since {r.randint(2009, 2022)}, and diplomats said "
                    f"{r.choice(('a joint statement was unlikely', 'no breakthrough was expected', 'the agenda was kept deliberately short'))}."
                )

            def witness() -> str:
                p = w.passer_by(r)
                return f"{p.full(self.style)}, who lives nearby, said {p.pronoun} heard {number(r.randint(2, 6), r)} loud explosions shortly before dawn."

            def markets() -> str:
                c = w.countries[w.country(r)]
                return f"The {c.adj} currency weakened {r.randint(1, 4)}.{r.randint(0, 9)} percent against the dollar, according to traders in {c.cities[0]}."

            def neutral() -> str:
                return r.choice(NEUTRAL)

            self._col: list[Callable[[], str]] = [
                resident,
                analyst,
                shares,
                diplomats,
                witness,
                markets,
                resident,
                analyst,
            ]
            self._col += [neutral] * 9
        return self._col

    def colour(self) -> str:
        return self._deal(self._colour_forms)


_SENTENCE_START = re.compile(r'(^|[.!?]["”]? )([a-z])')


def sentence_case(text: str) -> str:
    """Capitalise each sentence's first letter ("the ministry said" opening a sentence)."""
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


@dataclass
class Generator:
    seed: int
    start: date = date(2023, 1, 2)
    span_days: int = 730
    shares: Shares = field(default_factory=Shares)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.world = World(random.Random(self.seed * 7919 + 1))
        self.events: list[Event] = []
        self.count = 0

    def _new_event(self, rng: random.Random, around: date) -> Event:
        w = self.world
        ci = w.country(rng)
        country = w.countries[ci]
        other_index = w.country(rng)
        for _ in range(5):  # bounded: another country when the draw repeats this one
            if other_index != ci:
                break
            other_index = w.country(rng)
        other = w.countries[other_index]
        kind = rng.choices(
            ("meeting", "call", "visit", "attack", "agreement", "arrest", "resignation", "vote"),
            weights=(18, 14, 10, 16, 10, 10, 6, 8),
        )[0]
        role_a = rng.choice(("president", "pm", "fm", "dm"))
        role_b = rng.choice(("president", "pm", "fm"))
        actors = [
            country.leaders[role_a],
            other.leaders[role_b] if other is not country else country.leaders["opposition"],
        ]
        orgs = [
            country.orgs["foreign"],
            rng.choice(w.alliances) if rng.random() < 0.5 else other.orgs["foreign"],
        ]
        if kind == "agreement" and rng.random() < 0.5:
            orgs = [w.companies[rng.randrange(len(w.companies))][0], country.orgs["bank"]]
        if kind == "resignation":
            orgs = [country.orgs["party"] if rng.random() < 0.5 else rng.choice(w.alliances)]
        figure = {
            "attack": rng.randint(2, 60),
            "arrest": rng.randint(4, 300),
            "vote": rng.randint(120, 320),
        }.get(kind, 0)
        return Event(
            index=len(self.events),
            kind=kind,
            day=around,
            actors=actors,
            orgs=orgs,
            country=ci,
            city=rng.choice(country.cities),
            figure=figure,
            figure2=rng.randint(0, 3 * figure) if kind == "attack" else 0,
            topic=rng.choice(TOPICS),
            other=other_index,
        )

    def article(self) -> dict[str, object]:
        """The next article (each call advances the generator)."""
        i = self.count
        self.count += 1
        rng = random.Random(f"{self.seed}:{i}")
        s = self.shares
        # Time flows forward through the corpus, with some jitter.
        progress = (i * 0.37) % self.span_days  # ~2.7 articles a day, wrapping over the span
        base = self.start + timedelta(days=int(progress))
        recent = [e for e in self.events[-400:] if 0 <= (base - e.day).days <= 6 and e.reports < 12]
        if recent and rng.random() < s.same_event:
            ev = rng.choice(recent)
        else:
            ev = self._new_event(rng, base - timedelta(days=rng.choice((0, 1, 1, 2, 3, 4, 6))))
            self.events.append(ev)
        ev.reports += 1
        published = ev.day + timedelta(days=rng.choice((0, 1, 1, 2, 3)))
        outlet = rng.choice(self.world.outlets)
        writer = Writer(self.world, rng, outlet, published)
        day = ev.day
        if rng.random() < s.date_shift:
            day = ev.day - timedelta(days=rng.randint(1, 3))
        figure, figure2 = ev.figure, ev.figure2
        if figure and rng.random() < s.figure_shift:
            figure = max(1, int(figure * rng.uniform(0.5, 1.8)))
            figure2 = int(figure2 * rng.uniform(0.5, 1.5))
        denial = ev.kind in {"meeting", "call", "visit", "attack"} and rng.random() < s.denial
        country = self.world.countries[self.world.people[ev.actors[-1]].country]
        paragraphs: list[str] = []
        lead = writer.event_sentence(ev, day, figure, figure2)
        if denial and ev.kind == "attack":
            attacker = self.world.countries[ev.other]
            paragraphs.append(f"{lead}, local officials said.")
            spokes = attacker.leaders["spokes"]
            paragraphs.append(
                f'{writer.person(spokes)} denied that {attacker.adj} forces had attacked {ev.city}, calling the reports "simply false".'
            )
        elif denial:
            paragraphs.append(
                f'{country.orgs["foreign"].name.capitalize()} denied reports that {lead[0].lower() + lead[1:]}, calling them "simply false".'
            )
            spokes = country.leaders["spokes"]
            verb = {"call": "had spoken by phone", "visit": "had met"}.get(ev.kind, "had met")
            paragraphs.append(
                f"{writer.person(spokes)} denied that {writer.short(ev.actors[0])} and {writer.short(ev.actors[1])} {verb}. "
                f'"There was no conversation," {writer.w.people[spokes].pronoun} said.'
            )
        else:
            attribution = rng.choice(
                (
                    lambda: f"{lead}, according to {writer.org(country.orgs['foreign'])}.",
                    lambda: f"{lead}, officials said.",
                    lambda: (
                        f"{writer.person(country.leaders['spokes'])} said that {lead[0].lower() + lead[1:]}."
                    ),
                    lambda: (
                        f"{lead}, {writer.org(self.world.countries[ev.country].orgs['army' if ev.kind == 'attack' else 'foreign'])} said."
                    ),
                )
            )
            paragraphs.append(attribution())
            paragraphs.append(f'"{writer.quote()}," {writer.say(ev.actors[0])}.')
        if rng.random() < 0.6:
            third = self.world.countries[self.world.country(rng)]
            noun = {
                "attack": "strike",
                "call": "call",
                "visit": "visit",
                "arrest": "arrests",
                "vote": "vote",
                "agreement": "agreement",
                "resignation": "resignation",
            }.get(ev.kind, "meeting")
            reaction = rng.choice(("welcomed", "condemned", "criticised"))
            extra = (
                f", which it said had killed {number(figure + rng.randint(0, 9), rng)} civilians"
                if ev.kind == "attack"
                else ""
            )
            paragraphs.append(f"{writer.org(third.orgs['foreign'])} {reaction} the {noun}{extra}.")
        if ev.reports > 1 and rng.random() < 0.5:
            other = rng.choice(self.world.outlets)
            paragraphs.append(
                f"{other.name} first reported the {ev.kind if ev.kind != 'call' else 'call'} earlier, citing people familiar with the matter."
            )
        if ev.kind in {"attack", "arrest"}:
            spokes = self.world.countries[ev.country].leaders[
                "army_spokes" if ev.kind == "attack" else "police_chief"
            ]
            paragraphs.append(
                f"{writer.say(spokes)} that the figure could rise as {rng.choice(('rescuers searched the rubble', 'more detentions were reported', 'hospitals updated their lists'))}."
            )
        target = rng.randint(300, 900)
        earlier = [e for e in self.events[-300:] if e.day < ev.day and set(e.actors) & set(ev.actors)]
        words = sum(len(p.split()) for p in paragraphs)
        for _ in range(200):  # bounded: each paragraph adds 15-60 words
            if words >= target:
                break
            part = writer.background(earlier) if rng.random() < 0.5 else writer.colour()
            if rng.random() < 0.5:
                part += " " + (writer.colour() if rng.random() < 0.5 else writer.background(earlier))
            paragraphs.append(part)
            words += len(part.split())
        paragraphs.append(
            rng.choice(
                (
                    f"{writer.org(country.orgs['foreign'])} did not respond to a request for comment.",
                    f"{writer.person(country.leaders['spokes'])} declined to comment.",
                    "The story is developing.",
                )
            )
        )
        title = writer.headline(ev, denial)
        text = "\n\n".join(sentence_case(p) for p in paragraphs)
        item: dict[str, object] = {
            "title": title,
            "source": outlet.name,
            "url": f"https://{outlet.domain}/{published:%Y/%m}/{_slug(title)}-{self.seed}-{i}",
            "external_id": f"bench-{self.seed}-{i}",
        }
        if rng.random() < s.raw_page:
            text = _raw_page(rng, title, text, published, outlet)
            item.pop("title")
        if rng.random() >= s.undated:
            item["published_at"] = published.isoformat()
        item["text"] = text
        return item

    def __iter__(self) -> Iterator[dict[str, object]]:
        while True:
            yield self.article()


def _slug(title: str) -> str:
    return "-".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in title.split())[:60]


def _raw_page(rng: random.Random, title: str, text: str, published: date, outlet: Outlet) -> str:
    """The article as a scraped page: date line, furniture, title, captions, a related list."""
    related = "\n".join(
        rng.choice(
            ("Markets slip as", "Talks resume after", "Storm hits", "Minister visits", "Court rules on")
        )
        + f" {rng.choice(PLACE_ROOTS).title()}{rng.choice(CITY_ENDS)} {rng.choice(('row', 'deal', 'plan', 'crisis'))}"
        for _ in range(rng.randint(2, 5))
    )
    return (
        f"date {published.isoformat()} ADVERTISEMENT\n\n{title}\n\nUpdated - {MONTHS[published.month - 1]} "
        f"{published.day}, {published.year} 09:{rng.randint(10, 59)} am\n\n"
        f"Photo Credit: {outlet.name}\n\n{text}\n\nRECENT NEWS\n\n{related}\n\nADVERTISEMENT\n"
    )


def generate(n: int, seed: int = 1, shares: Shares | None = None) -> list[dict[str, object]]:
    """The first `n` articles of the corpus with this seed."""
    gen = Generator(seed, shares=shares or Shares())
    return [gen.article() for _ in range(n)]


def name_tokens(seed: int = 1) -> set[str]:
    """Every capitalised token of the world's names (people, places, organisations, outlets)."""
    world = World(random.Random(seed * 7919 + 1))
    tokens: set[str] = set()
    texts = [p.full(s) for p in world.people for s in range(len(_STYLES))]
    texts += [c.name for c in world.countries] + [c.adj for c in world.countries]
    texts += [city for c in world.countries for city in c.cities]
    texts += [o.name for o in world.outlets] + [a.name for a in world.alliances]
    texts += [org.name for org, _, _ in world.companies] + [t for t, _ in world.think_tanks]
    texts += [g for g, _ in world.givens] + world.families
    for text in texts:
        tokens.update(w.strip(",.()'") for w in text.split() if w[:1].isupper())
    generic = set(COMPANY_KINDS) | {
        "The",
        "Today",
        "Daily",
        "News",
        "Agency",
        "Times",
        "Radio",
        "Herald",
        "Institute",
        "Centre",
        "Studies",
        "Foundation",
        "Analytics",
        "Alliance",
        "Council",
        "States",
        "Union",
        "Development",
        "Bank",
    }
    return {t for t in tokens if t and t not in generic}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None, help="JSONL file (default: stdout)")
    parser.add_argument("--same-event", type=float, default=Shares.same_event)
    parser.add_argument("--denial", type=float, default=Shares.denial)
    parser.add_argument("--date-shift", type=float, default=Shares.date_shift)
    parser.add_argument("--figure-shift", type=float, default=Shares.figure_shift)
    args = parser.parse_args(argv)
    shares = Shares(
        same_event=args.same_event,
        denial=args.denial,
        date_shift=args.date_shift,
        figure_shift=args.figure_shift,
    )
    gen = Generator(args.seed, shares=shares)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for _ in range(args.n):
            out.write(json.dumps(gen.article(), ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
    return 0


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


if __name__ == "__main__":
    sys.exit(main())
