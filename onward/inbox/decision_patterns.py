"""The phrase patterns of decision.py: what a sentence that turns the reader down says.

Three shapes: a progress verb negated (NEGATED: "we won't be advancing you"), someone else
chosen (OTHERS: "decided to pursue other applicants"), the job gone (GONE: "the position has
been filled"), and an explicit no or regret (DECLINED, REGRET). Kept apart from decision.py,
which reads sentences with them, so that each file stays readable (eleventh pass).
"""

from __future__ import annotations

import re

_NEG = (
    r"(?:not|no longer|unable to|won't|wont|will not|cannot|can't|didn't|did not|don't|do not|"
    r"doesn't|does not|haven't|have not|hasn't|has not|isn't|is not|aren't|are not|weren't|"
    r"were not|wasn't|was not|never|neither)"
)
_PROGRESS = (
    r"(?:mov(?:e|ed|ing)\s+(?:you\s+|your\s+\w+\s+)?(?:forward|ahead|on|further|to)|"
    r"proceed|progress|advanc|consider|select|chose|chosen|choos|shortlist|pursu|continu|invit|"
    r"hir(?:e|ing)\b|align|"
    r"tak(?:e|ing)\s+(?:your|it|this|things|you)\b[\w\s,]{0,60}?(?:further|forward|"
    r"into consideration|to the next|through to)|taken\s+(?:any\s+)?(?:further|forward)|"
    r"work(?:ing)?\s+out\b|"  # "it's not going to work out"
    # the job, not the reader: "we decided not to fill this role", "won't be filling it"
    r"fill(?:ing)?\s+(?:the|this|that|it)\b(?:\s+(?:[\w-]+\s+)?(?:role|position|job|vacancy|"
    r"opening))?|"
    # as English written by speakers of other languages says it: "your profile does not
    # correspond to the requirements", "your application did not make it to the next round"
    r"correspond\w*\s+(?:to|with)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:requirements|needs|"
    r"criteria|profile|expectations)|ma(?:ke|de)\s+it\s+(?:to|through|into)\s+(?:the|our)\b|"
    r"offer(?:ing)?\s+(?:you|employment|a position)|extend(?:ing)?\s+(?:you\s+)?an?\s+offer|"
    # "we did not retain your application" (French and Dutch English: "retenir", "weerhouden"),
    # "we cannot give a positive answer to your application"
    r"retain\w*\s+(?:your\s+)?(?:application|candidacy|candidature|profile|cv)\b|"
    r"giv(?:e|ing)\s+(?:you\s+)?(?:a\s+)?(?:positive|favou?rable)\s+(?:answer|reply|response|"
    r"outcome|follow-up)|"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:fit|match)\b|match|"
    # "your profile is not quite what we are looking for", "not suitable for this position",
    # "your profile doesn't fit the role"
    r"(?:quite\s+|exactly\s+)?what\s+(?:we|we're)\s+(?:are\s+)?(?:looking|need|seeking|searching)|"
    r"suitable\s+for\s+(?:this|the|our)\b|fit\s+(?:the|this|our)\s+(?:[\w-]+\s+)?(?:role|"
    r"position|job|profile|requirements|vacancy)\b|"
    r"the\s+(?:most|right|best)\s+(?:qualified|competitive|suitable)|successful|"
    r"(?:be\s+)?able\s+to\s+(?:move|offer|proceed|invite|consider|progress|explore|pursue)|"
    r"recruiting|reviewing\s+(?:applica|candida)|interviewing|hiring\s+for|"
    r"accepting\s+applica|(?:the\s+)?right\s+fit|"
    # "we will not be extending an interview", "does not meet the minimum qualifications",
    # "did not pass the assessment", "not in a position to offer", "not be scheduling an interview"
    r"extend(?:ing)?\s+(?:you\s+)?(?:an?\s+)?(?:interview|invitation)|meet(?:s|ing)?\s+(?:the|our|all)\b|"
    r"pass(?:ed)?\s+(?:the|our|this|your)\s+(?:[\w-]+\s+)?(?:assessment|test|screen\w*|evaluation|"
    r"challenge|stage|round|exam)|a\s+position\s+to\s+(?:offer|move|proceed|progress|invite|"
    r"consider|continue|extend)|schedul(?:e|ing)\s+(?:you\s+)?(?:for\s+)?(?:an?\s+|the\s+)?(?:next\s+|further\s+|"
    r"second\s+|follow-up\s+)?(?:interview|call)|"
    # "you were not among the candidates selected", "we do not have a role that suits you"
    r"among\s+(?:the\s+)?(?:[\w-]+\s+)?(?:candidates|applicants|finalists)|"
    # "yours was not among those retained", "we won't be able to go further with your application"
    r"among\s+(?:those|the\s+ones|the\s+profiles)\s+(?:retained|selected|chosen|shortlisted)|"
    r"go(?:ing)?\s+(?:any\s+)?further\s+with\s+(?:your|you|the|this)\b|"
    # the profile judged: "not in line with our current needs", "not aligned with what the role
    # requires", "not relevant enough", "not yet at the level we need"
    r"(?:in\s+line|aligned)\s+with\s+(?:our|the|what)\b|(?:relevant|senior|experienced|strong)\s+"
    r"enough\b|at\s+the\s+level\s+(?:we|required|needed|of)\b|"
    # "you are not the candidate we are looking for"; French "donner suite" carried into
    # English: "we will not follow up on your application", "cannot give a follow-up to it"
    r"the\s+(?:right\s+)?(?:candidate|profile|person)\s+(?:we|we're)\s+(?:are\s+)?(?:looking|"
    r"searching)\s+for|follow\s+up\s+on\s+(?:your|the|this)\s+(?:application|candidacy|"
    r"candidature)|give\s+(?:a\s+)?(?:positive\s+)?follow[\s-]up\s+to\b|"
    r"have\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:roles?|positions?|openings?|"
    r"vacanc(?:y|ies)|opportunit(?:y|ies))\s+(?:that|which|for you|available for you|matching))"
)
NEGATED = re.compile(rf"\b{_NEG}\s+(?:[\w']+\s+){{0,3}}?{_PROGRESS}")

