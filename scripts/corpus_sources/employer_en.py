# ruff: noqa: E501  (texts kept as written: long lines)
"""What an employer sends candidates, from its own templates: more real English mail for `multilang`.

Twelfth pass. Not an inbox: one employer's templates, as its recruiters keep them, so its
wording stands for every candidate it writes to (as a hiring product's templates do).
Dwarves Foundation's are in the code of its own operations service (dwarvesf/fortress-api,
`pkg/templates/`, the commit of each file below; no licence file in the repository).
Variables are filled with stand-ins ("Alex" the candidate, "Frontend Engineer" the role).

The employer is one sender, its group fixed before the split was computed: the repository's
name (`fortress-api`, as the products'). Labels by reading: the refusal ("Application
Result": rejection), the acknowledgement (received) and the offer letter (offer), read as
their HTML reads, without the signature block (printed only when a signer's name is set).

Sixteenth pass: WebFX's nine templates, which the twelfth pass copied from Pastebin pages
(messages 101-109), were taken out: this corpus keeps only text from repositories.
"""

from __future__ import annotations

FORTRESS = "dwarvesf/fortress-api@{}:pkg/templates/{}"

MESSAGES: list[dict[str, str]] = [
    {
        "n": "110",
        "origin": FORTRESS.format("3a86f1c4bb03a4f1524e74963ce610efabc2d12e", "hiring_failed.tpl"),
        "kind": "template",
        "subject": "Dwarves Foundation - Application Result on the Frontend Engineer Position",
        "from": '"Spawn @ Dwarves Ventures" <spawn@dwarvesv.com>',
        "body": "Hi Alex,\n\nWe really appreciate your interest in Dwarves Foundation; however, after much deliberation, we find that this position might not be the best match for you at the moment.\n\nIt was a pleasure to learn more about your skills and accomplishments. We will be keeping your CV on file for future openings that better fit your profile.\n\nWe wish you all the best in your future endeavors.\n\n--\n",
        "label": "rejection",
        "company": "Dwarves Foundation",
        "language": "en",
        "group": "fortress-api",
    },
    {
        "n": "111",
        "origin": FORTRESS.format(
            "891796c87038617a8fb4923d7bff620b43838c5a", "candidate_inform.tpl"
        ),
        "kind": "template",
        "subject": "Dwarves Foundation - Application Acknowledgement",
        "from": '"Spawn @ Dwarves Ventures" <spawn@dwarvesv.com>',
        "body": "Hi Alex,\n\nThank you for applying to Frontend Engineer position at Dwarves Foundation.\n\nThis email is to inform you that we have well-received your application. Our team is currently taking it under consideration, and we are trying our best to reach back to you as soon as we can. If you are selected for the next round, you will receive an email from our recruiter to schedule an interview. In any case, we will keep you updated on the application status.\n\nShould you have any questions, please contact us at spawn@dwarvesv.com.\n\nThank you for your interest in working at Dwarves Foundation.\n\nBest regards,\n",
        "label": "received",
        "company": "Dwarves Foundation",
        "language": "en",
        "group": "fortress-api",
    },
    {
        "n": "112",
        "origin": FORTRESS.format("a822baf4d95e4f2d262d2c6ea3e3c242e00054b9", "hiring_offered.tpl"),
        "kind": "template",
        "subject": "Dwarves Foundation - Offer Letter",
        "from": '"Spawn @ Dwarves Ventures" <spawn@dwarvesv.com>',
        "body": "Hi Alex,\n\nThank you for your interest in the Frontend Engineer position and your effort of taking the interview process at Dwarves Foundation. Throughout the interview process and based on the good performance after all, we see you could be a good fit for the team.\n\nAs a result, we are pleased to offer you the position of Frontend Engineer with detailed information as below:\n\n- Employment type: Full-time.\n- Office hours: 9.30am - 6.30pm\n- The GROSS salary: 30,000,000 VND/month\n- Probation time: 2 months\n- Probation Gross salary: 30,000,000 VND/month\n- Commencement date: 1 August 2024\n- After 2 months probation, we will discuss about full-time salary again if your performance is good.\n\nPlease confirm if you accept the offer and the start date is convenient\n\nWe look forward to having you on our team!\n\nBest regards,\nDwarves Foundation\n\n--\n",
        "label": "offer",
        "company": "Dwarves Foundation",
        "language": "en",
        "group": "fortress-api",
    },
]
