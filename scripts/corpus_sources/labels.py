"""Labels for the public job-search mail in onward/inbox/corpus/, by source and row number.

Read by scripts/build_inbox_corpus.py. Each source's rows are numbered as in its file at the
commit named in SOURCES. A row's label is the first that applies:
SKIP (its text does not carry the decision, or it is not mail), an entry in LABEL, or the
source's default. COMPANY corrects or supplies the company the mail names ("" when it names
none). Labels were given by reading each message; see docs/inbox.md.
"""

from __future__ import annotations

SOURCES = {
    "sethpoly": {
        "repo": "Mustaf4Abdullah/label_rejection_emails",
        "path": "emails.csv",
        "commit": "3f50d24",
        "upstream": "Kaggle dataset sethpoly/application-rejection-emails (one person's inbox)",
        "licence": "none stated in the repository",
    },
    "pfohl": {
        "repo": "CoderClarkPfohl/nlp-email-classifier",
        "path": "data/job_app_confirmation_emails_anonymized.csv",
        "commit": "93df5b5",
        "upstream": "one person's job-search inbox, anonymised by the repository's authors",
        "licence": "none stated in the repository",
    },
    "dewey": {
        "repo": "cdeweyx/Job-Rejection-Analysis",
        "path": "rejections.csv",
        "commit": "f773241",
        "upstream": "Conor Dewey's own rejection emails, labelled 'Job Rejection' in Gmail",
        "licence": "none stated in the repository",
    },
}

SKIP: dict[str, set[int]] = {
    # 79: "complete 2 more steps or you won't be considered": neither received nor a step.
    "sethpoly": {79},
    # 11, 112: finish-your-application nags; 39: a questionnaire task; 401, 413, 466, 469:
    # the export lost the text that carries the decision (empty or cut to one line).
    "pfohl": {11, 39, 112, 401, 413, 466, 469},
    # The export kept a Python repr instead of the text.
    "dewey": {9, 15, 26, 27, 42, 61, 81, 82},
}

_SETH_OTHER = {67, 68, 69, 70, 73, 76, 82, 83, 85, 89, 90, 91, 92, 93, 94, *range(96, 116)}
_SETH_OTHER |= {117, *range(118, 129)}
_PFOHL_NOT_REJECTION_AFTER_358: set[int] = set()
LABEL: dict[str, dict[int, str]] = {
    "sethpoly": {
        **{n: "rejection" for n in range(65)},
        **{n: "received" for n in (65, 71, 72, 74, 75, 77, 78, 80, 81, 84, 86, 87, 88, 95, 116)},
        66: "next_step",
        **{n: "other" for n in _SETH_OTHER},
    },
    "pfohl": {
        **{n: "rejection" for n in range(358, 497)},
        4: "next_step",
        10: "next_step",
        5: "other",
        197: "other",
        199: "other",
        222: "rejection",
        223: "rejection",
        345: "rejection",
    },
    # Everything in this export is a rejection by its owner's label, except one
    # acknowledgement filed with them.
    "dewey": {63: "received"},
}
DEFAULT = {"sethpoly": "other", "pfohl": "received", "dewey": "rejection"}

