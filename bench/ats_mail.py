"""Mail shaped like what applicant-tracking systems really send, for bench/mail_import.py.

Real job-search mail is rarely the short plain text of a hand-written note: Workday,
SuccessFactors, Greenhouse, iCIMS, Lever and LinkedIn send HTML only, 20-60 KB a message,
built from nested layout tables with inline CSS on every cell, a <style> block of media
queries, a hidden preheader padded with a banner of invisible characters, logos and
one-pixel tracking images behind long redirect links, a legal footer, often
quoted-printable; and a recruiter's reply quotes the whole template beneath it. These
templates copy that structure (as seen in the real corpus's sources), not anyone's text:
every sentence here was written for the benchmark.
"""

from __future__ import annotations

import quopri
import random
import string

VENDORS = [
    # (display name pattern, sender address pattern, link host)
    ("{company}", "{slug}@myworkday.com", "{slug}.wd5.myworkdayjobs.com"),
    ("{company} Careers", "noreply@successfactors.eu", "career5.successfactors.eu"),
    (
        "{company} Talent Team via Greenhouse",
        "no-reply@us.greenhouse-mail.io",
        "boards.greenhouse.io",
    ),
    ("{company} Recruiting", "{slug}@talent.icims.com", "careers-{slug}.icims.com"),
    ("{company} Hiring Team", "no-reply@hire.lever.co", "jobs.lever.co"),
    ("LinkedIn", "jobs-noreply@linkedin.com", "www.linkedin.com"),
]
CSS_RULES = [
    "body{margin:0!important;padding:0!important;-webkit-text-size-adjust:100%}",
    "table,td{mso-table-lspace:0pt;mso-table-rspace:0pt;border-collapse:collapse}",
    "img{-ms-interpolation-mode:bicubic;border:0;outline:none;text-decoration:none}",
    "a[x-apple-data-detectors]{color:inherit!important;text-decoration:none!important}",
    "@media only screen and (max-width:600px){.wrapper{width:100%!important}"
    ".mobile-pad{padding:12px 16px!important}.hide-mobile{display:none!important}}",
    ".btn a:hover{background-color:#0b4f9c!important;border-color:#0b4f9c!important}",
    "u+#body a{color:inherit;text-decoration:none;font-size:inherit;line-height:inherit}",
    "#MessageViewBody a{color:inherit;text-decoration:none}",
]
CELL = (
    "font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;"
    "color:#333333;padding:0 32px 16px 32px;mso-line-height-rule:exactly;text-align:left"
)
SAYS = {
    "rejection": [
        "Thank you for applying for the {role} role at {company} and for the time you gave us.",
        "We read every application with care, and this time we had a great many of them.",
        "After reviewing your profile, we have decided not to move forward with your "
        "application for this role.",
        "We will keep your details on file and hope you will look at our other openings.",
        "We wish you every success in your search.",
    ],
    "received": [
        "Thanks for applying for the {role} position at {company}.",
        "This note confirms that your application has arrived and is now with our team.",
        "We review each application against the needs of the role and will contact you "
        "if your background fits what we are looking for.",
        "You can follow the status of your application at any time in your candidate home.",
    ],
    "next_step": [
        "Thank you for your interest in the {role} role at {company}.",
        "We would like to invite you to a first interview with the hiring manager.",
        "Please use the link below to choose a 45 minute slot that suits you next week.",
        "If none of the times work, reply to this message and we will find another one.",
    ],
    "other": [
        "Here are this week's roles picked for you, based on your saved searches.",
        "Unfortunately some of the roles you saved are no longer accepting applications.",
        "Update your preferences to see more jobs like these in your area.",
    ],
}
LEGAL = (
    "This message was sent to you because you created a candidate account. {company} is an "
    "equal opportunity employer and considers applicants without regard to race, colour, "
    "religion, sex, sexual orientation, gender identity, national origin, disability or "
    "veteran status. Please do not reply to this automated message; this mailbox is not "
    "monitored. To review how we process your personal data, read our candidate privacy "
    "notice. "
)


