"""When two texts count as one: the similarity thresholds of the align stage.

Similarity is the weighted Dice coefficient of :mod:`.scoring`, in [0, 1]. A pairing in
place (between the same anchors, or alone in the same slot) needs less than one found
out of order, and less again when the two open with the same words; each part of a merge or split must also carry its own weight; and
recommendations, compared as a list of imperatives, have a threshold of their own.
"""

from __future__ import annotations

#: Minimum similarity for two sentences in the same place (between the same anchors)
#: to count as one sentence reworded.
REWORD_THRESHOLD = 0.5
#: Minimum similarity for the one old and the one new sentence left between the same two
#: neighbours (the same slot of the text) to count as one sentence reworded.
SLOT_THRESHOLD = 0.35
#: Minimum similarity for two sentences left unpaired in one section that state their
#: edition's own figure of the same metric to count as one sentence reworded.
FIGURE_THRESHOLD = 0.35
#: Words outside a name (:mod:`.openings`) two sentences in the same place must open
#: (or close) with alike to count as one sentence reworded below :data:`REWORD_THRESHOLD`
#: (one half kept, the rest rewritten), when they also share :data:`OPENING_CONTAINMENT`.
OPENING_RUN = 5
#: Share of the shorter sentence's word weight two sentences with a shared opening of
#: :data:`OPENING_RUN` words must have in common to count as one reworded.
OPENING_CONTAINMENT = 0.5
#: Minimum similarity for a sentence found out of order or in another section to count
#: as moved; stricter, because out of context chance resemblance is likelier.
MOVE_THRESHOLD = 0.6
#: Share of its own word weight each part of a merge or split must find on the other side.
PART_THRESHOLD = 0.5
#: Minimum similarity for an old and a new recommendation to count as one reworded.
RECOMMENDATION_THRESHOLD = 0.45
#: Minimum similarity of the concept words (:mod:`.paraphrases`) of an old and a new
#: recommendation left unpaired by :data:`RECOMMENDATION_THRESHOLD` to count as one
#: reworded, when they also ask something in common.
PARAPHRASE_THRESHOLD = 0.3
#: Minimum similarity of the concept words of an old and a new recommendation still
#: unpaired after :data:`PARAPHRASE_THRESHOLD` to count as one reworded, when each is the
#: other's closest and the only two left asking for something (:mod:`.paraphrases`).
PARAPHRASE_MUTUAL_THRESHOLD = 0.2