COMPANY: dict[str, dict[int, str]] = {
    "sethpoly": {
        0: "MSC Technology",
        1: "Mindlance",
        2: "Exyn Technologies",
        3: "Lantana Consulting Group",
        4: "PathAI",
        5: "Chewy",
        6: "ProSearch",
        7: "Shields Health Solutions",
        8: "Concinnate Solutions",
        9: "Silicon Integration Initiative, Inc.",
        10: "Sports Information Analysis",
        11: "RCCo",
        12: "Oahu Publications, Inc.",
        13: "Techstars",
        14: "Advisor360°",
        15: "Profizi",
        16: "Decentrix Inc.",
        17: "The Nexxus Group",
        18: "Alteryx",
        19: "DiversityInc",
        20: "Test Innovators",
        21: "YinzCam, Inc.",
        22: "Tithe.ly",
        23: "NECS Inc.",
        24: "TikTok",
        25: "HPR",
        26: "Fritz AI",
        27: "SoftSages Technology Inc",
        28: "PatientsLikeMe, LLC",
        29: "Booz Allen",
        30: "Unity Technologies",
        31: "Cannabis Creative Group",
        32: "DICK'S Sporting Goods, Inc.",
        33: "RevoluSun",
        34: "Provenir",
        35: "New Relic",
        36: "Nuts.com",
        37: "DriveWealth",
        38: "DPR Construction",
        39: "VMware",
        40: "Cox Automotive",
        41: "Intel",
        42: "BluJay Solutions",
        43: "Fiserv",
        44: "Vensit",
        45: "HomeAdvisor & Angie's List",
        46: "Cogo",
        47: "TJX",
        48: "General Motors",
        49: "TJX",
        50: "Ribbon",
        51: "Travelers",
        52: "TomTom",
        53: "Cox Automotive",
        54: "InterSystems",
        55: "BAE Systems",
        56: "Raytheon Technologies",
        57: "Jelli",
        58: "IAM Robotics",
        59: "General Motors",
        60: "General Dynamics Mission Systems",
        61: "Gates",
        62: "UPS",
        63: "",
        64: "The Allen Institute for AI",
        65: "IBM",
        66: "iCIMS",
        71: "Swiss Re",
        72: "Scribd",
        81: "The Judge Group",
        95: "ASRC Federal Holding Company",
        74: "CACI",
        75: "Nuts.com",
        77: "OSIsoft",
        78: "HIMSS",
        80: "The Allen Institute for AI",
        84: "mPower Software Services",
        86: "WorkWave",
        87: "HERE Technologies",
        88: "Paylocity",
        116: "Macrosoft",
    },
    # The export has a company column (filled by a language model); these are its mistakes.
    "pfohl": {
        56: "mPulse Mobile",
        64: "LexisNexis Risk Solutions",
        67: "PepsiCo",
        79: "Russell Tobin",
        85: "HP",
        87: "LexisNexis Risk Solutions",
        89: "Russell Tobin",
        91: "UIH Solutions LLC",
        108: "Lyft",
        120: "PlayStation Global",
        127: "Federal Reserve Bank of New York",
        132: "Fortive",
        143: "Eventbrite",
        146: "Chord",
        161: "Houlihan Lokey",
        209: "HP",
        216: "Cadence",
        237: "Keller",
        278: "Obie",
        291: "Russell Tobin",
        301: "Lyft",
        314: "Cadence",
        356: "Juniper Networks",
        357: "Juniper Networks",
        363: "CVS Health",
        364: "EnableComp",
        365: "Freddie Mac",
        371: "LexisNexis Risk Solutions",
        387: "PlayStation Global",
        389: "JPMorgan Chase",
        416: "HP",
        460: "Obie",
    },
    "dewey": {
        0: "IBM",
        1: "Workday",
        2: "Visa",
        3: "Zynga",
        4: "Cambia Health Solutions",
        5: "",
        6: "Uber",
        7: "Bazaarvoice",
        8: "Expedia",
        10: "AT&T",
        11: "Under Armour",
        12: "AT&T",
        13: "Nike",
        14: "Chegg",
        16: "BuzzFeed",
        17: "Atlassian",
        18: "Infoblox",
        19: "Spotify",
        20: "Bazaarvoice",
        21: "PlayStation",
        22: "Spotify",
        23: "Spotify",
        24: "Addepar",
        25: "Pandora",
        28: "Wealthfront",
        29: "McKinsey & Company",
        30: "Red Hat",
        31: "Informatica",
        32: "Medium",
        33: "Classy",
        34: "Uber",
        35: "Airbnb",
        36: "Palo Alto Networks",
        37: "Datto",
        38: "Squarespace",
        39: "Zocdoc",
        40: "Twitter",
        41: "Palo Alto Networks",
        43: "Swiss Re",
        44: "Pocket Gems",
        45: "Merck",
        46: "LendUp",
        47: "MuleSoft",
        48: "Cisco",
        49: "ExtraHop Networks",
        50: "LiveRamp",
        51: "Wish",
        52: "TripAdvisor",
        53: "Yext",
        54: "Asana",
        55: "OpenAI",
        56: "Khan Academy",
        57: "Qualtrics",
        58: "Avvo",
        59: "Splunk",
        60: "Definitive Healthcare",
        62: "SAP",
        63: "TripAdvisor",
        64: "Thumbtack",
        65: "Visa",
        66: "Remedy Partners",
        67: "Pinterest",
        68: "Medallia",
        69: "EA",
        70: "Factual",
        71: "BlackRock",
        72: "BlackRock",
        73: "CareDash",
        74: "Bloomberg",
        75: "GitHub",
        76: "Redfin",
        77: "Cogo Labs",
        78: "ZyLAB",
        79: "P&G",
        80: "Airbnb",
        83: "Logikcull",
        84: "Twilio",
        85: "Airware",
    },
}

# ---------------------------------------------------------------------------------------------
# Languages other than English. Each source's rows are numbered by its reader
# (corpus_sources/bauer.py). LANGUAGE gives the language of a row's text when it is not the
# source's own; GROUP puts rows of one company under one key for the split when the mail
# names the company in two ways ("Erste Digital", "Erste Operations": one template).

