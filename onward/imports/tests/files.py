"""Files as other tools write them, built in the test so each one's quirk is plain to see."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

HUNTR_CSV = (
    "Company,Job Title,Date Applied,Status,URL,Notes\n"
    "Acme,Data Analyst,2026-10-02,Applied,https://jobs.example/acme/1,Referred by Priya\n"
    "Globex,Reporting Analyst,2026-10-05,Interviewing,,\n"
    "Initech,BI Developer,2026-09-20,Rejected,,Nice team\n"
)

LINKEDIN_CSV = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Priya,Raman,https://www.linkedin.com/in/priyaraman,priya@acme.example,Acme,"
    "Analytics Manager,12 Nov 2024\n"
    "Jordan,Ellis,https://www.linkedin.com/in/jordanellis,,Brightline,Talent Partner,03 Jan 2025\n"
)

VCARD_3 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "FN:Dana Li\n"
    "N:Li;Dana;;;\n"
    "EMAIL;TYPE=INTERNET:dana@example.org\n"
    "ORG:Fernwood Labs\n"
    "TITLE:Head of Data\n"
    "NOTE:Former manager\n"
    "END:VCARD\n"
)

VCARD_4 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Mia Torres\n"
    "N:Torres;Mia;;;\n"
    "EMAIL:mia@northwind.example\n"
    "ORG:Northwind Health\n"
    "URL:https://www.linkedin.com/in/miatorres\n"
    "END:VCARD\n"
)


def upload(
    text: str | bytes, name: str = "file.csv", encoding: str = "utf-8"
) -> SimpleUploadedFile:
    data = text if isinstance(text, bytes) else text.encode(encoding)
    return SimpleUploadedFile(name, data, content_type="text/csv")
