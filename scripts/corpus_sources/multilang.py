# ruff: noqa: RUF001, E501  (texts and addresses kept as published: typographic quotes, long lines)
"""French, Spanish and Dutch job-search mail nobody here wrote: product templates and pastes.

No public inbox of received job-search mail in these languages was found (docs/inbox.md says
what was searched). What there is, each message copied from where it is published:

- **Production templates of hiring products**: the text a candidate receives when an employer
  acknowledges, invites, declines… in that product. Each product is one sender (Odoo's
  French, Spanish and Dutch translations of one template too): one `group`, so it is never
  on both sides of the split. Template variables are filled with the product's own demo values
  where it has them (Odoo: "YourCompany", "Experienced Developer") and otherwise with the
  stand-ins in FILL; layout (HTML tables, buttons, address blocks) is reduced to its text.
- **Received mail pasted verbatim** in a public issue by the person who got it. (Messages
  61-65, a Spanish and four Dutch rejections quoted on three blogs, were taken out in the
  sixteenth pass: this corpus keeps only text from repositories and their issues' threads.)

Each message: n (its number in this source), origin (repository@commit:path, or the issue's
address), kind ("template" or "received"), subject, from, body, label, company ("" when none
is named), language, group. Labels were given by reading each message.
"""

from __future__ import annotations

ODOO = "odoo/odoo@{commit}:addons/hr_recruitment/i18n/{lang}.po"
ODOO_COMMIT = {
    "fr": "4effb5fce0f7008e69817b24b7768325514ab5a2",
    "es": "d908e4997680078e242ae20a557a6bdfd9ab88c9",
    "nl": "4e3d2394d42eba0298be69d157f384591804d217",
}
EMPLOIS = "gip-inclusion/les-emplois@543eae8d2d547947d3e3ead6dbb2e9668c16db44:itou/templates/apply/email/{name}"
JEPOSTULE = (
    "StartupsPoleEmploi/jepostule@19cf18b6f2d1d6cbfc69da0d7eab1dc8b923e34a:"
    "jepostule/pipeline/templates/jepostule/pipeline/emails/{name}.html"
)
# MIT licence
LBA = "mission-apprentissage/labonnealternance@4c80cf078a9690f12a712741610ba5e5e5480b0f:shared/constants/application.ts"
CDD = (
    "Bureau-Systeme-d-Information-BSI/civilsdeladefense@930b76185974dbbbad62b433220247fd76a7e043:"
    "app/views/applicant_notifications_mailer/{name}.html.erb"
)

# Stand-ins for template variables the product gives no demo value for.
FILL = {
    "company": "Atelier Solidaire du Val",
    "job": "Agent d'entretien des espaces verts",
    "service": "Civils de la Défense",
    "offer": 'DIRI46 "Spécialiste en sécurité informatique F/H"',
}

_ODOO_SIGN = {
    "fr": "YourCompany\nL'équipe RH",
    "es": "SuEmpresa\nEl equipo de RR.HH.",
    "nl": "YourCompany\nHet HR Team",
}
_ODOO_ADDRESS = (
    "Teksa SpA\nPuerto Madero 9710\nOf A15, Santiago (RM)\nPudahuel, C1, 98450\n{country}"
)

