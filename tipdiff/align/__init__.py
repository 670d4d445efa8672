"""Align stage: two Reports → ReportDiff.

Steps, in order (none of them quadratic in the whole document):

1. **Sections** pair by canonical name. A section on one side only is reported with the
   reason and lists its sentences as removed / added (:mod:`.diff`), but for those found
   word for word in another section (step 2).
2. **Exact pairs.** Within a section, sentences with equal keys
   (:func:`~tipdiff.sentences.sentence_key`, list bullets aside) pair up: in order
   first (patience diff: keys unique on both sides, longest increasing run, recursion
   into the gaps; :mod:`.order`), then what is left, the k-th occurrence with the k-th.
   Equal sentences left over in one section and found in another are ``moved`` there,
   also from or to a section the other text lacks (a copy that lost a heading reads two
   sections as one; :mod:`.aligner`).
3. **Order.** Within a section, where the gap between two consecutive in-order exact
   pairs is too large for the gap programme, its remaining sentences get their best
   one-to-one fuzzy partner in that gap from a bounded candidate set (an index of rare
   words; :mod:`.candidates`). Exact and fuzzy pairs then compete for the heaviest chain
   that keeps the order of both texts. Exact pairs on it are ``unchanged``, fuzzy ones
   ``reworded`` (grown into a merge or split when a neighbouring sentence fits); an
   exact pair off the chain ``moved`` within the section.
4. **Gaps.** Between two consecutive chain pairs a small dynamic programme pairs what
   is left, in order, one-to-one, two-to-one (merge) or one-to-two (split), at
   :data:`REWORD_THRESHOLD`; a lone sentence on each side between two pairs (the same
   slot of the text) pairs at :data:`SLOT_THRESHOLD`. In narrative sections two
   sentences that open (or close) with the same words past any name (one half kept,
   the rest rewritten; :mod:`.openings`) pair below both.
5. **Fuzzy moves.** Sentences still unpaired are matched across the document through
   the same rare-word index, at the stricter :data:`MOVE_THRESHOLD`. (Recommendations
   move only within their own section: they are imperatives, compared as a list.)
   Then two sentences still unpaired in one section that state their edition's own
   figure of the same metric pair at the lower :data:`FIGURE_THRESHOLD` ("identified
   121 victims; …" → "officially identified 91 victims, compared with 94 …"): the
   sentence carrying an edition's numbers is the one rewritten most.
6. **Leftovers.** A sentence still unpaired within two sentences of a reworded or moved
   one-to-one pairing in its own section joins it (a merge or split) when it brings its
   own weight into what the two share (:data:`PART_THRESHOLD`): an editor deletes a
   sentence and joins the two around it, or puts a sentence between the halves of a
   split one. Everything else is ``added`` or ``removed``.
7. Word-level ops, marked as the brief shows them (:func:`word_ops`, :mod:`.words`),
   per-section statistics (:mod:`.changes`), the recommendation match
   (:func:`match_recommendations`, :mod:`.recommendations`; the item a list cut short
   breaks off in matched to the item it opens, :mod:`.cut_items`), tier, verdicts,
   figures and warnings (:mod:`.diff`). The recommendations section's sentences are
   then paired again as the matching pairs their items (:mod:`.list_sentences`): a list
   written as one sentence in one edition and as bullets in the other is one change,
   never the whole list removed and every bullet added.

**Similarity** of two sentences (or groups of sentences) is a weighted Dice coefficient
over their bags of normalised words (lower case, outer punctuation stripped, plural ``s``
folded, every figure such as ``2019`` or ``$412`` counted as one word ``#`` because
figures change every edition; :mod:`.comparison_words`): ``2·shared / (weight(a) +
weight(b))``. A word weighs ``1 + ln((1 + N) / (1 + df))``, ``df`` the number of
sentences of both editions holding it and ``N`` their count, so "the government …
victims" counts little and names count much (:mod:`.weights`). A merge or split also
needs each part to bring at least :data:`PART_THRESHOLD` of its own weight into what the
two sides share, or, in place in a narrative section, one part to be
:data:`SLOT_THRESHOLD` alike on its own (:mod:`.scoring`). The thresholds are in :mod:`.thresholds`; each
module keeps the cost bounds of its own step.
"""

from __future__ import annotations

from .diff import compare_reports
from .order import _MATCHER_CELLS as _MATCHER_CELLS
from .order import _anchor_pairs as _anchor_pairs
from .recommendations import _MERGE_PARTS as _MERGE_PARTS
from .recommendations import match_recommendations
from .scoring import _score_group as _score_group
from .scoring import similarity
from .thresholds import (
    FIGURE_THRESHOLD,
    MOVE_THRESHOLD,
    PART_THRESHOLD,
    RECOMMENDATION_THRESHOLD,
    REWORD_THRESHOLD,
    SLOT_THRESHOLD,
)
from .words import _token_opcodes as _token_opcodes
from .words import word_ops

__all__ = [
    "FIGURE_THRESHOLD",
    "MOVE_THRESHOLD",
    "PART_THRESHOLD",
    "RECOMMENDATION_THRESHOLD",
    "REWORD_THRESHOLD",
    "SLOT_THRESHOLD",
    "compare_reports",
    "match_recommendations",
    "similarity",
    "word_ops",
]
