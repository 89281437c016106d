"""The temporal tagger, one module per job: `tagger` (the entry point, `tag_times`), `rules`
(where the expressions are), `prefilter` and `fold` (which rules can match, cheaply), `resolve`
(a span to a TIMEX3 value), `tense` (the governing verb's tense), `lexicon` (calendar words),
`values` (TIMEX3 value arithmetic, and `period`: a value as the days it covers) and `written_day`
(whether an expression writes its calendar day out)."""
