"""Russian resources: morphology (`morph`), word lists (`words`), speech (`speech`) and people (`people`).

Transitional: `helpers.lang.for_language("ru")` resolves to this package, and the extraction stages read
the English word lists from it until they take the document's Language value. Re-exporting them keeps
Russian documents on the English fallback they had; remove this once the stages receive a Language.
"""
from helpers.lang.en import *  # noqa: F403