SOURCES["bauer"] = {
    "repo": "geraldb/notes",
    "path": "jobs2025/README.md",
    "more": ["2023/nothanks/README.md"],
    "commit": "399266d",
    "upstream": "Gerald Bauer's notes of the replies to his own applications in Austria, "
    "2023 and 2025, pasted from his mail",
    "licence": "none stated in the repository",
}
# 381: a reply to his question after the no, with no decision of its own; 420: a heading.
# The 2023 notes: his own messages and remarks (1003, 1005, 1012, 1022, 1024-1026, 1030,
# 1031, 1040, 1041), a reply to his follow-up (1006) and feedback after the no (1023).
SKIP["bauer"] = {
    381,
    420,
    1003,
    1005,
    1006,
    1012,
    1022,
    1023,
    1024,
    1025,
    1026,
    1030,
    1031,
    1040,
    1041,
}
LABEL["bauer"] = {
    # invitations and confirmed interviews, pasted above the no that followed
    **{n: "next_step" for n in (0, 290, 340, 380, 421, 430, 540, 1020)},
    **{n: "received" for n in (150, 1000, 1010)},
    **{n: "other" for n in (1004, 1027)},
}
DEFAULT["bauer"] = "rejection"
LANGUAGE: dict[str, dict[int, str]] = {
    "bauer": {n: "en" for n in (10, 150, 190, 200, 240, 260, 291, 320, 330, 370, 460)}
    | {n: "en" for n in (510, 520, 570, 590, 610, 700, 710, 1010, 1011)},
}
SOURCE_LANGUAGE = {"sethpoly": "en", "pfohl": "en", "dewey": "en", "bauer": "de", "choti": "en"}
_BAUER_COMPANY = {
    "Translogica": (0, 1),
    "Deutsche Telekom": (10,),
    "NXAI": (20,),
    "PwC": (30,),
    "Prefa": (40,),
    "Raiffeisen Software": (50,),
    "UNIQA": (60,),
    "IMC Krems": (70,),
    "Rheinmetall": (80,),
    "ABAX Informationstechnik": (90,),
    "RBI": (100, 140, 260, 280, 290, 291),
    "Bundesrechenzentrum": (110, 340, 341, 1000, 1001, 1002, 1004),
    "silverbytes": (120,),
    "Wiener Stadtwerke": (130, 680),  # 680 comes from WienIT, signed by the group
    "Ketryx": (150,),
    "Premedia": (160,),
    "Siemens": (170, 270),
    "Magenta Telekom": (180, 360),
    "Erste Digital": (190, 460),
    "Erste Operations": (440, 570),
    "Platogo": (200,),
    "VERBUND": (210,),
    "Schrack Technik": (220,),
    "spusu": (230,),
    "AIT": (240,),
    "EY": (250,),
    "Fonds Soziales Wien": (300,),
    "Oesterreichische Nationalbank": (310,),
    "AI Factory Austria": (320, 330),
    "Fabasoft": (350, 421, 422),
    "Greentube": (370,),
    "FH Technikum Wien": (380,),
    "Fachhochschule Technikum Wien": (400, 410),
    "IVM Technical Consultants": (390,),
    "T-Systems": (430, 431),
    "Deloitte": (450,),
    "Helvetia": (470, 560),
    "Wirtschaftsuniversität Wien": (480, 630),
    "DEKRA Arbeit": (490,),
    "ÖBB": (500,),
    "Storyblok": (510,),
    "Zühlke": (520,),
    "APA": (530,),
    "Österreichische Forschungsförderungsgesellschaft": (540, 541, 640),
    "FH St. Pölten": (550,),
    "Accenture": (580,),
    "IBM": (590,),
    "PMC International": (600,),
    "EGSTON Power Electronics": (610,),
    "Tractive": (620, 1020, 1021, 1027),
    "EVN": (650,),
    "PORR": (660,),
    "WKO Inhouse": (670,),
    "Ratbacher": (690,),
    "PlanRadar": (700, 710),
    "Meister": (1010, 1011),
}
COMPANY["bauer"] = {n: name for name, ns in _BAUER_COMPANY.items() for n in ns}
GROUP: dict[str, dict[int, str]] = {
    "bauer": {n: "erste" for n in (190, 460, 440, 570)}
    | {n: "wiener stadtwerke" for n in (130, 680)}
    | {n: "fh technikum wien" for n in (380, 400, 410)}
    | {n: "ffg" for n in (540, 541, 640)},
}

