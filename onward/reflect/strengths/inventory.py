"""Onward's own strengths inventory: 80 short self-descriptions, 20 work strengths, 4 domains.

Written for Onward in the spirit of the public-domain IPIP item pool (short first-person
statements rated on a five-point scale), not copied from any instrument. Each strength
has four items, one of them reverse-keyed so that agreeing with everything does not make
every strength look strong. docs/strengths.md explains the method and the scoring.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = "v1"
PAGE_SIZE = 10
SCALE: tuple[tuple[int, str], ...] = (
    (1, "Not like me"),
    (2, "A little"),
    (3, "In between"),
    (4, "Quite like me"),
    (5, "Very like me"),
)


@dataclass(frozen=True)
class Domain:
    key: str
    name: str
    summary: str


@dataclass(frozen=True)
class Strength:
    key: str
    name: str
    domain: str
    meaning: str  # what it looks like at work
    cv: str  # a CV bullet pattern, with [brackets] for the user's own facts
    interview: str  # a sentence to say in an interview, with [brackets] likewise
    # Four statements; a leading "-" marks a reverse-keyed one.
    statements: tuple[str, str, str, str]


@dataclass(frozen=True)
class Item:
    id: str  # stable across versions of the order, e.g. "planner-2"
    text: str
    strength: str
    reverse: bool


DOMAINS: tuple[Domain, ...] = (
    Domain("thinking", "Thinking it through", "How you make sense of problems and ideas."),
    Domain("delivering", "Getting it done", "How you turn plans into finished work."),
    Domain("connecting", "Working with people", "How you build trust and work with others."),
    Domain("leading", "Moving things forward", "How you start, decide and bring others along."),
)

STRENGTHS: tuple[Strength, ...] = (
    # Thinking it through
    Strength(
        "problem_solver", "Problem solver", "thinking",
        "You untangle messy problems and find a way through. Teams bring you the thing "
        "that is stuck, and you enjoy it.",
        "Resolved [problem] by [approach], cutting [measure] from [before] to [after].",
        "When something is stuck, I break it into parts and test the likeliest cause first. "
        "That's how I [result] at [place].",
        ("I enjoy working out why something isn't working.",
         "When a problem looks tangled, I break it into smaller parts.",
         "People come to me when they are stuck.",
         "-I lose interest when a problem has no obvious answer."),
    ),
    Strength(
        "evidence", "Evidence seeker", "thinking",
        "You want the facts before you decide, and you notice when a conclusion does not "
        "follow. Your recommendations hold up.",
        "Tested [assumption] with [data or method], leading to [decision] and [result].",
        "Before I commit to an idea I look for evidence. At [place] a quick check of "
        "[data] changed our plan and [result].",
        ("I check the numbers before I believe a claim.",
         "I like to test an idea with data before committing to it.",
         "-I usually go with my gut rather than look for evidence.",
         "I notice when a conclusion doesn't follow from the facts."),
    ),
    Strength(
        "quick_study", "Quick study", "thinking",
        "You learn new tools and fields fast, and you enjoy being a beginner. You get "
        "useful sooner than most in a new role.",
        "Learned [tool or field] in [time] and used it to [deliver what], [result].",
        "I like being new at things. When [place] adopted [tool], I learned it in "
        "[time] and was soon [helping others or delivering what].",
        ("I pick up new tools faster than most people around me.",
         "I read about my field in my own time because I enjoy it.",
         "-I prefer to stick with what I already know well.",
         "I like being a beginner at something."),
    ),
    Strength(
        "big_picture", "Big-picture thinker", "thinking",
        "You see how the pieces fit and where things are heading. You help a team work on "
        "what matters, not only on what is urgent.",
        "Connected [work] to [organisation goal], refocusing [team or project] on "
        "[priority] and [result].",
        "I try to see where my work fits. At [place] I noticed [pattern], which led us to "
        "[change] and [result].",
        ("I can see how my work fits into the wider goals of the organisation.",
         "-I find it hard to think beyond the task in front of me.",
         "I think about where things will be in a year or two.",
         "I connect ideas from different areas to see a pattern."),
    ),
    Strength(
        "inventive", "Inventive", "thinking",
        "You come up with fresh ways of doing familiar things. You are the one who asks "
        "\u201cwhat if we tried\u2026\u201d, and sometimes it changes everything.",
        "Designed [new approach] for [problem], which [improved what] by [amount].",
        "I enjoy finding a new way to do an old thing. At [place] I suggested [idea], "
        "and it [result].",
        ("I come up with new ways of doing familiar things.",
         "I enjoy brainstorming and often have many ideas.",
         "I like to try an approach nobody has tried yet.",
         "-I rarely have original ideas."),
    ),
    # Getting it done
    Strength(
        "momentum", "Steady momentum", "delivering",
        "You keep work moving day after day, and you finish. Teams ship more with you in "
        "them.",
        "Delivered [number] [things] in [time], [result for users or the business].",
        "I like finishing things. At [place] I set myself [target] and delivered "
        "[what] by [when].",
        ("-I often leave things half finished.",
         "I feel good at the end of a day when I have finished a lot.",
         "I keep going on a task until it is done.",
         "I set myself targets, even when nobody asks me to."),
    ),
    Strength(
        "planner", "Planner", "delivering",
        "You plan the steps before you start and see early when a deadline is at risk. "
        "Projects with you on them land on time.",
        "Planned [project] across [teams or people], delivering [what] [on time or "
        "early] despite [constraint].",
        "I plan backwards from the deadline. On [project] that showed us a risk in "
        "[area] early, so we [action] and delivered on time.",
        ("I plan the steps of a project before I start.",
         "I keep lists and schedules that I actually use.",
         "-I tend to work things out as I go rather than plan ahead.",
         "I see early when a deadline is at risk."),
    ),
    Strength(
        "detail", "Eye for detail", "delivering",
        "You catch the small mistakes others miss and hand over work that is right. People "
        "trust your numbers and your documents.",
        "Caught [error] in [work] before [consequence], saving [time, money or trust].",
        "I care about getting the details right. At [place] I found [error] in [work] "
        "before it reached [who], which [result].",
        ("I spot small mistakes that others miss.",
         "I double-check my work before I hand it over.",
         "I care about getting the small things exactly right.",
         "-Details bore me."),
    ),
    Strength(
        "dependable", "Dependable", "delivering",
        "When you say you will do something, it gets done, and people hear early if it "
        "can't. Colleagues build on your work without worrying.",
        "Trusted with [responsibility] for [time], [keeping or delivering what] with "
        "[result].",
        "People can count on me. At [place] I was the one trusted with [responsibility], "
        "and [result].",
        ("When I say I will do something, I do it.",
         "People can count on me to turn up prepared.",
         "-I sometimes forget promises I have made.",
         "I let people know early if I can't keep a commitment."),
    ),
    Strength(
        "composure", "Calm under pressure", "delivering",
        "You think clearly when things go wrong, and others settle when you are around. "
        "You are good to have in an incident or a crunch.",
        "Led [response] to [incident or crunch], restoring [what] within [time].",
        "I stay calm when things go wrong. When [incident] happened at [place], I "
        "[action] and we [result].",
        ("I stay calm when things go wrong.",
         "-Pressure makes me freeze or panic.",
         "I think clearly when a deadline is close.",
         "Others settle down when I am around in a crisis."),
    ),
    # Working with people
    Strength(
        "listener", "Attentive listener", "connecting",
        "You listen closely and notice what people feel, not only what they say. People "
        "trust you, and you hear problems early.",
        "Interviewed [number] [users or colleagues] to uncover [need], leading to [change].",
        "I listen more than I talk. At [place], listening to [who] showed me [need], "
        "and we [result].",
        ("I listen more than I talk in meetings.",
         "I notice how people feel, even when they don't say it.",
         "People tell me things they don't tell others.",
         "-I find my mind wandering when others talk about their problems."),
    ),
    Strength(
        "team_player", "Team player", "connecting",
        "You care more about the team's result than your own credit, and you help where "
        "help is needed. Teams work better with you in them.",
        "Supported [team] through [challenge] by [action], helping deliver [result].",
        "I like winning as a team. When [colleague or team] fell behind at [place], I "
        "[action] and we [result] together.",
        ("I would rather share credit than take it.",
         "I like working towards a goal with others.",
         "-I prefer to work alone, even when a team would be faster.",
         "I step in to help a colleague who is behind."),
    ),
    Strength(
        "grows_others", "Grows others", "connecting",
        "You enjoy helping people learn and you notice their progress. The people around "
        "you get better.",
        "Mentored [number] [people] in [skill]; [who] went on to [result].",
        "I enjoy helping people grow. At [place] I coached [who] on [skill], and they "
        "[result].",
        ("I enjoy helping someone learn a new skill.",
         "I notice small progress in others and tell them.",
         "I like explaining how I do things so others can do them too.",
         "-Teaching others feels like a distraction from my real work."),
    ),
    Strength(
        "bridge_builder", "Bridge builder", "connecting",
        "You bring people with different views together and connect teams that should "
        "talk. Work flows better across boundaries.",
        "Brought [groups] together on [issue], agreeing [outcome] and [result].",
        "I'm often the bridge between teams. At [place], [group] and [group] disagreed "
        "about [issue]; I [action] and we agreed [outcome].",
        ("I can bring people with different views to an agreement.",
         "I know people across many teams and introduce them to each other.",
         "-I avoid getting involved when people disagree.",
         "I help different groups understand each other's needs."),
    ),
    Strength(
        "at_ease", "Puts people at ease", "connecting",
        "You make people feel welcome and easy to talk to. New colleagues, clients and "
        "interviewers relax with you.",
        "Built relationships with [clients or partners], growing [measure] by [amount].",
        "People tell me I'm easy to talk to. At [place] that helped me [win or keep "
        "whom], and [result].",
        ("I make new people feel welcome.",
         "I find it easy to start a conversation with a stranger.",
         "People often say I'm easy to talk to.",
         "-I feel awkward meeting people for the first time."),
    ),
    # Moving things forward
    Strength(
        "self_starter", "Self-starter", "leading",
        "You start things without waiting to be asked. Good ideas get moving because of "
        "you.",
        "Started [initiative] on my own initiative; it grew to [scope] and [result].",
        "When I see something that needs doing, I start. At [place] I began [initiative], "
        "which [result].",
        ("I start things without waiting to be asked.",
         "-I wait for clear instructions before I act.",
         "When I see something that needs doing, I do it.",
         "I have started projects that others later joined."),
    ),
    Strength(
        "explainer", "Clear explainer", "leading",
        "You make complicated things plain, in writing and out loud. Decisions get made "
        "faster because people understand.",
        "Explained [complex topic] to [audience], enabling [decision or result].",
        "I like making complicated things simple. At [place] I explained [topic] to "
        "[audience], and they [decision or result].",
        ("I can explain a complicated idea in plain words.",
         "I write emails and documents that people understand the first time.",
         "I enjoy presenting to a group.",
         "-People often misunderstand what I am trying to say."),
    ),
    Strength(
        "persuader", "Persuasive", "leading",
        "You can make the case for a change and bring people round, because you know what "
        "matters to them.",
        "Made the case for [change] to [audience], securing [approval or budget] and "
        "[result].",
        "I can bring people round. At [place] I argued for [change]; [who] agreed, and "
        "it [result].",
        ("I can win people over to my point of view.",
         "I enjoy making the case for a change.",
         "-I give up on an idea when others push back.",
         "I know what matters to the person I'm trying to convince."),
    ),
    Strength(
        "decisive", "Decisive", "leading",
        "You decide when a decision is needed, even without every fact, and you stand by "
        "it. Work does not stall around you.",
        "Decided [what] under [constraint], keeping [project] on track and [result].",
        "I'm comfortable deciding with what we know. At [place] we had to choose "
        "[options] by [when]; I chose [option] because [reason], and [result].",
        ("I make decisions quickly when I need to.",
         "I'm comfortable deciding with incomplete information.",
         "-I put off decisions for as long as I can.",
         "I stand by my decisions and explain them."),
    ),
    Strength(
        "ownership", "Takes ownership", "leading",
        "You treat results as yours, own your mistakes and follow problems through. People "
        "hand you things and stop worrying.",
        "Took ownership of [problem], following it through to [fix] and [result].",
        "I own what I work on. When [problem] happened at [place], I [fixed what], and "
        "[what changed] so it didn't happen again.",
        ("I own my mistakes and fix them.",
         "I treat the team's results as my own.",
         "-When something goes wrong, I tend to point out who caused it.",
         "I follow a problem through until it is solved, even outside my job description."),
    ),
)  # fmt: skip

BY_KEY: dict[str, Strength] = {s.key: s for s in STRENGTHS}
DOMAIN_BY_KEY: dict[str, Domain] = {d.key: d for d in DOMAINS}


def _items() -> tuple[Item, ...]:
    """All items in the order they are asked.

    Round-robin over the domains and over each strength's four items, so a page of ten
    mixes domains and never asks about one strength twice; no randomness, so a resumed
    inventory shows the same pages.
    """
    by_domain = [[s for s in STRENGTHS if s.domain == d.key] for d in DOMAINS]
    interleaved = [group[i] for i in range(max(map(len, by_domain))) for group in by_domain
                   if i < len(group)]  # fmt: skip
    items = []
    for position in range(4):
        for strength in interleaved:
            text = strength.statements[position]
            items.append(
                Item(
                    id=f"{strength.key}-{position + 1}",
                    text=text.removeprefix("-"),
                    strength=strength.key,
                    reverse=text.startswith("-"),
                )
            )
    return tuple(items)


ITEMS: tuple[Item, ...] = _items()
ITEM_BY_ID: dict[str, Item] = {item.id: item for item in ITEMS}
PAGES: int = -(-len(ITEMS) // PAGE_SIZE)


def page_items(page: int) -> tuple[Item, ...]:
    """The items of a 1-based page."""
    if not 1 <= page <= PAGES:
        raise ValueError(f"There is no page {page}; the inventory has {PAGES}.")
    return ITEMS[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]


# Competencies interviewers ask about, for tagging stories; each with words that hint
# a job ad or a question wants it.
COMPETENCIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("leadership", "Leading others", ("lead", "leader", "manage", "managed", "mentor", "coach")),
    ("teamwork", "Teamwork", ("team", "collaborat", "together", "cross-functional")),
    ("conflict", "Handling conflict", ("conflict", "disagree", "difficult", "tension")),
    ("failure", "Learning from a setback", ("fail", "mistake", "wrong", "setback", "learn")),
    ("stakeholders", "Managing stakeholders", ("stakeholder", "client", "partner", "business")),
    ("deadline", "Delivering under pressure", ("deadline", "pressure", "fast-paced", "urgent")),
    ("problem_solving", "Solving a hard problem", ("problem", "solve", "debug", "complex")),
    ("communication", "Explaining something complex", ("explain", "present", "communicat")),
    ("initiative", "Taking initiative", ("initiative", "proactive", "ownership", "start")),
    ("customer", "Helping a customer or user", ("customer", "user", "patient", "service")),
    ("change", "Leading or adapting to change", ("change", "ambigu", "adapt", "new")),
    ("data", "A decision made with data", ("data", "analys", "metric", "insight", "sql")),
    ("technical", "Technical depth", ("technical", "system", "architecture", "code", "model")),
)
COMPETENCY_NAMES: dict[str, str] = {key: name for key, name, _ in COMPETENCIES}
