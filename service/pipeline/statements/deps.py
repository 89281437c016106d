"""Dependency labels of a clause's arguments, shared by the statement and claim rules."""

from __future__ import annotations

# Dependency labels of a verb's arguments that can name participants.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
ARGUMENT_DEPS = SUBJECT_DEPS | OBJECT_DEPS
