"""What an organisation's name says about it: its core without legal form or article, and whether
its form alone makes it an organisation.

- `core`: the name without a leading "The" and a trailing legal form ("The Acme Motor Company" and
  "Acme Motor Co." -> "Acme Motor"; "Acme N.V." -> "Acme"), by `cleanco`'s table of legal forms
  in many jurisdictions. A regional arm or a descriptor is part of the name ("Acme North America",
  "Acme Computer" stay as they are): only a legal form is dropped.
- `has_org_form`: a legal form ("... Inc."), a head noun that only organisations have ("... Ministry",
  "... University", "... Airlines"), or a leading "<body> of" ("Ministry of ...", "Department of
  ...", "Bank of ...").
"""

from __future__ import annotations

import functools
import re

from cleanco import basename

from service.pipeline import names
from service.pipeline.wordlists import wordset

# Last words that make a name an organisation's whatever else it holds.
ORG_HEADS = wordset(
    "ministry department agency office bureau council committee commission authority administration "
    "directorate inspectorate service services university college institute academy school "
    "hospital clinic bank company corporation corp inc ltd llc plc gmbh group holdings holding "
    "party union association federation foundation fund trust society league alliance coalition "
    "court tribunal parliament assembly senate congress army navy forces force police guard militia "
    "brigade brigades battalion regiment airlines airline airways railways railway news times post press "
    "herald tribune gazette journal telegraph chronicle broadcasting network networks agency studios "
    "bulletin courier dispatch ledger sentinel examiner inquirer "
    "records motors industries technologies systems labs laboratories pharmaceuticals partners "
    "capital ventures club team fc united daily organisation organization online "
    "mills energy telecom telecoms biologics logistics shipping mining petroleum textiles foods "
    "insurance software electronics resources maritime freight aviation automotive chemicals "
    "construction properties engineering appliances minerals metals healthcare semiconductors"
)
# Of those, the heads no person's name ends with: they make a name an organisation's even when its
# first words look like a person's name ("Ann Smith Foundation", "Ali Hassan Brigades").
INSTITUTION_HEADS = wordset(
    "ministry department agency bureau council committee commission authority administration "
    "directorate inspectorate university college institute academy hospital company corporation "
    "corp inc ltd llc plc gmbh group holdings association federation foundation society alliance "
    "coalition tribunal parliament brigade brigades battalion regiment airlines airways railways "
    "industries technologies laboratories pharmaceuticals organisation organization fc united daily "
    "logistics shipping mining petroleum textiles foods motors energy telecom telecoms software "
    "electronics maritime freight aviation automotive chemicals appliances minerals healthcare "
    "semiconductors"
)
# First words of "<body> of <name>" organisations.
ORG_LEADS = wordset(
    "ministry department bank university college institute office bureau council commission "
    "court board academy school federation union church"
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# A web address of one label and a lowercase top-level domain ("Acme.com", "Acmenews.co.uk").
_DOMAIN = re.compile(r"(?:www\.)?([A-Za-z0-9][A-Za-z0-9&-]*)\.[a-z]{2,6}(?:\.[a-z]{2})?")


@functools.lru_cache(maxsize=1 << 14)
def core(name: str) -> str:
    """The name without a leading article and a trailing legal form; the name itself if that
    would leave nothing."""
    stripped = _LEADING_THE.sub("", name.strip())
    base = basename(stripped).strip(" ,.")
    return base or stripped


def has_legal_form(name: str) -> bool:
    """Whether the name ends in a company's legal form ("Acme Ltd", "Acme, Inc.")."""
    return core(name) != _LEADING_THE.sub("", name.strip()).strip(" ,.")


def has_org_form(name: str) -> bool:
    """Whether the name's form alone makes it an organisation's (see the module docstring)."""
    words = names.name_key(name).split()
    if len(words) < 2:
        return False
    if has_legal_form(name) or words[-1] in ORG_HEADS:
        return True
    return words[0] in ORG_LEADS and words[1] in {"of", "for"}


# Rank words that open a title before a portfolio ("Deputy Energy Minister", "Acting Aviation
# Secretary"): a name the model cuts there is the portfolio, no organisation.
RANK_WORDS = wordset("deputy acting vice assistant junior shadow former interim associate")


def has_institution_head(name: str) -> bool:
    """Whether a name of several words ends in a head noun that no person's name ends with."""
    words = names.name_key(name).split()
    return len(words) > 1 and words[-1] in INSTITUTION_HEADS and words[0] not in RANK_WORDS


def core_key(name: str) -> str:
    """The name key of the core: the key two spellings of one organisation share."""
    return names.name_key(core(name))


def domain_owner(name: str) -> str | None:
    """The name a web address stands for ("Acme.com" -> "Acme"): news names a site's owner by its
    address; None when the name is no web address."""
    match = _DOMAIN.fullmatch(name.strip())
    return match.group(1) if match and any(c.isalpha() for c in match.group(1)) else None


def head_noun(name: str) -> str | None:
    """The noun an organisation's name is of, by which a bare "the ministry" or "the commission"
    takes it up: its last word ("the Central Election Commission"), or the last before "of"
    ("the Ministry of Health"). None for a one-word name, which has no head apart from itself."""
    before, of, _ = name.lower().partition(" of ")
    words = before.split()
    return words[-1] if words and (of or len(words) > 1) else None
