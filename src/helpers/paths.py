"""Project paths, resolved from this file so notebooks, tests and the CLI agree from any directory."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
CORPUS = DATA / "corpus"
REFERENCE = DATA / "reference"
PROCESSED = DATA / "processed"
NOTEBOOKS = ROOT / "notebooks"
REPORT = ROOT / "report"
