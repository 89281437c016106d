"""Claims: who says what about which event, read off spaCy's dependency parse.

An attribution frame is a speech word with a speaker: a reporting verb ("said", "denied",
"declined to comment"), "according to X", or "as reported by X". The frame's content (a
reported clause, a quote, or a noun such as "the reports") gives the proposition; the frame's
word and its content give the stance. Sentences that deny something without a frame of their
own ("This is pure fiction.") take the speaker of the attribution that closes their quote or
paragraph ("..., Petrov said."), or of the attribution just before a quote that goes on from it. An outlet relaying someone else's claim ("The Post reported that
people familiar with the call said ...", "As noted by X, Y was asked ...") is evidence, not the
claimant.

Modules: `build` turns a document's frames into claims; `frames` finds attribution frames (a
speech word, its speaker, its content); `falsity` reads what calls a report untrue; `stance`
decides the stance of a frame's content and the proposition it is about; `claimants` says who a
claim is credited to; `satire` reads what a site of jokes says of itself; `context` holds the
frame, the per-document context and quotes.
"""

from service.pipeline.claims.build import claims_of_a_text, extract_claims
from service.pipeline.claims.frames import verb_speaker

__all__ = ["claims_of_a_text", "extract_claims", "verb_speaker"]
