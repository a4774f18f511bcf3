"""Tables of documents, events, country pairs and quotes from a corpus of news about digital cooperation."""


def __getattr__(name):
    # Imported lazily so `python -m helpers` and light modules do not pay for pandas/pyarrow up front.
    if name in {"load_corpus", "Corpus"}:
        from helpers import store

        return getattr(store, name)
    raise AttributeError(name)


__all__ = ["load_corpus", "Corpus"]
