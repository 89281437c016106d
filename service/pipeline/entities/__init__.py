"""Entities of one article: the model's name spans, cleaned, retyped and grouped per real entity.

spaCy's small English model finds most names but gets their edges and types wrong in ways that
repeat across outlets: titles inside person spans, possessives typed as organisations, page
furniture read as names, cities in a list read as people, title-cased headlines read as long
names, lowercase place names missed. Each rule in this package fixes one such pattern by its
shape, never by knowing a particular name. One pass over the tokens per rule; no rule compares all pairs.

Modules: `extract` runs the rules in order; `spans` cleans the model's spans (cut, stripped,
joined); `retyping` fixes types and extents by a name's neighbours; `recovery` finds names the
model missed; `grouping` groups mentions per entity; `mention` and `words` hold what they share.
"""

from service.pipeline.entities.extract import english_words, extract_entities
from service.pipeline.entities.words import ROLE_NOUNS, TITLE_WORDS

__all__ = ["ROLE_NOUNS", "TITLE_WORDS", "english_words", "extract_entities"]
