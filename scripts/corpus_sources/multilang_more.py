# ruff: noqa: E501  (texts kept as published: long lines)
"""More of `multilang`, kept apart so that neither file grows past a few hundred lines.

Same fields and the same rules as `multilang.py` (its docstring says them). Added in the sixth
pass: Odoo Recruitment's four templates in German, from the same product as the French,
Spanish and Dutch ones, so they join its sender group (`odoo`) and its side of the split.
Layout is reduced to its text as for the other languages: the `t-else` signature (no
recruiter assigned), the demo job and address Odoo ships.
"""

from __future__ import annotations

ODOO_DE = "odoo/odoo@0081fad8803e6e74ea8c0fd6cb2d864d5a8455e2:addons/hr_recruitment/i18n/de.po"
_ADDRESS_DE = (
    "Teksa SpA\nPuerto Madero 9710\nOf A15, Santiago (RM)\nPudahuel, C1, 98450\nArgentinien"
)
_SIGN_DE = "YourCompany\nDie Personalabteilung"

MESSAGES: list[dict[str, str]] = [
    {
        # email_template_data_applicant_congratulations: the acknowledgement
        "n": "66",
        "origin": ODOO_DE,
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hallo,\n\nhiermit bestätigen wir den Erhalt Ihrer Bewerbung für die Stelle "
        "„Erfahrener Entwickler“ bei YourCompany.\n\nWir melden uns in Kürze bei Ihnen.\n\n"
        "Stellenbeschreibung\n\nWie geht es weiter?\nWir beantworten Bewerbungen gewöhnlich "
        "innerhalb weniger Tage.\n\nSie können uns gerne kontaktieren, um schneller Feedback zu "
        "erhalten oder wenn Sie nicht schnell genug von uns hören (antworten Sie einfach auf "
        "diese E-Mail).\n\n" + _ADDRESS_DE + "\n",
        "label": "received",
        "company": "YourCompany",
        "language": "de",
        "group": "odoo",
    },
    {
        # email_template_data_applicant_interest: short-listed for a call or an interview
        "n": "67",
        "origin": ODOO_DE,
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Herzlichen Glückwunsch!\nIhr Lebenslauf wurde positiv bewertet.\n\nWir haben uns "
        "gerade Ihren Lebenslauf angesehen und er hat unsere Aufmerksamkeit erregt. Wir denken, "
        "dass Sie perfekt für die Stelle geeignet sein könnten. Ihre Bewerbung wurde daher in "
        "die engere Auswahl für einen Anruf oder ein persönliches Vorstellungsgespräch "
        "genommen.\n\nStellenbeschreibung\n\nBis bald\n--\nDie Personalabteilung\nAlle unsere "
        "Stellen entdecken.\n\nWie geht es weiter?\nWir beantworten Bewerbungen gewöhnlich "
        "innerhalb weniger Tage.\n\nAls nächstes erfolgt ein Anruf oder ein persönliches "
        "Gespräch in unserem Büro.\nSie können uns gerne kontaktieren, um schneller Feedback zu "
        "erhalten oder wenn Sie nicht schnell genug von uns hören (antworten Sie einfach auf "
        "diese E-Mail).\n\n" + _ADDRESS_DE + "\n",
        "label": "next_step",
        "company": "",
        "language": "de",
        "group": "odoo",
    },
    {
        # email_template_data_applicant_not_interested: after the candidate withdrew
        "n": "68",
        "origin": ODOO_DE,
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hallo,\n\nwir möchten Ihnen für Ihr Interesse und Ihre Zeit danken.\nFür Ihre "
        "zukünftigen Vorhaben wünschen wir Ihnen alles Gute.\n\nViele Grüße\n--\n"
        + _SIGN_DE
        + "\n",
        "label": "other",
        "company": "",
        "language": "de",
        "group": "odoo",
    },
    {
        # email_template_data_applicant_refuse (the translation's own spelling kept)
        "n": "69",
        "origin": ODOO_DE,
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hallo,\n\nvielen Dank für Ihr Interesse, dem YourCompany Team beizutreten.  Obowohl "
        "Ihr Lebenslauf sehr interessant ist, hat sich unsere Personalabteilung dazu "
        "entschieden, Sie nicht in die engere Auswahl für die Stelle zu nehmen.\n\nBitte "
        "beachten Sie, dass die Personalauswahl schwierig ist und wir Fehler machen können.\n"
        "Zögern Sie nicht, auf diese E-Mail zu antworten, wenn Sie glauben, dass wir einen "
        "Fehler gemacht haben, oder wenn Sie weitere Informationen über unsere Entscheidung "
        "wünschen.\n\nWir werden Ihren Lebenslauf aufbewahren und uns gegebenenfalls mit Ihnen "
        "in Verbindung setzen, falls in Zukunft eine für Sie passende Stelle frei wird.\n\nWir "
        "wünschen Ihnen alles Gute bei Ihrer Stellensuche und hoffen, dass wir die Möglichkeit "
        "haben werden, Sie für eine andere Stelle zu berücksichtigen.\n\nVielen Dank\n--\n"
        + _SIGN_DE
        + "\n",
        "label": "rejection",
        "company": "YourCompany",
        "language": "de",
        "group": "odoo",
    },
]
