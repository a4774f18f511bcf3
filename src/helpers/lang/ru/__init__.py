"""Russian resources: morphology (`morph`), months, word lists (`words`), speech (`speech`) and people (`people`).

No `language()` yet: until the stages are wired to these lists, `helpers.lang.get("ru")` raises
`UnsupportedLanguage` and a Russian document is recorded as not extracted, never read with English rules.
"""
