"""`dc_aviation`: one employer's own mail to applicants, in German and English (eighteenth pass).

cbleek/DC-Aviation (CROSS Solution, MIT licence) is the YAWIK module "used by DC Aviation on
https://career.dc-aviation.com/" (its README): the career portal of DC Aviation GmbH, a
business-aviation company at Stuttgart Airport. When its HR team changes an application's
status, the portal pre-fills the mail to the applicant from the module's own texts
(TEXTS_PATH at TEXTS_COMMIT, the last version, with the salutation placeholders): a
confirmation that the application arrived, a request for missing documents, the refusal and
the invitation to a first interview, each in German and in English. The HTML layout puts the
text above a footer in the company's name (FOOTER_PATH at FOOTER_COMMIT, the newest; the
same German footer under both languages, as the layout has it).

One employer's templates, so one sender: group "dc-aviation" (the repository's name, as the
products in `multilang` are grouped). Placeholders are filled with STAND_INS (a made-up
applicant, and the date of the application in each language's short form); the footer is
the one sent when the HR user has no name, telephone or address of their own on file. The
invitation ends with a colon: the date and place follow, typed by whoever sends it.
Labels by reading each text (LABELS).
"""

from __future__ import annotations

import html
import re
import textwrap

from .git_files import show

REPO = "cbleek/DC-Aviation"
TEXTS_COMMIT = "5aa820bb067b561b31733621fd8e8140d2ffa4dc"  # 2021-07-09, the texts' last change
TEXTS_PATH = "src/Entity/ApplicationStatusMailTemplates.php"
FOOTER_COMMIT = "4e587c56973a61fb1d1ea118728d3f0b05b1c669"  # 2021-09-17, the newest
FOOTER_PATH = "view/mail/footer.phtml"
GROUP = "dc-aviation"
COMPANY = "DC Aviation"

# YAWIK's formal salutation: 'Dear Mr. %s' (German "Sehr geehrter Herr %s") and the name
STAND_INS = {
    "##anrede_formell##": "Sehr geehrter Herr Max Mustermann",
    "##salutation_formal##": "Dear Mr. Max Mustermann",
    "{{link}}": "https://career.dc-aviation.com/",
}
# `strftime('%x', …)` of the application's date, in each language's short form
DATE = {"de": "15.03.2021", "en": "03/15/21"}
# The footer's PHP, as it runs when the sender has no name, telephone or address on file
_FOOTER_PHP = {
    "$this->style": "",
    "$hasUser && ($phone = $user->getInfo()->getPhone()) ? $phone : '+49 711 933 06-300'": (
        "+49 711 933 06-300"
    ),
    "$this->link($mail)": "career@dc-aviation.com",
    '$this->link("https://www.dc-aviation.com")': "https://www.dc-aviation.com",
}

R, N, S, OTHER = "rejection", "next_step", "received", "other"
# (status, language): label
LABELS: list[tuple[str, str, str]] = [
    ("CONFIRMED", "de", S),  # "vielen Dank für Ihre Bewerbung … wieder mit Ihnen in Verbindung"
    ("CONFIRMED", "en", S),
    ("INQUIRY", "de", OTHER),  # documents are missing: send them (as Je Postule's request: other)
    ("INQUIRY", "en", OTHER),
    ("REJECTED", "de", R),  # "… müssen Ihnen heute leider absagen"
    ("REJECTED", "en", R),
    ("INVITED", "de", N),  # "… zu einem ersten Vorstellungsgespräch ein:"
    ("INVITED", "en", N),
]

_SUBJECT = re.compile(r"'(\w\w)_subject' => '([^']*)'")
_DEFAULT_SUBJECT = re.compile(r"\?\? '(Ihre Bewerbung vom %s)'")


def _text(source: str, status: str, language: str) -> str:
    """The heredoc for that status and language (PHP takes the closing marker's indent off)."""
    start = source.index(f"StatusInterface::{status} =>")
    found = re.compile(rf"'{language}' => <<<TMPL\n(.*?)\n *TMPL,", re.S).search(source, start)
    if found is None:
        raise ValueError(f"no {language} text for {status}")
    return textwrap.dedent(found.group(1)).strip()


def _subject(source: str, status: str, language: str) -> str:
    start = source.index(f"StatusInterface::{status} =>")
    if language == "de":  # no 'de_subject': get() falls back to its default
        found = _DEFAULT_SUBJECT.search(source)
        assert found is not None
        return found.group(1) % DATE["de"]
    found = _SUBJECT.search(source, start)
    assert found is not None and found.group(1) == language
    return found.group(2) % DATE[language]


def _footer(source: str) -> str:
    """The footer as text: the logged-in branch dropped, each `<?= … ?>` by its value."""
    comment_end = source.index("*/", source.index("Mail footer used"))
    body = source[source.index("?>", comment_end) + 2 :]
    body = re.sub(r"<\?php\s*/\*\* @var User.*?<\?php else: \?>", "", body, flags=re.S)
    body = re.sub(r"<\?=(.*?)\?>", lambda m: _FOOTER_PHP[m.group(1).strip()], body)
    body = re.sub(r"<\?php.*?\?>", "", body, flags=re.S)
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "\n", body))
    return "\n".join(line.strip() for line in body.split("\n") if line.strip())


def messages(git_dir: str) -> list[dict[str, str]]:
    """Each mail as {"n", "subject", "from", "body", "label", "company", "group", "language"}."""
    texts = show(git_dir, TEXTS_COMMIT, TEXTS_PATH)
    footer = _footer(show(git_dir, FOOTER_COMMIT, FOOTER_PATH))
    out = []
    for n, (status, language, label) in enumerate(LABELS):
        text = _text(texts, status, language)
        for placeholder, value in STAND_INS.items():
            text = text.replace(placeholder, value)
        out.append(
            {
                "n": str(n),
                "subject": _subject(texts, status, language),
                "from": "",
                "body": f"{text}\n\n{footer}\n",
                "label": label,
                "company": COMPANY,
                "group": GROUP,
                "language": language,
            }
        )
    return out
