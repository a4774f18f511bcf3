"""Steps over the whole corpus, after every document is extracted."""
