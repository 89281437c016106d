"""Whether a name has a person's shape: a given name, then one or more capitalised family-name words.

Given names come from the person-name tables that `faker` ships for its locales (tens of thousands
of given names in many languages, transliterated to ASCII with anyascii, so "Олександр" counts as
"Oleksandr"). The shape is evidence, not proof: "Paris Hilton" and "Victoria Station" both have it,
so it votes with the model's types rather than overriding them.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from anyascii import anyascii

from service.pipeline import names

_NAME_LISTS = ("first_names", "first_names_male", "first_names_female")


@functools.cache
def given_names() -> frozenset[str]:
    """Casefolded ASCII given names of every locale faker ships a person provider for."""
    import faker.providers.person as providers

    found: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        try:
            provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in _NAME_LISTS:
            value = vars(provider).get(attribute)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                found.update(anyascii(str(n)).casefold() for n in value)
    return frozenset(n for n in found if n.isalpha() and len(n) > 1)


def is_given_name(word: str) -> bool:
    return names.name_key(word) in given_names()


def _capitalised(word: str) -> bool:
    """A family-name word: capital first letter and a lowercase letter after it ("McAllister",
    "O'Brien", "Smith-Jones"), not an all-caps acronym."""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def person_shape(name: str) -> bool:
    """A given name, then one to three capitalised words ("Ann Smith", "Ann Marie de la Cruz")."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not _capitalised(words[0]) or not is_given_name(words[0]):
        return False
    if any(w.endswith(_POSSESSIVE_ENDS) for w in words[:-1]):
        return False  # "Miller's Gazette": a name after a possessive is something the person owns
    rest = [w for w in words[1:] if not w.islower()]  # particles: "de", "van", "bin"
    return (
        bool(rest)
        and len(rest) <= 3
        and all(_capitalised(w) or _initial(w) for w in rest)
        and (_capitalised(rest[-1]))
    )


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()
