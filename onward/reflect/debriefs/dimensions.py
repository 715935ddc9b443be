"""The seven things a debrief rates, and what each becomes as a focus area."""

from __future__ import annotations

from dataclasses import dataclass

LOW = 2  # a rating this low or lower counts as "low" in the patterns
SCALE = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Dimension:
    key: str  # also the Debrief field name
    label: str  # the rating's question, short
    subject: str  # how a sentence about it starts: "Your stories scored ..."
    mine: str  # the same, in the user's voice for their mentor: "My stories scored ..."
    focus: str  # the focus area's title
    tip: str  # one practical idea, for the user and the mentor


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "preparation",
        "Interview preparation",
        "Your preparation",
        "My preparation",
        "Prepare for each interview",
        "Block an hour before each interview: the job ad, the team, three stories ready.",
    ),
    Dimension(
        "depth",
        "Role-specific depth",
        "Your role-specific depth",
        "My role-specific depth",
        "Go deeper on the role itself",
        "List the tools and problems the ad names, and practise one real example for each.",
    ),
    Dimension(
        "stories",
        "Stories and examples (STAR)",
        "Your stories",
        "My stories",
        "Tell stronger stories",
        "Write three stories as situation, task, action, result, and say them out loud once.",
    ),
    Dimension(
        "clarity",
        "Communication clarity",
        "Your clarity",
        "My clarity",
        "Answer clearly and briefly",
        "Lead with the answer, then one example, then stop. Two minutes is plenty.",
    ),
    Dimension(
        "questions_asked",
        "Questions I asked",
        "The questions you asked",
        "The questions I asked",
        "Ask better questions",
        "Bring two questions about how the team works that only they can answer.",
    ),
    Dimension(
        "cv_fit",
        "CV fit to the role",
        "Your CV's fit to the role",
        "My CV's fit to the role",
        "Fit the CV to each role",
        "Mirror the ad's top three needs in your CV's first half, each with a result.",
    ),
    Dimension(
        "rapport",
        "Rapport",
        "Your rapport",
        "My rapport",
        "Build rapport",
        "Open with something genuine about their work, and listen for what they care about.",
    ),
)

BY_KEY: dict[str, Dimension] = {d.key: d for d in DIMENSIONS}
KEYS: tuple[str, ...] = tuple(d.key for d in DIMENSIONS)


# Where rejections cluster says where to look: before any interview it is usually the
# CV, after the first call the pitch, later on depth and the close.
@dataclass(frozen=True)
class StageFocus:
    title: str
    tip: str


STAGE_FOCUS: dict[str, StageFocus] = {
    "applied": StageFocus(
        "Get to the first conversation",
        "Send fewer, closer-fitting applications: rewrite the top third of your CV for each.",
    ),
    "screen": StageFocus(
        "Get past the first call",
        "Practise a two-minute “tell me about yourself” that ends on why this role.",
    ),
    "interview": StageFocus(
        "Turn interviews into a final round",
        "Ask the recruiter what the next round looks for, and ready a story for each part.",
    ),
    "final": StageFocus(
        "Close well in the final round",
        "Say plainly why you want this job, and ask what would make them sure of you.",
    ),
}
