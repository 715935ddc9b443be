# ruff: noqa: E501, RUF001  (texts kept as received: long lines, typographic dashes)
"""Received English mail two more job seekers committed with their trackers (thirteenth pass).

The test of MaxBear/maxhire's reader (2026) quotes seven messages its owner
received applying for software-engineering work, the name replaced by "xx"/"xxx" (two
versions of `analyzer/openai/llm_test.go`; a fourth message of the first version has no text
and is left out); no licence is stated in the repository. Islam Tayeb's tracker
(IslamTayeb/job-sheet-tracker, 2025, MIT, as its `setup.py` says) gives its language model six
examples of mail he received, each under "<Example k>" in `jobtrack/tracker.py`; the texts are
taken as he pasted them (subject, sender and text where he gives them), his analyses left out.

Same fields and rules as `pasted_en.py`: each repository is one sender (`group`, its name in
lower case), so the hash of that name puts all its mail on one side of the split. Labels by
reading: six acknowledgements (received), four rejections (Dynata, Uber, Affinity's position
filled, SoFi), a survey about the application experience and an account-verification message
(other). The Johnson & Johnson acknowledgement names the subsidiary applied to and is signed
by the group; its company is the group, as the mail signs.
"""

from __future__ import annotations

MESSAGES: list[dict[str, str]] = [
    {
        "n": "113",
        "origin": "MaxBear/maxhire@67ebebfbca0b15545a9769a5de746e67b5963db9:analyzer/openai/llm_test.go (email 1)",
        "kind": "received",
        "subject": "Update on Your Application for Sr. Software Engineer",
        "from": "dynata <dynata@myworkday.com>",
        "body": " Dear xxx,   Thank you for your interest in the Sr. Software Engineer at Dynata. We  appreciate the time and effort you put into your application.  After careful consideration, we regret to inform you that we have decided  to move forward with other candidates whose qualifications more closely  align with the requirements of the role. While we won’t be progressing with  your application at this time, we encourage you to explore future  opportunities with us as they arise.  We sincerely appreciate your interest in Dynata and wish you the best in  your job search and future career endeavors.  Best regards, Dynata  dynata.com <https://www.dynata.com/> This email was intended for nayang@maxbearwiz.com ",
        "label": "rejection",
        "company": "Dynata",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "114",
        "origin": "MaxBear/maxhire@67ebebfbca0b15545a9769a5de746e67b5963db9:analyzer/openai/llm_test.go (email 3)",
        "kind": "received",
        "subject": "Thank you for your interest in Uber",
        "from": "Do Not Reply at Uber <uber+email+3m58k-5b0a3c20d7@talent.icims.com>",
        "body": "Hi xxx,   Thank you so much for taking the time to apply for the Sr. Software Engineer role at Uber. We’ve reviewed your application and, while your resume and skills are impressive, the hiring team has decided to move forward with other candidates whose skills and experience are a closer match to what the team needs right now.   That said, we think you have great skills, and we’d love to stay connected! We encourage you to visit our Uber Careers website to explore other opportunities that may be a better fit, now or in the future.   If you have any questions please don’t hesitate to reach out and we wish you all the best in your job search.   Sincerely, Do Not Reply at Uber    Uber takes your privacy seriously. Please note by agreeing to engage with Uber Recruiting, you are consenting on the collection and use of your candidate information. To learn how we collect and use your information, and learn about your rights under GDPR, please visit our Privacy Statement.                           Get help  Privacy  Terms     Community                       Uber Technologies  1725 3rd Street, San Francisco 94158 Uber.com                        ************************************************** This message was sent to nayang@maxbearwiz.com. If you don't want to receive these emails from this company in the future, please go to: https://tracking.icims.com/f/a/7VPi6FtxobLzms8Dqz4oDQ~~/AAIB5hA~/fdm4QYAZ2HZ6D6szeIAf5WGZrQ97M8q4ccn2-HnZ25H-tw8sX8iJsrcXi6DRdnIclo4fV7V301N8VLgqRdv1wgcu-G2eh-qtHXpASNjKcgFokE8lGLnrQ1FyvcfekyRALOkBZBkhsTJiVe8e_m4KCFDcbVO2nu4FVLqqIYaeaqI~  /n &#169; Uber, 1455 Market Street San Francisco CA 94103 USA/n ",
        "label": "rejection",
        "company": "Uber",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "115",
        "origin": "MaxBear/maxhire@67ebebfbca0b15545a9769a5de746e67b5963db9:analyzer/openai/llm_test.go (email 4)",
        "kind": "received",
        "subject": "Thank you for your interest in Instacart!",
        "from": "no-reply@instacart.com",
        "body": "Hi xxx,  Thanks for your interest in Instacart! We have received your application for our Senior Site Reliability Engineer II  role and are working as fast as we can to review it. If our hiring team sees a match for what they’re looking for, we’ll be in touch about next steps, stay tuned.  In the meantime, get a taste of what life is like at Instacart!  * See what our team is up to on theBlog ( https://news.instacart.com/ ) andLinkedIn ( https://www.linkedin.com/company/instacart )  * Meet some of our “Carrots” and check out our SF office onThe Muse ( https://www.themuse.com/profiles/instacart )  * Learn about what ourengineers are building ( https://tech.instacart.com/ ) or what ourdesign team is pear-fecting ( https://medium.com/instacart-design )  * Get a taste of our culture on our Taste of Instacart Blog ( https://www.instacart.com/company/taste-of-instacart/ )  * Check out what our team says about Instacart being agreat place to work ( https://www.greatplacetowork.com/certified-company/7014078 )  Here's what to expect from our interview process:  We'll be in touch,  The Instacart Recruiting Team  ----  At Instacart, we use BrightHire ( https://brighthire.com/ ) to record our interviews as part of our efforts to ensure an engaging hiring experience (more conversation, less note-taking). Your privacy is very important to us. If you prefer not to have any future interview recorded, you can opt-out by clicking here ( https://app.brighthire.ai/candidate-opt-out/f6sN6Ua0TqefpX7fN1XD-g ). This decision will not affect your candidacy with us in any way. Please note that we cannot provide access to interview recordings or transcripts.  Brighthire is just one of many ways we've adopted generative AI into how we work smarter. Learn more about other ways we are using AI internally ( https://tech.instacart.com/unlocking-efficiency-how-ava-became-our-ai-productivity-partner-f1a560686361 ) and in our Instacart App ( https://www.instacart.com/company/updates/bringing-inspirational-ai-powered-search-to-the-instacart-app-with-ask-instacart/ ).",
        "label": "received",
        "company": "Instacart",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "116",
        "origin": "MaxBear/maxhire@b74dddd1c7cdb5aacde9620b5ba56a56d02ea30b:analyzer/openai/llm_test.go (email 1)",
        "kind": "received",
        "subject": "Thank you for your application for Software Engineer – Developer Workflows & Infrastructure Automation",
        "from": "no-reply@us.greenhouse-mail.io",
        "body": "Hello xx,  Thank you for your interest in Lyft! We wanted to let you know we received your application for Software Engineer – Developer Workflows & Infrastructure Automation, and we are delighted that you would consider joining our team. The Recruiting team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our Careers ( https://www.lyft.com/careers ) page as we're growing and adding openings.  Due to the volume of applications, we want to be respectful of your time and let you know that we will only be reaching out to candidates who are an immediate fit for a role.  Want to learn more about what it's like to work for Lyft? Check out Lyft's LinkedIn page ( https://www.linkedin.com/company/lyft/life/ ) and the Lyft Blog ( https://blog.lyft.com/ ).  Thank you, The Lyft Team",
        "label": "received",
        "company": "Lyft",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "117",
        "origin": "MaxBear/maxhire@b74dddd1c7cdb5aacde9620b5ba56a56d02ea30b:analyzer/openai/llm_test.go (email 2)",
        "kind": "received",
        "subject": "Zapier: Thanks for applying — here’s what’s next!",
        "from": "Zapier Hiring Team <no-reply@ashbyhq.com>",
        "body": "Hi xx,  Beep, boop, bop! This is our friendly Zapbot confirming we received your application for the Sr. Software Engineer (L4) role at Zapier.  Thanks for applying! We're receiving a very high volume of applications, so while a real human will review yours, it may take up to 14 days for us to get back to you with a decision. If you have any questions while we review it, our https://jobs-page-22fc3d.zapier.app/ (built with Zapier) is standing by with answers about the role, our hiring process, and life at Zapier.  While you wait, dive into these quick guides to get hands-on with Zapier and AI models. Familiarity with automation and AI will set you up for success during interviews and on the job!   - https://zapier.com/blog/get-started-with-zapier/ – build your first Zap in minutes and see our platform in action.   - https://zapier.com/blog/zapier-ai-orchestration-platform/?utm_source=chatgpt.com – shows how to plug powerful AI tools into thousands of apps and build smart, time-saving workflows in minutes.   - https://www.anthropic.com/ai-fluency – a beginner-friendly course on when to let AI help, how to ask it clearly, spot mistakes, and use it responsibly.  Talk soon!  The Zapier Team",
        "label": "received",
        "company": "Zapier",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "118",
        "origin": "MaxBear/maxhire@b74dddd1c7cdb5aacde9620b5ba56a56d02ea30b:analyzer/openai/llm_test.go (email 3)",
        "kind": "received",
        "subject": "Update on Your Application with Affinity.co",
        "from": "no-reply@affinity.co",
        "body": "Hello xx,  Thank you for your interest in Affinity ( https://www.affinity.co/ ) and for taking the time to apply for the Senior Software Engineer, Data position. We are always amazed at how many wonderful people want to work with us, and we enjoyed reviewing your professional experience.  We are reaching out with an update on our end. The interview process advanced, and the Senior Software Engineer, Data position is now filled. We greatly appreciate you applying and sharing your skills and experience with us. We'll keep your information on file and look forward to reaching out to you when the right opportunity arises.  Thanks again for the time you invested in completing our application, and we wish you success with your job search and in your career.  Warmly,  Affinity Talent Team",
        "label": "rejection",
        "company": "Affinity",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "119",
        "origin": "MaxBear/maxhire@b74dddd1c7cdb5aacde9620b5ba56a56d02ea30b:analyzer/openai/llm_test.go (email 4)",
        "kind": "received",
        "subject": "Thanks for applying to Stripe!",
        "from": "no-reply@stripe.com",
        "body": "Hi xx,  Thanks so much for submitting your application for the Backend Engineer, Data role! Our Recruiting team will review what you've sent as soon as possible. We do our best to get back to everyone who applies, but please note that, due to the number of applications we receive, we aren't always able to reply to every candidate.  In the meantime, feel free to check out our quick guide to culture at Stripe [0], our blog [1], and our LinkedIn page [2] to get a feel for what we're up to at Stripe!  Wishing you the best in your search,  Stripe  [0] https://stripe.com/jobs/culture  [1] https://stripe.com/blog  [2] https://www.linkedin.com/company/stripe  ** This email is sent from an outbound-only address, and we can't see replies.",
        "label": "received",
        "company": "Stripe",
        "language": "en",
        "group": "maxhire",
    },
    {
        "n": "120",
        "origin": "IslamTayeb/job-sheet-tracker@41f5056428322259020f38c3832e3c495041d2e6:jobtrack/tracker.py (example 1)",
        "kind": "received",
        "subject": "",
        "from": "",
        "body": "Islam -\n\nWe think it's awesome that you chose to apply with us.  As you know, T-Mobile is changing the wireless industry for good.  And that means we're always listening to find out how we can do better.\n\nWill you help us by taking a short survey to tell us about your experience applying for job requisition (REQ293888)? Your responses will have no impact on your candidacy.\n\n\nACCESSING THE SURVEY\nIf clicking on the link does not take you directly to the survey, please copy and paste the url into the address bar of your internet browser.\nSTART THE SURVEY\n\n\n\nNEED HELP?\n\nFor technical help while completing this survey, please visit our Support page.\n\n\nPlease click the link below if you would like to opt out of receiving further communications about this requisition ID:\nOpt out",
        "label": "other",
        "company": "",
        "language": "en",
        "group": "job-sheet-tracker",
    },
    {
        "n": "121",
        "origin": "IslamTayeb/job-sheet-tracker@41f5056428322259020f38c3832e3c495041d2e6:jobtrack/tracker.py (example 2)",
        "kind": "received",
        "subject": "Point72 Employment Application - thanks!",
        "from": "talent@cubistsystematic.com",
        "body": "Hi Islam,\n\nThanks for submitting your application for Quantitative Research Intern and your interest in the firm.\n\nOur team will review your application and we will be in touch if your skills and experience are a good fit for this or any other roles that are currently open.",
        "label": "received",
        "company": "Point72",
        "language": "en",
        "group": "job-sheet-tracker",
    },
    {
        "n": "122",
        "origin": "IslamTayeb/job-sheet-tracker@41f5056428322259020f38c3832e3c495041d2e6:jobtrack/tracker.py (example 3)",
        "kind": "received",
        "subject": "Success! We've received your application",
        "from": '"HERE @ icims" <here+autoreply@talent.icims.com>',
        "body": "Hi Islam,\n\nGreat news! We've received your application for the Software Engineer Intern 2025-75486\nposition. We could not be more excited that you are considering HERE Technologies as your destination and sincerely respect the time it took you to apply.\n\nAlthough this is an automated response, we will carefully review your resume and qualifications as they relate to the role(s) you applied for. While sometimes we can find ourselves buried in resumes, you will receive an update from a real person within a week. After all, we've all been in the position of waiting to hear back from someone.\n\nAs we begin to learn more about you and your story, please don't hesitate to dive deeper into ours! HERE360 will keep you up to date, our YouTube channel shows you what we're all about, and our Careers site highlights our culture of innovation and commitment to inclusion and diversity.\n\nThank you very much for your interest in joining our team at HERE Technologies.\n\n\nThe HERE Talent Acquisition Team\nMake HERE your destination, we are just getting started.\n\nThis message was sent to islam.moh.islamm@gmail.com. If you don't want to receive these emails from this company in the future, please go to:\nhttps://here.icims.com/icims2/?r=4F8F486628&contactId=2786387&pid=17\n\n© HERE International B.V.; PO Box 1300; Eindhoven, (Netherlands) 5602 BH; NLD\n\nCONFIDENTIALITY NOTICE This e-mail and any attachments hereto may contain information that is privileged or confidential, and is intended for use only by the individual or entity to which it is addressed. Any disclosure, copying or distribution of the information by anyone else is strictly prohibited. If you have received this document in error, please notify us promptly by responding to this e-mail. Thank you.",
        "label": "received",
        "company": "HERE Technologies",
        "language": "en",
        "group": "job-sheet-tracker",
    },
    {
        "n": "123",
        "origin": "IslamTayeb/job-sheet-tracker@41f5056428322259020f38c3832e3c495041d2e6:jobtrack/tracker.py (example 4)",
        "kind": "received",
        "subject": "Verify your candidate account",
        "from": "asco@myworkday.com",
        "body": "ASCO_header_email.png\nClick this link to confirm your email address and complete setup for your candidate account\nhttps://asco.wd5.myworkdayjobs.com/ASCO/activate/gszywz3n2w34ylmws5xqjlwsr2c2xkiwukmo2fhicllln7bjiv9sh2r1q0o81zinr6ynfb54a7jxl2gqd3fbagl22h1scad3sd/?redirect=%2Fen-US%2FASCO%2Fjob%2FAlexandria%252C-VA%2FData-Engineer-Intern_R964-1%2Fapply%2FautofillWithResume\nThe link will expire after 24 hours.",
        "label": "other",
        "company": "",
        "language": "en",
        "group": "job-sheet-tracker",
    },
    {
        "n": "124",
        "origin": "IslamTayeb/job-sheet-tracker@41f5056428322259020f38c3832e3c495041d2e6:jobtrack/tracker.py (example 5)",
        "kind": "received",
        "subject": "Islam, an update on your SoFi Intern, Credit Risk Analytics application",
        "from": "no-reply-recruiting@sofi.org",
        "body": "Hi Islam,\n\nThank you for applying for the Intern, Credit Risk Analytics position at SoFi! We're changing the way people think about and interact with personal finance, and we are grateful for your interest in being a part of this journey.\n\nAt this time, we have decided to move forward with other candidates whose skill set and experience more closely align with what we're looking for in this role. We wish you the best of luck in your job search!\n\nAll the best,\n\nThe SoFi Recruiting Team\n\n**Please note: Do not reply to this email. This email is sent from an unattended mailbox and replies will not be read.",
        "label": "rejection",
        "company": "SoFi",
        "language": "en",
        "group": "job-sheet-tracker",
    },
    {
        "n": "125",
        "origin": "IslamTayeb/job-sheet-tracker@41f5056428322259020f38c3832e3c495041d2e6:jobtrack/tracker.py (example 6)",
        "kind": "received",
        "subject": "Thank you for your application for Summer 2025 Data Engineer Intern – ORBIT 2506236580W",
        "from": "",
        "body": "Thank you for applying for Summer 2025 Data Engineer Intern – ORBIT (2506236580W) at Janssen Research & Development, LLC.  We have successfully received your application.  We appreciate your interest in joining us.  When you join Johnson & Johnson, your next move could mean our next breakthrough.\n\nBest Regards,\nTHE JOHNSON & JOHNSON TALENT ACQUISITION TEAM\n\nLog in to Shine and access real-time updates and resources to keep you informed and prepared for each step along the way.\nVisit jobs.jnj.com\n   © 2019 Johnson & Johnson Services, Inc.\n\nPlease note: Privacy Policy & Legal Notice\nPlease do not reply to this message. Replies are undeliverable and will not reach the Human Resources Department.\nConfidentiality Notice: This e-mail transmission may contain confidential or legally privileged information that is intended only for the individual or entity named in the e-mail address. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution, or reliance upon the contents of this e-mail is strictly prohibited. If you have received this e-mail transmission in error, please delete the message from your Inbox. Thank you.",
        "label": "received",
        "company": "Johnson & Johnson",
        "language": "en",
        "group": "job-sheet-tracker",
    },
]
