"""The corpus layer: what looks across documents.

`engine` maps a per-document function over batches (serially, in a process pool, or on Dask);
`build` streams a corpus folder through ingest and extraction into Parquet shards and runs the
corpus-wide steps (de-duplication by `doc_id`, the people merge of `merge`) over them.
"""
