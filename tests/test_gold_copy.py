from pathlib import Path

import pytest

from helpers import paths

SHARED_GOLD = paths.ROOT.parent / "shared" / "gold" / "seeds.jsonl"


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="shared/ is not beside this checkout")
def test_gold_copy_is_current():
    assert (Path(__file__).parent / "gold" / "seeds.jsonl").read_bytes() == SHARED_GOLD.read_bytes()


def test_embedded_corpus_is_the_seed_corpus(shared_gold):
    assert sorted(p.name for p in paths.CORPUS.iterdir()) == [g["doc"] for g in shared_gold]
