"""Event mentions (Statements) read off spaCy's dependency parse.

A statement is one predicate (a verb, or an event noun such as "the call") with the entity groups
that take part in it, the time expression attached to it, its surface polarity and any count
("at least six people killed"). Statements of one article that describe the same real-world
event share an event id.

Everything is a pure function of the parsed doc, the article's entity groups and its time
expressions, and runs in time linear in the number of tokens. One module per job: `index` (token
look-ups), `deps` (argument labels), `predicates`, `participants`, `times` (attachment and
compatibility), `anchoring` (placing undated and scheduled statements), `polarity`, `figures`,
`events` (in-article grouping) and `extract` (the entry point, `extract_statements`).
"""