# Rejections a job seeker in Belgium received in 2024-25, company names taken out by her
# (each company is a letter: "[Company_A]" in the text); all rejections by her own filing.
# As multilang's templates are filled with stand-ins (FILL), each letter becomes a made-up
# name below (chosen by letter, before any text was read), so that where the mail names
# its company is measured; "[Name]" is the reader. Split by her company letter.
SOURCES["choti"] = {
    "repo": "jgchoti/job_rejection_analysis",
    "path": "data/email.json",
    "commit": "a88f439",
    "upstream": "one person's rejection emails (Belgium, 2024-25), anonymised by her",
    "licence": "none stated in the repository",
}
SKIP["choti"] = set()
LABEL["choti"] = {}
DEFAULT["choti"] = "rejection"
COMPANY["choti"] = {}
CHOTI_STAND_INS = {
    "A": "Aldermoor",
    "B": "Brightwell Analytics",
    "C": "Corvalis",
    "D": "Dunmere Group",
    "E": "Eastlake Systems",
    "F": "Fernhill",
    "G": "Greyhaven Software",
    "H": "Halvorsen & Co",
    "I": "Ivel Digital",
    "J": "Jorvik Labs",
    "K": "Kestrel Data",
    "L": "Lindqvist",
    "M": "Morrow Health",
    "N": "Northdale",
}

# One job seeker's own mailbox, exported as .eml files and committed with the tracker she
# wrote (tests/emails/, MIT licence; removed from the repository later, read at this
# commit). Labels and companies by file name in scripts/corpus_sources/shaw.py (eleventh pass),
# and, from the thirteenth pass, the messages table her tracker exported (shaw_db.py, by
# Gmail id, at its own commit on the same repository's main branch).
SOURCES["shaw"] = {
    "repo": "cyberthreatgurl/GmailJobTracker",
    "path": "tests/emails/",
    "commit": "4b1e117a745466ddbe8574b54737065e53e7b99d",
    "upstream": "the author's own job-search mail, 2025, exported from Gmail as .eml files",
    "also": "scripts/*.json.txt at 40ffc9f: her tracker's messages table (shaw_db.py)",
    "licence": "MIT (the repository's LICENSE)",
}
SKIP["shaw"] = set()  # left out by file name in shaw.py
LABEL["shaw"] = {}
DEFAULT["shaw"] = "other"
COMPANY["shaw"] = {}
SOURCE_LANGUAGE["shaw"] = "en"

# One job seeker's Gmail (Assan Sanogo, data science, United States, 2022), saved as PDFs and
# turned back into text in a student project's file of mail (fifteenth pass). Labels, left-out
# messages and languages by row number in scripts/corpus_sources/sanogo.py.
SOURCES["sanogo"] = {
    "repo": "adja-qista/nlpJobUnderstanding",
    "path": "emails.csv",
    "commit": "57eefe933d14114651b786e2ee77817794262918",
    "upstream": "one of the project's authors' own Gmail, 2022, the rows labelled 'assan'",
    "licence": "none stated in the repository",
}
SKIP["sanogo"] = set()  # left out by row in sanogo.py
LABEL["sanogo"] = {}
DEFAULT["sanogo"] = "other"
COMPANY["sanogo"] = {}
SOURCE_LANGUAGE["sanogo"] = "en"

# The rejections one student received for internships in 2020, pasted into a toy that
# recombines their words (sixteenth pass). Labels and companies by position in
# scripts/corpus_sources/taneja.py.
SOURCES["taneja"] = {
    "repo": "humblef00ls/rejection-wordgram",
    "path": "main.js",
    "commit": "98b9925c8de319ec138bf60954c33209391dbfb3",
    "upstream": "its author's own rejection mail, 2020, pasted as the toy's texts",
    "licence": "MIT (the repository's LICENSE)",
}
SKIP["taneja"] = set()
LABEL["taneja"] = {}
DEFAULT["taneja"] = "rejection"
COMPANY["taneja"] = {}
SOURCE_LANGUAGE["taneja"] = "en"

# The rejections one software engineer received from 2020 to 2024, company names taken out
# by him, kept as his small web service's answers (sixteenth pass). Labels, and the groups of
# messages that share one template, in scripts/corpus_sources/figueroa.py.
SOURCES["figueroa"] = {
    "repo": "nelsonfigueroa/rejection-api",
    "path": "rejections.csv",
    "commit": "b06ca49",
    "upstream": "its author's own rejection mail, 2020-24, company names removed by him",
    "licence": "MIT (the repository's LICENSE)",
}
# 29: Robinhood's template, word for word the one `taneja` holds (taneja-008, on the tuning
# side there): kept out so that no held-out message is a text tuned on in another source.
SKIP["figueroa"] = {29}
LABEL["figueroa"] = {}
DEFAULT["figueroa"] = "rejection"
COMPANY["figueroa"] = {}
SOURCE_LANGUAGE["figueroa"] = "en"

# Sources from the eighteenth pass on: their entries in corpus_sources/labels_more.py.
from .labels_more import TABLES as _MORE  # noqa: E402

for _table, _entries in zip(
    (SOURCES, SKIP, LABEL, COMPANY, DEFAULT, SOURCE_LANGUAGE), _MORE, strict=True
):
    _table.update(_entries)  # type: ignore[attr-defined]
