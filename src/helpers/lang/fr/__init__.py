"""French: month names only. Francophone pages print their stamp or a date line in French over an
English text ("Date : mercredi, 28 mai 2025 13:04"); ingest and the date extractor read them, and a
French document is not extracted (no `language()`)."""