MESSAGES: list[dict[str, str]] = [
    # ---- Odoo Recruitment (hr_recruitment), LGPL-3.0: the four mail templates, translated
    {
        "n": "1",
        "origin": ODOO.format(commit=ODOO_COMMIT["fr"], lang="fr"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Bonjour,\n\nNous confirmons que nous avons bien reçu votre candidature pour le poste "
        'intitulé "Experienced Developer" chez YourCompany.\n\nNous reviendrons vers vous sous '
        "peu.\n\nDescription du poste\n\nQuelle est la prochaine étape ?\nEn général, nous "
        "répondons aux candidatures en quelques jours.\n\nN'hésitez pas à nous contacter si vous "
        "souhaitez un retour plus rapide ou si vous n'avez pas de nouvelles de notre part assez "
        "rapidement (vous pouvez répondre à cet email).\n\n"
        + _ODOO_ADDRESS.format(country="Argentine")
        + "\n",
        "label": "received",
        "company": "YourCompany",
        "language": "fr",
        "group": "odoo",
    },
    {
        "n": "2",
        "origin": ODOO.format(commit=ODOO_COMMIT["fr"], lang="fr"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Félicitations !\nVotre CV a été évalué positivement.\n\nNous venons d'examiner "
        "votre CV et il a attiré notre attention. Comme nous pensons que vous pourriez être idéal "
        "pour le poste, votre candidature a été présélectionnée pour un appel ou un entretien."
        "\n\nDescription du poste\n\nÀ bientôt,\n--\nL'équipe RH\nDécouvrez toutes nos offres "
        "d'emploi.\n\nQuelle est la prochaine étape ?\nEn général, nous répondons aux "
        "candidatures en quelques jours.\n\nLa prochaine étape est soit un appel, soit une "
        "rencontre dans nos bureaux.\nN'hésitez pas à nous contacter si vous souhaitez recevoir "
        "un feedback plus rapidement ou si vous ne recevez pas de nos nouvelles sous peu "
        "(répondez simplement à cet email).\n\n" + _ODOO_ADDRESS.format(country="Argentine") + "\n",
        "label": "next_step",
        "company": "",
        "language": "fr",
        "group": "odoo",
    },
    {
        # "Not interested anymore": sent when the candidate withdrew, not a decision against them
        "n": "3",
        "origin": ODOO.format(commit=ODOO_COMMIT["fr"], lang="fr"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Bonjour,\n\nNous tenons à vous remercier de votre intérêt et de votre temps.\n"
        "Nous vous souhaitons le meilleur dans vos projets futurs.\n\nBien à vous,\n--\n"
        + _ODOO_SIGN["fr"]
        + "\n",
        "label": "other",
        "company": "",
        "language": "fr",
        "group": "odoo",
    },
    {
        "n": "4",
        "origin": ODOO.format(commit=ODOO_COMMIT["fr"], lang="fr"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Bonjour,\n\nMerci de votre intérêt à rejoindre l'équipe de YourCompany. Nous "
        "tenons à vous informer que, bien que votre CV soit compétitif, notre équipe de "
        "recrutement a évalué votre candidature et ne l'a pas retenue pour un examen plus "
        "approfondi.\n\nNotez que le recrutement est un processus difficile et que nous pouvons "
        "faire des erreurs. N'hésitez pas à répondre à cet email si vous pensez que nous nous "
        "sommes trompés ou si vous désirez une explication plus détaillée de notre décision.\n\n"
        "Nous conservons toutefois votre CV et vous contacterons au sujet d'opportunités futures "
        "qui pourraient mieux convenir à vos compétences et votre expérience.\n\nNous vous "
        "souhaitons le meilleur dans votre recherche d'emploi et nous espérons avoir l'occasion "
        "de vous envisager pour une autre fonction.\n\nMerci,\n--\n" + _ODOO_SIGN["fr"] + "\n",
        "label": "rejection",
        "company": "YourCompany",
        "language": "fr",
        "group": "odoo",
    },
    {
        "n": "5",
        "origin": ODOO.format(commit=ODOO_COMMIT["es"], lang="es"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hola,\n\nLe confirmamos que hemos recibido su solicitud para el puesto "
        '"Desarrollador experimentado" en SuEmpresa.\n\nLe contactaremos pronto.\n\n'
        "Descripción del trabajo\n\n¿Cuál es el siguiente paso?\nNormalmente respondemos las "
        "solicitudes en unos días.\n\nSiéntase libre de contactarnos si desea una "
        "retroalimentación más rápida o si no recibe noticias de nosotros lo suficientemente "
        "rápido (solamente responda este correo electrónico).\n\n"
        + _ODOO_ADDRESS.format(country="Argentina")
        + "\n",
        "label": "received",
        "company": "SuEmpresa",
        "language": "es",
        "group": "odoo",
    },
    {
        "n": "6",
        "origin": ODOO.format(commit=ODOO_COMMIT["es"], lang="es"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "¡Felicidades!\nSu currículum recibió calificaciones positivas.\n\nAcabamos de "
        "revisar su currículum y nos llamó la atención. Como creemos que sería la persona "
        "adecuada para el puesto, su solicitud se preseleccionó para una llamada o una "
        "entrevista.\n\nDescripción del trabajo\n\nNos vemos pronto,\n--\nEl equipo de RR. HH.\n"
        "Descubra todos nuestros trabajos.\n\n¿Cuál es el siguiente paso?\nNormalmente "
        "respondemos las postulaciones en unos días.\n\n"
        + _ODOO_ADDRESS.format(country="Argentina")
        + "\n",
        "label": "next_step",
        "company": "",
        "language": "es",
        "group": "odoo",
    },
    {
        "n": "7",
        "origin": ODOO.format(commit=ODOO_COMMIT["es"], lang="es"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Estimado,\n\nLe agradecemos por su interés y su tiempo.\nLe deseamos lo mejor en "
        "sus futuros proyectos.\n\nSaludos\n--\n" + _ODOO_SIGN["es"] + "\n",
        "label": "other",
        "company": "",
        "language": "es",
        "group": "odoo",
    },
    {
        "n": "8",
        "origin": ODOO.format(commit=ODOO_COMMIT["es"], lang="es"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hola,\n\nGracias por mostrar interés en unirse al equipo de SuEmpresa. Queremos "
        "informarle que, aunque su currículum es competitivo, nuestro equipo de contratación "
        "revisó su solicitud y no la seleccionó para mayor consideración.\n\nTome en cuenta que "
        "reclutar es difícil y podemos cometer errores. No dude en contestar a este correo "
        "electrónico si piensa que hemos cometido un error, o si quiere más información sobre "
        "nuestra decisión.\n\nSin embargo, mantendremos su currículum en el registro y le "
        "contactaremos si hay oportunidades futuras que puedan ser más adecuadas para sus "
        "habilidades y experiencia.\n\nLe deseamos lo mejor en su búsqueda de empleo y esperamos "
        "tener la oportunidad de considerarlo para otro puesto en el futuro.\n\nGracias,\n--\n"
        + _ODOO_SIGN["es"]
        + "\n",
        "label": "rejection",
        "company": "SuEmpresa",
        "language": "es",
        "group": "odoo",
    },
    {
        "n": "9",
        "origin": ODOO.format(commit=ODOO_COMMIT["nl"], lang="nl"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hella,\n\nWe bevestigen dat we je sollicitatie voor de vacature succesvol hebben "
        'ontvangen "Experienced Developer" at YourCompany.\n\nWe komen snel bij je terug.\n\n'
        "Vacatureomschrijving\n\nWat is de volgende stap?\nNormaal gesproken beantwoord "
        "sollicitaties binnen een paar dagen.\n\nVoel je vrij om om contact met ons op te nemen "
        "als je een snellere feedback wilt of als je niet snel genoeg nieuws van ons krijgt "
        "(beantwoord deze e-mail).\n\n" + _ODOO_ADDRESS.format(country="Argentina") + "\n",
        "label": "received",
        "company": "YourCompany",
        "language": "nl",
        "group": "odoo",
    },
    {
        "n": "10",
        "origin": ODOO.format(commit=ODOO_COMMIT["nl"], lang="nl"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Gefeliciteerd!\nJe cv is positief beoordeeld.\n\nWe hebben net je cv bekeken en "
        "deze viel ons op. Omdat we denken dat je misschien geschikt bent voor de positie, staat "
        "je sollicitatie op de shortlist voor een telefoongesprek of een interview.\n\n"
        "Vacatureomschrijving\n\n" + _ODOO_ADDRESS.format(country="Argentina") + "\n",
        "label": "next_step",
        "company": "",
        "language": "nl",
        "group": "odoo",
    },
    {
        "n": "11",
        "origin": ODOO.format(commit=ODOO_COMMIT["nl"], lang="nl"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Beste,\n\nWe willen je bedanken voor je interesse en je tijd.\nWe wensen je het "
        "allerbeste bij je toekomstige sollicitaties.\n\nBeste\n--\n" + _ODOO_SIGN["nl"] + "\n",
        "label": "other",
        "company": "",
        "language": "nl",
        "group": "odoo",
    },
    {
        "n": "12",
        "origin": ODOO.format(commit=ODOO_COMMIT["nl"], lang="nl"),
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Hallo,\n\nBedankt voor je interesse om lid te worden van het YourCompany team. We "
        "wilde je even laten weten, dat hoewel je cv competitief is, ons wervingsteam heeft je "
        "sollicitatie beoordeeld en hebben deze niet geselecteerd voor een verdere overweging."
        "\n\nHoud er rekening mee dat werving moeilijk is, en we kunnen fouten maken. Aarzel niet "
        "om deze e-mail te beantwoorden als je denk dat we een fout hebben gemaakt, of als je meer "
        "informatie wilt over onze beslissing.\n\nWe zullen je cv echter bewaren en contact met "
        "je opnemen over toekomstige mogelijkheden die beter passen bij je vaardigheden en "
        "ervaring.\n\nWe wensen je veel succes met je zoektocht naar een baan en hopen dat we de "
        "kans krijgen om je te overwegen voor een andere rol in de toekomst.\n\nDank je,\n--\n"
        + _ODOO_SIGN["nl"]
        + "\n",
        "label": "rejection",
        "company": "YourCompany",
        "language": "nl",
        "group": "odoo",
    },
]

_C, _J = FILL["company"], FILL["job"]
MESSAGES += [
    # ---- Les emplois de l'inclusion (GIP de l'inclusion), AGPL-3.0: mail to the job seeker
    {
        "n": "20",
        "origin": EMPLOIS.format(name="new_for_job_seeker_body.txt"),
        "kind": "template",
        "subject": f"Candidature chez {_C} envoyée",
        "from": "",
        "body": f"Candidature chez {_C} envoyée avec succès !\n\n*Nom de la structure* : {_C}\n\n"
        f"*Métier recherché* :\n\n- {_J}\n\n*Informations transmises à la structure* :\n\n"
        "- Nom : MARTIN\n- Prénom : Claire\n\n---\nPour vous connecter avec votre adresse "
        "e-mail, cliquez ici : https://emplois.inclusion.beta.gouv.fr/accounts/login/\n"
        "Mot de passe oublié ? Cliquez ici : "
        "https://emplois.inclusion.beta.gouv.fr/accounts/password/reset/\n",
        "label": "received",
        "company": _C,
        "language": "fr",
        "group": "les-emplois",
    },
    {
        "n": "21",
        "origin": EMPLOIS.format(name="accept_for_job_seeker_body.txt"),
        "kind": "template",
        "subject": "Candidature acceptée",
        "from": "",
        "body": f"Votre candidature a été acceptée par {_C}.\n",
        "label": "offer",
        "company": _C,
        "language": "fr",
        "group": "les-emplois",
    },
    {
        "n": "22",
        "origin": EMPLOIS.format(name="refuse_body_for_job_seeker.txt"),
        "kind": "template",
        "subject": "Candidature déclinée",
        "from": "",
        "body": f"Votre candidature chez {_C} n'a malheureusement pas pu aboutir.\n\nNous vous "
        "souhaitons bon courage dans votre recherche et sommes persuadés que votre démarche "
        "aboutira ailleurs.\n",
        "label": "rejection",
        "company": _C,
        "language": "fr",
        "group": "les-emplois",
    },
    {
        # on hold: no decision yet
        "n": "23",
        "origin": EMPLOIS.format(name="postpone_for_job_seeker_body.txt"),
        "kind": "template",
        "subject": f"Votre candidature mise en attente par ACI {_C}",
        "from": "",
        "body": f"Bonjour,\n\nSuite à votre candidature au sein de la structure ACI {_C}, "
        "l’employeur a mis votre candidature en attente.\n",
        "label": "other",
        "company": "",
        "language": "fr",
        "group": "les-emplois",
    },
    {
        "n": "24",
        "origin": EMPLOIS.format(name="transfer_job_seeker_body.txt"),
        "kind": "template",
        "subject": "Votre candidature a été transférée à une autre structure",
        "from": "",
        "body": f"Candidature transférée\n\nL’employeur de la structure {_C} a transféré votre "
        "candidature à la structure Régie de quartier Est.\n",
        "label": "other",
        "company": "",
        "language": "fr",
        "group": "les-emplois",
    },
    # ---- Je Postule (Pôle emploi), AGPL-3.0: the employer's answers to a candidate
    {
        "n": "30",
        "origin": JEPOSTULE.format(name="rejection"),
        "kind": "template",
        "subject": f"Réponse de l'entreprise {_C}",
        "from": "",
        "body": "Bonjour,\n\nNous vous remercions de l'intérêt que vous manifestez pour notre "
        f"entreprise en déposant votre candidature pour le poste de {_J.lower()}.\n\nNous avons "
        "étudié votre dossier avec la plus grande attention. Cependant, nous ne sommes pas en "
        "mesure de donner une suite favorable à votre candidature.\n\nEn vous souhaitant "
        f"d'aboutir rapidement dans vos recherches,\n\nCordialement,\n\n{_C}\n",
        "label": "rejection",
        "company": _C,
        "language": "fr",
        "group": "jepostule",
    },
    {
        "n": "31",
        "origin": JEPOSTULE.format(name="interview"),
        "kind": "template",
        "subject": f"Réponse de l'entreprise {_C}",
        "from": "",
        "body": f"L'entreprise {_C} vous répond suite à votre candidature spontanée.\n\n"
        "Proposition d'entretien d'embauche\n\nSi vous êtes disponible, Sophie Bernard aimerait "
        "s'entretenir avec vous le 12 mars 2020 à 10:00.\n\nL'entretien se déroulera dans les "
        "locaux de l'entreprise.\n\nConfirmez votre disponibilité pour ce rendez-vous\n\n"
        "Sophie Bernard\n",
        "label": "next_step",
        "company": _C,
        "language": "fr",
        "group": "jepostule",
    },
    {
        "n": "32",
        "origin": JEPOSTULE.format(name="request_info"),
        "kind": "template",
        "subject": f"Réponse de l'entreprise {_C}",
        "from": "",
        "body": "Bonjour,\n\nNous vous remercions de l'intérêt que vous manifestez pour notre "
        f"entreprise.\n\nAfin d'étudier au mieux votre candidature au poste de {_J}, nous "
        "souhaitons avoir des informations supplémentaires.\n\nDemande d'informations "
        "complémentaires\n\nNous vous remercions par avance pour votre réponse,\n\nCordialement,"
        "\n\nSophie Bernard\n\nPour répondre au recruteur\n\nSophie Bernard\n",
        "label": "other",
        "company": "",
        "language": "fr",
        "group": "jepostule",
    },
    {
        "n": "33",
        "origin": JEPOSTULE.format(name="application_confirmation"),
        "kind": "template",
        "subject": f"Candidature spontanée - {_J}",
        "from": "",
        "body": f"Candidature spontanée au poste de {_J}\n\nEntreprise contactée\n{_C}\n\n"
        f"Candidature spontanée - {_J}\n\nN'hésitez pas à relancer cette entreprise si vous n'avez "
        "pas de nouvelle dans 15 jours.\n\nSolution proposée par Pôle emploi.\n",
        "label": "received",
        "company": _C,
        "language": "fr",
        "group": "jepostule",
    },
    # ---- La bonne alternance (mission apprentissage), the employer's default answers
    {
        "n": "40",
        "origin": LBA,
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Bonjour, \r\n\r\nMerci pour l'intérêt que vous portez à notre établissement. Nous "
        "avons étudié votre candidature avec attention. Nous ne sommes malheureusement pas en "
        "mesure de lui donner une suite favorable. \r\n\r\nNous vous souhaitons bonne chance dans "
        "vos recherches. \r\n\r\nBonne continuation",
        "label": "rejection",
        "company": "",
        "language": "fr",
        "group": "labonnealternance",
    },
    {
        # the interview answer as it stands at this commit: a warm acknowledgement that names
        # no interview yet, with a conditional "not selected" after 30 days
        "n": "41",
        "origin": LBA,
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Bonjour, \r\n\r\nNous avons bien reçu votre candidature et vous en remercions. "
        "\r\n\r\nVotre candidature a retenu notre attention. \r\n\r\nNous examinons l'ensemble des "
        "candidatures reçues, et reviendrons vers vous prochainement. \r\n\r\nSans réponse de "
        "notre part d’ici 30 jours, veuillez considérer que votre candidature n’a pas été "
        "retenue.\r\n\r\nCordialement,",
        "label": "received",
        "company": "",
        "language": "fr",
        "group": "labonnealternance",
    },
    {
        # the same answer in an earlier version of the file (read from the code index)
        "n": "42",
        "origin": "mission-apprentissage/labonnealternance (earlier version of "
        "shared/constants/application.ts)",
        "kind": "template",
        "subject": "",
        "from": "",
        "body": "Bonjour, \r\n\r\nMerci pour l'intérêt que vous portez à notre établissement. "
        "\r\n\r\nVotre candidature a retenu toute notre attention et nous souhaitons échanger "
        "avec vous. \r\n\r\nPouvez-vous me recontacter au numéro de téléphone ou via l'email "
        "ci-dessous afin que nous puissions convenir d'un rendez-vous ?",
        "label": "next_step",
        "company": "",
        "language": "fr",
        "group": "labonnealternance",
    },
    # ---- Civils de la Défense (ministère des Armées), AGPL-3.0: mail to the candidate
    {
        "n": "50",
        "origin": CDD.format(name="notify_rejected"),
        "kind": "template",
        "subject": f"Votre candidature à l'offre Spécialiste en sécurité informatique F/H sur "
        f"{FILL['service']}",
        "from": "",
        "body": f"Bonjour Claire Martin,\n\nVous recevez ce message parce que vous avez candidaté "
        f"à l'offre {FILL['offer']}.\n\nMalheureusement, après l’étude de votre candidature, nous "
        "ne pouvons pas actuellement y donner une suite favorable.\n\nNous vous invitons à "
        f"consulter régulièrement les offres proposées sur notre site {FILL['service']}.\n\n"
        f"Cordialement,\n\nL'équipe {FILL['service']}\n",
        "label": "rejection",
        "company": FILL["service"],
        "language": "fr",
        "group": "civilsdeladefense",
    },
    {
        "n": "51",
        "origin": CDD.format(name="notify_new_state"),
        "kind": "template",
        "subject": f"Votre candidature à l'offre DIRI46 sur {FILL['service']}",
        "from": "",
        "body": f"Bonjour Claire Martin,\n\nVous recevez ce message parce que vous avez candidaté "
        f"à l'offre {FILL['offer']}.\n\nVotre candidature est passée à l'étape Entretien "
        "d'embauche. Merci de bien vouloir consulter votre candidature pour vérifier si une "
        "action est requise de votre part.\n\nVeuillez-vous connecter à votre espace Mes "
        f"candidatures.\n\nCordialement,\n\nL'équipe {FILL['service']}\n",
        "label": "next_step",
        "company": FILL["service"],
        "language": "fr",
        "group": "civilsdeladefense",
    },
    {
        "n": "52",
        "origin": CDD.format(name="notify_withdrawn"),
        "kind": "template",
        "subject": f"Votre candidature à l'offre Spécialiste en sécurité informatique F/H sur "
        f"{FILL['service']} – Confirmation de votre désistement",
        "from": "",
        "body": "Bonjour Claire Martin,\n\nLe désistement suite à votre candidature à l’offre "
        '"Spécialiste en sécurité informatique F/H" a bien été pris en compte.\n\nVotre profil '
        "candidat reste disponible dans notre vivier de candidature : n’oubliez pas de le mettre "
        f"à jour régulièrement.\n\nCordialement,\n\nL'équipe {FILL['service']}\n",
        "label": "other",
        "company": "",
        "language": "fr",
        "group": "civilsdeladefense",
    },
    # ---- Received mail, pasted verbatim by the person who got it
    {
        # NathanDuma/LinkedIn-Easy-Apply-Bot issue 3, comment of 2021-05-29: a bilingual
        # rejection (French, then English), the candidate's name kept as pasted
        "n": "60",
        "origin": "https://github.com/NathanDuma/LinkedIn-Easy-Apply-Bot/issues/3",
        "kind": "received",
        "subject": "",
        "from": "",
        "body": "Bonjour Joshua,\n\nMerci de votre intérêt pour le poste Spécialiste du Cloud "
        "DevOps/ DevOps Cloud Specialist. Après avoir soigneusement examiné vos qualifications, "
        "nous avons décidé de continuer nos recherches de candidats qui, selon nous, répondent "
        "plus étroitement à nos besoins en ce moment.\n\nNous apprécions votre temps et l'intérêt "
        "pour la société et de nous considérer comme un employeur potentiel. Nous conserverons "
        "votre CV dans nos dossiers et vous contacterons si nous avons un rôle qui correspond à "
        "vos qualifications\n\nJe vous remercie!\n\nL'équipe de recrutement\n"
        "=============================================================\nHi Joshua,\n \nThank "
        "your interest in the Spécialiste du Cloud DevOps/ DevOps Cloud Specialist position. "
        "After carefully reviewing your qualifications, we have decided to pursue other "
        "candidates whom we feel more closely meet our needs at this time. \n \nWe appreciate "
        "your time and interest in the Company and for considering us as a potential employer. "
        "We will retain your resume on file and contact you should we have a role that suits "
        "your qualifications \n \nThank you!\n",
        "label": "rejection",
        "company": "",
        "language": "fr",
        "group": "duma-issue-3",
    },
]
