# ruff: noqa: E501, RUF001  (texts kept as written: long lines, typographic apostrophes)
"""What two employers send candidates, from their own templates: more real English mail for `multilang`.

Twelfth pass. Not an inbox: each employer's templates, as its recruiters keep them, so one
employer's wording stands for every candidate it writes to (as a hiring product's templates
do). WebFX's recruiting team published its candidate templates on Pastebin (user
`quoteswebfx`, June 2022: the pages' addresses below; no licence stated, like the pasted mail
of `pasted_en.py`); Dwarves Foundation's are in the code of its own operations service
(dwarvesf/fortress-api, `pkg/templates/`, the commit of each file below; no licence file in
the repository). Variables are filled with stand-ins ("Alex" the candidate, "Emily" the
WebFX recruiter who signs the templates that name her, "Frontend Engineer" the role), and
the pages' placeholders for a sentence about the candidate ("[major related comment]") with
a few words.

Each employer is one sender, its group fixed before the split was computed: the pastes'
author (`quoteswebfx`, as a page's site names its sender) and the repository's name
(`fortress-api`, as the products'). Labels by reading: WebFX's three rejection templates and
its internship refusal (rejection); its two thank-you notes after an interview that promise an
update within two weeks (received: the application is under review, as an acknowledgement
says); its invitation to a call and two interview reminders (next step). Dwarves: the refusal
("Application Result": rejection), the acknowledgement (received) and the offer letter
(offer), read as their HTML reads, without the signature block (printed only when a
signer's name is set). Left out: WebFX's nag ("checking in to see if you still have any
interest"), its feedback after a refusal (said after the no, as `bauer`'s), its reply to a
candidate holding another offer, and the templates whose text the pages cut short.
"""

from __future__ import annotations

WEBFX = "https://pastebin.com/"
FORTRESS = "dwarvesf/fortress-api@{}:pkg/templates/{}"