def _slug(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _token(rng: random.Random, size: int) -> str:
    return "".join(rng.choices(string.ascii_letters + string.digits + "-_", k=size))


def _tracked(rng: random.Random, host: str) -> str:
    """A click-tracking redirect, as long as the real ones."""
    return (
        f"https://click.{host}/ls/click?upn={_token(rng, rng.randint(180, 420))}"
        f"&amp;utm_source=ats&amp;utm_medium=email&amp;cid={rng.randint(10**8, 10**9)}"
    )


def _row(content: str, style: str = CELL) -> str:
    return (
        '<tr><td class="mobile-pad" align="left" valign="top" style="'
        + style
        + '">'
        + content
        + "</td></tr>\n"
    )


def _spacer(height: int) -> str:
    return (
        f'<tr><td height="{height}" style="font-size:{height}px;line-height:{height}px;'
        'mso-line-height-rule:exactly">&nbsp;</td></tr>\n'
    )


def template(rng: random.Random, kind: str, company: str, role: str, host: str) -> str:
    """One HTML message of 20-60 KB in the shape of an ATS notification."""
    css = "\n".join(rng.sample(CSS_RULES, k=len(CSS_RULES))) * rng.randint(2, 6)
    preheader = (
        f"{SAYS[kind][0].format(role=role, company=company)[:90]}"
        + "&#847;&zwnj;&nbsp;" * rng.randint(80, 220)
    )
    rows = [
        _row(
            f'<a href="{_tracked(rng, host)}" target="_blank"><img src="https://{host}/assets/'
            f'{_token(rng, 40)}/logo.png" width="160" height="40" alt="{company}" '
            'style="display:block;border:0;width:160px;height:auto"></a>'
        ),
        _spacer(24),
    ]
    sentences = [s.format(role=role, company=company) for s in SAYS[kind]]
    rows.append(_row('<p style="margin:0 0 12px 0">Dear Alex,</p>'))
    for sentence in sentences:
        rows.append(_row(f'<p style="margin:0;font-size:15px;color:#333">{sentence}</p>'))
        if rng.random() < 0.4:
            rows.append(_spacer(rng.choice((8, 12, 16))))
    rows.append(_row(f'<p style="margin:0">Kind regards,<br>The {company} Talent Team</p>'))
    button = (
        '<table role="presentation" cellpadding="0" cellspacing="0" border="0" class="btn">'
        '<tr><td bgcolor="#0a66c2" style="border-radius:4px;padding:12px 24px">'
        f'<a href="{_tracked(rng, host)}" style="color:#fff;font-weight:bold;'
        'text-decoration:none;font-family:Arial,sans-serif">View your candidate home</a>'
        "</td></tr></table>"
    )
    rows += [_spacer(24), _row(button), _spacer(32)]
    for _ in range(rng.randint(2, 8)):  # "you may also like" job cards, in their own tables
        rows.append(
            _row(
                '<table role="presentation" width="100%" style="border:1px solid #e0e0e0;'
                'border-radius:6px"><tr><td style="padding:12px;font-family:Arial">'
                f'<a href="{_tracked(rng, host)}" style="color:#0a66c2;font-size:16px">'
                f'Similar role {rng.randint(100, 999)}</a><br><span style="color:#666;'
                f'font-size:13px">{company} · Hybrid</span></td></tr></table>'
            )
        )
    footer = "".join(
        _row(
            f'<p style="margin:0;font-size:11px;color:#999;line-height:16px">'
            f"{LEGAL.format(company=company)}</p>",
            CELL.replace("15px", "11px"),
        )
        for _ in range(rng.randint(1, 3))
    )
    footer += _row(
        f'<a href="{_tracked(rng, host)}" style="color:#999">Unsubscribe</a> · '
        f'<a href="{_tracked(rng, host)}" style="color:#999">Privacy</a> · '
        f'<a href="{_tracked(rng, host)}" style="color:#999">Help</a>'
    )
    pixel = (
        f'<img src="https://{host}/open/{_token(rng, rng.randint(200, 400))}.gif" width="1" '
        'height="1" alt="" style="display:block;height:1px;width:1px;border:0">'
    )
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{company}</title><style type="text/css">{css}</style>'
        "<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch>"
        "</o:OfficeDocumentSettings></xml><![endif]--></head>\n"
        '<body id="body" style="margin:0;padding:0;background-color:#f3f2ef">'
        '<div style="display:none;font-size:1px;color:#f3f2ef;line-height:1px;max-height:0;'
        f'max-width:0;opacity:0;overflow:hidden">{preheader}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'bgcolor="#f3f2ef"><tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" class="wrapper" width="600" cellpadding="0" cellspacing="0"'
        ' border="0" bgcolor="#ffffff" style="width:600px;max-width:600px;border-radius:8px">\n'
        + "".join(rows)
        + footer
        + "</table></td></tr></table>"
        + pixel
        + "</body></html>"
    )
    size = rng.randint(20_000, 60_000)
    while (
        len(body) + len(footer) < size
    ):  # the long tail of real templates: more cards, more legal text
        body = body.replace(footer, footer + footer, 1)
    return body


def quoted_reply(rng: random.Random, person: str, company: str, quoted: str) -> str:
    """A recruiter's reply in HTML, the whole earlier template quoted beneath it."""
    return (
        '<html><head><meta charset="utf-8"></head><body><div dir="ltr">'
        f"<div>Hi Alex,</div><div><br></div><div>Following up on the note below: thank you "
        f"again for your patience. I'm sorry to tell you that the team has chosen another "
        f"candidate for this role.</div><div><br></div><div>All the best,</div><div>{person}"
        f'</div><div>{company}</div></div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Tue, 3 Sept 2024 at 09:12, Alex Morgan &lt;alex@example.com&gt; '
        'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>'
        "</body></html>"
    )


def ats_message(
    rng: random.Random, n: int, company: str, role: str, person: str, headers: str
) -> bytes:
    """A whole ATS-shaped message (headers given without the From/Subject lines' ends)."""
    display, address, host = rng.choice(VENDORS)
    slug = _slug(company)
    kind = rng.choices(("rejection", "received", "next_step", "other"), (4, 4, 1, 1))[0]
    subject = {
        "rejection": f"Update on your {company} application",
        "received": f"Thank you for applying to {company}",
        "next_step": f"{company}: interview invitation for {role}",
        "other": "Jobs you may be interested in",
    }[kind]
    sender = f"{display.format(company=company)} <{address.format(slug=slug)}>"
    html = template(rng, kind, company, role, host.format(slug=slug))
    if rng.random() < 0.15:
        sender = f"{person} <{person.split()[0].lower()}@{slug}.example>"
        subject = f"RE: {subject}"
        html = quoted_reply(rng, person, company, html)
    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        f"From: {sender}\nSubject: {subject}\n{headers}"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{encoded}\n"
    ).encode()
