"""An entity's type decided from evidence: the model's votes over its mentions, corrected by what its
names are.

The model types each mention from a few words of context and is often wrong in ways a name's form
settles: a country typed as a person or an organisation, a ministry typed as a place, a person's
full name typed as an organisation. In order, the first that applies:

1. Non-name types the model is reliable on (NORP, EVENT, LAW, PRODUCT, WORK_OF_ART ...) stay.
2. A country's name (places.country: "Bolivia", "Plurinational State of Bolivia") is a GPE, unless
   a form of it is a person's full name ("Ann Jordan" beside "Jordan").
3. A name of organisation form ("Ministry of ...", "... Airlines", "... Ltd") is an organisation,
   unless a form of it is a person's full name and its head is one a person's name may end with
   ("... Post", "... Church"; "... Brigades", "... Group" and "... Foundation" never do); so is a "place" spelled in camel case ("newsHub"),
   and a name written as a web address ("Acme.com": the organisation that runs the site).
4. A full name of person shape (a given name, then capitalised words: person_names) that the model
   typed as an organisation or a place is a person, unless a gazetteer knows it as a place or the
   article also writes its words joined by a hyphen ("Al-Marza": one name, not two).
5. A one-word "person" with no honorific, no full name and no given name that a gazetteer knows as
   a major place (a capital, a city of a million people) is that place; so is one the words
   around a mention call a place ("the town of X", "the mayors of X and Y").
6. Otherwise the model's vote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from service.pipeline import names, org_names, person_names, places

NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
PLACES = frozenset({"GPE", "LOC"})


def decide(
    votes: Mapping[str, float], forms: Sequence[str], honorific: bool = False, placed: bool = False
) -> str:
    """The type of an entity from the model's `votes` (label -> weight) and its surface `forms`;
    `placed`: the words around a mention say it is a place ("the town of X"), which its shape
    (a person's, rule 4) does not overturn."""
    voted = max(votes, key=lambda label: votes[label])
    if voted not in NAME_TYPES:
        return voted
    full = [f for f in forms if len(f.split()) > 1]
    # Words the article also writes joined by a hyphen ("Al Marza" beside "Al-Marza") are one name,
    # not a given name and a family name.
    hyphenated = {f.replace("-", " ") for f in forms if "-" in f}
    person_form = honorific or any(
        person_names.person_shape(f) and not places.kind(f) and f not in hyphenated for f in full
    )
    if any(places.country(f, abbreviations=False) for f in forms) and not person_form:
        return "GPE"
    if any(org_names.has_org_form(f) for f in full) and not person_form:
        return "ORG"
    if any(org_names.has_institution_head(f) for f in full) and not honorific:
        return "ORG"  # "Ann Smith Foundation": its head says what it is, not its first words
    if voted in PLACES and all(_camel(f) for f in forms):
        return "ORG"
    if voted in {"PERSON", "FAC", *PLACES} and any(org_names.domain_owner(f) for f in forms):
        return "ORG"  # a web address names the organisation that runs the site
    if (
        voted in {"ORG", "FAC", *PLACES}
        and person_form
        and not honorific
        and not placed
        and not _holds_place(full)
    ):
        return "PERSON"
    if voted == "PERSON" and not full and not person_form and any(places.major(f) for f in forms):
        return "GPE"
    if voted in ("PERSON", "ORG") and placed and not full and not honorific:
        return "GPE"  # "the mayors of Olvera and Brennick": a one-word name the words call a place
    return voted


def _camel(name: str) -> bool:
    """One word with a capital after a lowercase letter inside it ("newsHub"): a brand's or an
    outlet's spelling, never a place's."""
    if " " in name or name.startswith(("Mc", "Mac")):  # "McAllen", "MacKenzie": Gaelic names
        return False
    return names.camel_case(name)


def _holds_place(forms: Sequence[str]) -> bool:
    """Whether a name starts with a place's name ("San Remo Festival" of "San Remo"): its person
    shape then says nothing."""
    for form in forms:
        words = form.replace("-", " ").split()
        # One word must be a major place ("Ann" is also a small town's name); two or more, any.
        if places.major(words[0]) or any(places.kind(" ".join(words[:n])) for n in range(2, len(words))):
            return True
    return False