MESSAGES: list[dict[str, str]] = [
    {
        "n": "101",
        "origin": WEBFX + "BvLCmvTz (Rejection Template 1)",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hi Alex!\n\nThanks for your interest in WebFX!\n\nIt was such a pleasure chatting with you, and discussing your skills and experience! You've accomplished so much in the last few years, and gained some awesome experience through internships and your undergrad. While we were all super impressed with your credentials, I’m sorry to let you know that we will not be moving forward with your application at this time.\n\nOur interview process is very deliberate in looking to get to know our candidates beyond surface level. We feel fortunate to have had the opportunity to explore this with you within our process, and we would always love the opportunity to add more team members. Having received a phone interview put you into the top 10% of applicants, a second interview in the top 2% and the top 0.5% of applicants joined WebFX. This is certainly a testament to your talents!\n\nYou were part of a select group, and I have no doubt that you will be successful in your job search! I wish you all the best!\n\nSincerely,\n\n~ Emily\n",
        "label": "rejection",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "102",
        "origin": WEBFX + "2T4gYkw0 (Rejection Template 2)",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hey Alex!\n\nThanks for your interest in WebFX!\n\nIt’s been great working with you during our interview process! We’ve loved hearing more about your skills, experiences, and interests, while learning more about you. We were all super impressed with your credentials and accomplishments in your undergrad, however at this time, I’m sorry to let you know that we will not be moving forward with your application. With an unusually high volume of applications for only a select few full-time positions, making the considerations very competitive. With so many super qualified applicants, we would have loved to have added more team members.\n\nYour experience in marketing is going to take you far- I have no doubt that you will be successful in your job search, and will be a great contributor to a future organization! I wish you all the best!\n\nSincerely,\n\nEmily\n",
        "label": "rejection",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "103",
        "origin": WEBFX + "rwCfNBSg (Rejection Template 3)",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hey Alex!\n\nThanks for your interest in WebFX!\n\nIt’s been such a pleasure getting to know you through our interview process! We were all super impressed with your credentials, accomplishments, and involvement in the Marketing Club. With so many qualified candidates in the process, yourself included, the competition was fierce for only a select few full-time positions. At this time, I’m sorry to inform you that we will not be moving forward with your application for our opportunities. You were just edged out in the competition, as we would always love to add even more team members.\n\nHaving received a written interview put you into the top 10% of applicants. A testament to your impressive background!\n\nYou were part of a select group, and I have no doubt that you will be successful as you pursue your future career! We wish you the best of luck in your endeavors!\n\nEmily\n",
        "label": "rejection",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "104",
        "origin": WEBFX + "56eWkKN4 (Internship Rejection template 2)",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hi Alex!\n\nThank you so much again for your interest in WebFX!\n\nDue to the limited number of internship opportunities we have available at this time, we're looking to fill this role with a recent graduate who is looking to get their foot in the door with WebFX, but want to assure you this is no reflection of your credentials. You've accomplished a great bit in your undergrad and should absolutely be proud!\n\nWe would certainly love to stay in touch as you approach graduation begin your full-time job search. We begin our full-time interview process ~8-10 months prior to graduation, so please feel free to reach out anytime going forward - we would love to stay in touch!\n\nWe're always working hard to keep thing growing so that we can open up more opportunities for awesome applicants such as yourself moving forward and we really appreciate your understanding!\n\nThank you again and have a wonderful day!\n\n~ Emily\n",
        "label": "rejection",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "105",
        "origin": WEBFX + "h9Wgv4Ln (Feedback (post 1st, NOT going to 2nd interview))",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hey Alex!\n\nThanks so much for your interest in WebFX and for chatting today! It was such a pleasure to connect and hear a little bit more about what makes you, you! We'll be in touch in the next ~2 weeks with an update for you. If you have any questions in the meantime, please let us know, and I'll be happy to help!\n\nThanks so much!\n\nEmily\n\n\nHave a quick minute? Help us make our interview process 1% better by completing this short interview experience survey- we'd love your feedback on your experience!\n",
        "label": "received",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "106",
        "origin": WEBFX + "j5DjB2Ds (Feedback (post 2nd interview))",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hey Alex!\n\nThanks so much for your interest in WebFX and for taking the time to chat with our team today! We've all really enjoyed hearing more about you, and we'll be in touch in the next ~2 weeks with an update for you!\n\nAt WebFX, we're always trying to grow and be 1% better. You can help us improve our interview process by completing this short interview experience survey - we'd love your feedback on your experience!\n\nThanks so much!\n\nEmily\n",
        "label": "received",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "107",
        "origin": WEBFX + "tFVjF9rY (Info call template)",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hi Alex!\n\nThank you so much for your application and interest in the Marketing department at WebFX! The hiring team had a few questions as a follow up to your application and I'd love to get you set up with a call with one of our team members, Cat Maniscalco, to learn a bit more about you! Would you have time for a chat sometime next week? Feel free to use this link to schedule a time for the two of you to get on phone that's convenient for you and I'll make sure it gets on her calendar! If you don't see anything that fits your schedule, definitely let me know and we'll work something out together.\n\nhttps://calendly.com/webfx-hiring\n\nWe're really looking forward to learning more about you!\n\n~Emily Livingston\n\n\nCheck out the FXCampus with our virtual tour!\n",
        "label": "next_step",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "108",
        "origin": WEBFX + "BsRkEZKW (Reminder (extra optional TP))",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hey Alex!\n\nI'm really excited for your interview on June 30!\n\nI wanted to share this awesome blog post that you might find helpful. It will give you a look into some FXer tips, tricks and ways to prepare for your upcoming meeting with us!\n\nIt's been a pleasure to guide you through the WebFX Interview process so far. As always, I'm glad to answer any questions you may have. if you need anything between now and your scheduled meeting time, please feel free to be in touch!\n\nCan't wait to talk soon!\n\nEmily\n",
        "label": "next_step",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
    {
        "n": "109",
        "origin": WEBFX + "iUADfvpy (Reminder - For 2nd Interview (in person))",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hey Alex!\n\nThis is a friendly reminder that you have an interview with us at WebFX on June 30!\n\nPlease arrive ~15 minutes early so that we can kick your visit off with a tour of the WebFX Campus!\n\nYou can find directions for parking/checking in as well as current office covid protocols in my last email to you. Check in with Maria on the iPad to let us know you're here, and she'll be out to greet you for your tour.\n\nOur team's looking forward to chatting with you!\n\nEmily\n",
        "label": "next_step",
        "company": "WebFX",
        "language": "en",
        "group": "quoteswebfx",
    },
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
