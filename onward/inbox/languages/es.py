"""Spanish: how a decision against the reader is said.

"no ha sido seleccionado/a", "hemos decidido no continuar con tu candidatura", "no
avanzaremos con tu proceso"; someone else chosen: "hemos decidido continuar con otros
candidatos", "otros perfiles que se ajustan más"; the job gone: "la vacante ha sido
cubierta"; regret: "lamentamos informarte", "sentimos comunicarle".
"""

from __future__ import annotations

import re

from . import Reader

_W = r"[\w'-]+"
_PROGRESS = (
    r"(?:seleccionad|continu|avanz|seguir adelante|seguir con|proceder|contar con|"
    r"consider|tener en cuenta|pas(?:ar|arás|ará|a) a la siguiente|ofrec|encaj|ajust|"
    r"prosper|elegid|cumpl)"
)
NEGATED = re.compile(rf"\bno\s+(?:{_W}\s+){{0,5}}?{_PROGRESS}")
OTHERS = re.compile(
    rf"\b(?:continuar|avanzar|seguir|optado|optar|elegido|seleccionado|decidido|quedado|"
    rf"apostado)\b\s+(?:{_W}\s+){{0,3}}?(?:otros|otras|otro|otra)\s+(?:candidat|perfil|"
    r"persona|postulant|aspirant)"
    r"|\b(?:otros|otras) (?:candidat|perfil|postulant)\w*[^.;!?]{0,60}?\b(?:se ajust|encaj|"
    r"más (?:adecuad|alineado|cercan)|mejor)"
)
GONE = re.compile(
    r"\b(?:vacante|puesto|posición|plaza|oferta|proceso)\b[^.;!?]{0,60}?\b(?:ha sido|fue|"
    r"está|ha quedado|se ha)\s+(?:ya\s+)?(?:cubiert|cerrad|cancelad|ocupad|finalizad)"
    # the application closed, or run out, unanswered: "tu candidatura ha sido cerrada",
    # "su solicitud ha caducado" (nineteenth pass)
    r"|\b(?:tu|su) (?:candidatura|solicitud|postulación)\b[^.;!?]{0,80}?\b(?:(?:ha sido|fue|"
    r"ha quedado)\s+(?:automáticamente\s+)?(?:cerrada|caducada|expirada)|"
    r"ha (?:caducado|expirado))\b"
)
REGRET = re.compile(
    r"\b(?:lamentamos|sentimos|lamento|siento) (?:mucho )?(?:informar|comunicar|decir)\w*"
    r"|\bno (?:son|es) (?:las|la) (?:noticias|noticia) que\b"
)
CONDITION = re.compile(
    r"\b(?:si|en caso de|en el caso|cuando|a menos que|salvo que|siempre que|de no)\b"
)
NOT_ABOUT_YOU = re.compile(
    r"\bno (?:dudes|dude|duden) en\b|\bno (?:respondas|responda|responder)\b"
    r"|\bno (?:todos|todas|a todos)\b|\bno (?:podremos|podemos) responder\b"
)
READER = Reader((NEGATED, OTHERS, GONE, REGRET), CONDITION, NOT_ABOUT_YOU)