OTHERS = re.compile(
    r"\b(?:decided|decision|chosen|chose|elected|opted|determined|going|moving|move|moved|"
    r"proceed\w*|pursu\w*|progress\w*|continu\w*|identified|selected|hired|considering|"
    r"filling|filled|go|gone|went|offered)\b[^.;:!?]{0,70}?"
    r"\b(?:other|another|others|different|alternative|more suitable|stronger|better)\b"
    # (not the reader told to keep looking: "continue exploring other career opportunities")
    r"(?!\s+(?:[\w-]+\s+)?(?:opportunit|openings?\b|roles?\b|positions?\b|jobs?\b|vacanc))"
    r"(?:\s+[\w-]+){0,2}?\s*(?:candidates?|applicants?|individuals?|people|profiles?|persons?|"
    r"direction|candidacies)?\b"
    r"|\bothers\s+(?:whose|who)\b"
    r"|\b(?:other|another)\s+(?:candidates?|applicants?)\s+(?:whose|who|that|better|more|may)\b"
    r"|\b(?:other|another) (?:candidates?|applicants?)\b[^.;!?]{0,40}\b(?:better|more closely|"
    r"closer|stronger|more relevant|more experience|more suitable)\b"
    r"|\b(?:found|identified|selected|chosen|have)\s+(?:a\s+)?(?:better|closer|stronger|more "
    r"suitable)\s+(?:match|fit|candidate|applicant|profile)\b"
    # compared with the reader: "we are looking for someone with more experience"
    # (not a job ad's "someone with more than three years of experience")
    r"|\blooking\s+for\s+(?:someone|somebody|a\s+candidate|a\s+profile|an\s+applicant)\s+with\s+"
    r"(?:(?:a\s+)?(?:different|other)\b|more\s+(?:relevant\s+)?(?:experience|seniority)\s*[.,;!]|"
    r"more\s+(?:relevant\s+)?(?:experience|seniority)$)"
    r"|\b(?:move|moving|go|going)\s+(?:forward|ahead)\s+with\s+(?:those|others|someone)\b"
    r"|\bdirection that better fits\b"
    r"|\blooking\s+for\s+(?:a\s+)?more\s+(?:senior|experienced)\s+(?:profile|candidate|person)\b"
    # a recruiting agency passing on its client's word: "they would rather go for someone..."
    r"|\brather\s+(?:go|move|continue|proceed)\s+(?:for|with)\s+(?:someone|somebody|another|"
    r"other|a\s+candidate)\b"
    # as Dutch and German say it in English: "our choice has fallen on another candidate",
    # "we have chosen for another candidate", "we opted for a candidate with more experience"
    r"|\bchoice\s+(?:has\s+|had\s+)?(?:fallen|fell|gone|went)\s+(?:on|to)\s+(?:another|a\s+different|"
    r"other|someone|somebody)\b"
    r"|\b(?:opted|chosen|chose|decided)\s+for\s+(?:a|an|another|the\s+other|other)\s+(?:[\w-]+\s+)?"
    r"(?:candidate|applicant|profile|person)s?\b(?!\s+(?:interview|call|pool|day))"
    r"|\bmade\s+(?:a\s+)?(?:different|another)\s+choice\b"
    r"|\b(?:decided|chosen|chose|opted|going)\s+to\s+hire\s+(?:(?:someone|somebody)\s+(?:with|"
    r"who|more)|(?:a|an)\s+(?:more|better)\s+(?:senior|experienced|qualified|suitable))\b"
    r"(?!\s+team)"
    # "we have decided to keep looking for a profile with more experience"
    r"|\b(?:keep|continue)\s+(?:looking|searching)\s+for\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:profile|candidate|person|applicant)\b"
    # "decided to pursue candidates whose...", "chosen to move forward with a candidate who...",
    # "decided to go with someone else", "we have gone with a candidate who..."
    r"|\b(?:decided|chosen|chose|opted|elected|decision|determined|prefers?|preferred)\s+"
    r"(?:was\s+)?to\s+(?:[\w-]+\s+){0,4}?(?:candidates?|applicants?|individuals?|someone|somebody|"
    r"people)\s+"
    r"(?:whose|who|that|with|else|more|better)\b"
    # "we decided to continue with profiles that match more closely"
    r"|\b(?:continu\w*|proceed\w*|go(?:ing)?\s+(?:forward|further|ahead)|mov\w*\s+(?:forward|"
    r"ahead))\s+with\s+(?:the\s+)?profiles\s+(?:whose|who|that|which|more|better|closer)\b"
    r"|\b(?:gone|went|going|moved|moving)\s+(?:forward\s+|ahead\s+)?with\s+(?:a|an|the)\s+"
    r"(?:candidate|applicant|individual|person)\s+(?:whose|who|that|with|more|better)\b"
    r"|\b(?:hired|offered|selected|chosen|chose|go|gone|went|going|found|picked)\b[^.;:!?]{0,40}?"
    r"\b(?:someone|somebody) else\b"
    # "there were many candidates whose profiles were more closely aligned": told, not promised
    r"|\b(?:candidates|applicants|profiles)\s+(?:whose|who|that)\b[^.;!?]{0,40}?\b(?:were|was|had)"
    r"\b[^.;!?]{0,30}?\b(?:more closely|better|more directly|closer)\b"
)
GONE = re.compile(
    r"\b(?:position|role|job|requisition|opening|vacancy|posting|opportunity|internships?|"
    r"program(?:me)?)\b[^.;:!?]{0,80}?\b(?:has|have|had|was|is|were)\s+(?:now\s+|just\s+|"
    r"recently\s+|since\s+|already\s+)?(?:been\s+)?(?:filled|closed|cancel+ed|put on hold|"
    r"withdrawn|fulfilled|paused|frozen|suspended|taken(?!\s+(?:into|in|care|to|up|on|over|by\s+you))|"
    r"at capacity|no longer (?:available|open|active))\b"
    # "we have decided to hold off on hiring for this role"
    r"|\bhold(?:ing)?\s+off\s+on\s+(?:hiring|filling|recruiting)\b"
    r"|\b(?:we|i)(?:\s+have|'ve)?\s+(?:just\s+|recently\s+|now\s+|already\s+)?(?:hired|filled)\b"
    r"(?!\s+(?:a|an|our)\s+new\b)"  # "we've hired a new recruiter who will schedule you"
    r"|\b(?:made|reached) a (?:selection|decision to hire)\b"
    r"|\bstop(?:ped)? (?:pursuing|recruiting|considering)\b"
    # "we have decided to stop the recruitment process with you"
    r"|\b(?:stop|end|clos|discontinu)\w*\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,2}?(?:process|"
    r"procedure)\s+with\s+you\b"
    r"|\b(?:decided|decision|have|had|going)\s+to\s+(?:stop|end|close|discontinue)\s+(?:the|our|this)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:process|procedure|recruitment|search)\b"
    r"(?!\s+(?:early|for you to|so that))"
    r"|\b(?:put|putting|placed|placing) (?:this|the) (?:position|role|search|requisition|"
    r"opening|hiring|recruitment|vacancy|process) on hold\b"
    r"|\bclos(?:e|ed|ing) (?:the|this) (?:requisition|position|role|search|vacancy|opening|job|"
    r"posting)\b"
    r"|\b(?:selected|hired|chosen|found) (?:another|a different|the right) (?:candidate|person|"
    r"applicant|individual)"
    # "we are moving forward with an internal candidate", "the role was filled internally"
    r"|\b(?:decided|chosen|chose|selected|hired|going|moving|move|proceed\w*|filled|offered)\b"
    r"[^.;:!?]{0,50}?\binternal(?:ly| candidate| applicant| hire)\b"
    # "we have selected a candidate", "the hiring manager has identified a candidate whose..."
    r"|\b(?:we|i|team|manager)\s+(?:have|has|'ve)\s+(?:now\s+|already\s+)?(?:selected|hired|"
    r"chosen|identified|found)\s+(?:a|an|another|our)\s+(?:[\w-]+\s+)?(?:candidate|applicant|"
    r"individual|person)\b"
    r"|\b(?:role|position|job|opportunity)\s+(?:you\s+applied\s+(?:for|to)\s+)?(?:has been|was|"
    r"is being|has now been)\s+"
    r"(?:offered|given|awarded)\s+to\s+(?:a|an|another|someone|somebody|the other|one of)\b"
    # "(we received many applications and) have now filled the role", "we've decided to
    # continue our search" (not "when we have completed our search": what is still to come)
    r"|\b(?:have|has|'ve)\s+(?:now\s+|just\s+|recently\s+|already\s+)?(?:filled|closed)\s+"
    r"(?:the|this|that|our)\s+(?:[\w-]+\s+)?(?:role|position|job|vacancy|opening|requisition)\b"
    r"|\b(?:decided|decision|chosen|opted)\s+(?:was\s+)?to\s+(?:continue|keep|extend|reopen|"
    r"restart)\s+(?:our|the)\s+(?:search|recruitment)\b"
    r"|\b(?:search|recruitment)\s+for\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:role|position|job)"
    r"\s+(?:has|have|is)\s+(?:now\s+)?(?:concluded|ended|closed)\b"
    # "an offer has been accepted for this position"
    r"|\ban\s+offer\s+(?:has\s+been|was)\s+(?:extended\s+(?:and\s+)?)?accepted\b"
)
# The reader's application closed, or run out, with no answer: "your application has been
# closed as the employer did not respond", "your request has expired" (nineteenth pass; not
# "your application was received and the posting has closed": what closed is the job's,
# which GONE reads). Its own pattern, tried only on a sentence that says "closed" or
# "expired": GONE is tried on every sentence that names a candidate or an applicant.
CLOSED = re.compile(
    r"\byour\s+(?:application|candidacy|candidature|request)\b(?:(?!\b(?:and|but|once|until|"
    r"when|if|after)\b)[^.;!?]){0,60}?\b(?:has\s+been|was|is\s+now|has\s+now\s+been|have\s+been|"
    r"has|had)\s+(?:automatically\s+|now\s+)?(?:closed|expired)\b(?!\s+(?:for|to)\s+(?:edit|chang))"
)
# An explicit no: "decided to decline your application", "your application was
# unsuccessful", "your candidacy has been declined", "status changed to Not Selected".
DECLINED = re.compile(
    r"\b(?:decided|decision|chosen|opted|have|had|must|need|going)\s+to\s+(?:respectfully\s+|"
    r"regretfully\s+)?(?:decline|reject|turn down|pass on|close)\s+(?:your|you)\b"
    r"|\byour\s+(?:application|candidacy|candidature|submission|profile)\b[^.;!?]{0,50}?\b"
    r"(?:has been|was|have been|is|had been)\s+(?:[\w-]+\s+)?(?:declined|rejected|unsuccessful|"
    r"not successful)\b"
    r"|\byou\s+(?:were|have been|had been|are)\s+(?:[\w-]+\s+)?unsuccessful\b"
    # a subject that says it: "Application unsuccessful", "Unsuccessful application - Analyst"
    # (not "unsuccessful applications will not be notified", about everyone)
    r"|\b(?:application|candidacy)\s+(?:was\s+)?unsuccessful\b|\bunsuccessful\s+(?:application|"
    r"candidacy)\b(?!s)"
    # "your application was not retained", "yours was not retained for the next phase" (not
    # "your data will not be retained": only the application), "it's a no from the team"
    r"|\b(?:your\s+(?:application|candidacy|candidature|profile|cv)|yours)\b[^.;!?]{0,50}?\b"
    r"(?:has|was|have|is|had|were)\s+not\s+(?:been\s+)?(?:retained|withheld)\b"
    r"|\b(?:it's|it is|it will be|it'll be)\s+an?\s+[\"']?no\b(?!-)"  # not "it's a no-brainer"
    # "your profile is too junior for the position", "we think you are overqualified"
    r"|\b(?:your\s+(?:profile|experience|background|cv|resume)|you|it)\b[^.;!?]{0,40}?\b(?:is|are|"
    r"was|were|seems?|looks?|'s|'re)\s+(?:a\s+bit\s+|slightly\s+|somewhat\s+|rather\s+)?(?:too\s+"
    r"(?:junior|senior)|overqualified|over-qualified|underqualified|under-qualified)\b"
    r"|\btoo\s+early\s+in\s+your\s+career\b"
    # an agency passing on its client's answer: "the client came back with negative feedback"
    r"|\b(?:came back with|received|got|gave|given|had)\s+(?:a\s+|some\s+)?negative\s+feedback\b"
    r"|\bfeedback\b[^.;!?]{0,40}?\b(?:was|is)\s+(?:unfortunately\s+)?(?:negative|not positive)\b"
    r"|\b(?:have|had|must|need)\s+to\s+say\s+no\b"
    r"|\b(?:have|had|must|need|sorry|afraid|regret)\s+to\s+disappoint\s+you\b"
    # "we see no match with the position", "there is no fit between your profile and the role"
    r"|\b(?:see|saw|find|found)\s+no\s+(?:[\w-]+\s+)?(?:match|fit)\b"
    r"|\bthere\s+(?:is|was)\s+no\s+(?:[\w-]+\s+)?(?:match|fit)\s+(?:between|with|for\s+(?:this|the)"
    r"\s+(?:[\w-]+\s+)?(?:position|role|job|vacancy|opening))\b"
    # "we must give you a negative answer" ("une réponse négative", "een negatief antwoord")
    r"|\b(?:give|giving|send|sending|have)\s+(?:you\s+)?a\s+negative\s+(?:answer|response|reply|"
    r"decision|outcome)\b"
    r"|\byour\s+(?:application|candidacy|candidature)\b[^.;!?]{0,30}?\bnot\s+be\s+(?:processed|"
    r"pursued|taken)\s+(?:any\s+)?further\b"
    r"|\byour\s+(?:application|candidacy|candidature)\b[^.;!?]{0,30}?\bnot\s+be\s+followed\s+up\b"
    # "we decided against moving forward with your application"
    r"|\b(?:decided|decide|decision|chose|chosen|opted|elected)\s+against\s+(?:moving|"
    r"proceeding|progressing|pursuing|advancing|continuing|taking|your|you)\b"
    # "we've decided to pass at this time", "we're going to pass on moving forward"
    r"|\b(?:decided|going|chosen|opted|have|had|need)\s+to\s+pass(?:\s+on\s+(?:moving|"
    r"proceeding|progressing|your|you)\b|\s+(?:at|for)\s+(?:this|the|now)\b|\s*[.,;!])"
    r"|\bstatus\b[^.;!?]{0,40}?\b(?:to|:|is)\s*[\"']?\s*(?:not selected|rejected|declined|"
    r"unsuccessful|not moving forward|no longer under consideration)\b"
)
REGRET = re.compile(
    r"\bregret(?:fully|tably)?\b[^.;!?]{0,30}\b(?:inform|to say|to tell|to let you know|"
    r"to share|to advise|that we|we)\b"
    r"|\bsorry to (?:inform|tell|let you know|say)\b"
    r"|\b(?:a|this) (?:difficult|tough) decision\b"
    # "we regret not being able to further process your application"
    r"|\bregret\w*\s+(?:not being|being unable|that we (?:are|were|can|could|will) not)\b"
)
