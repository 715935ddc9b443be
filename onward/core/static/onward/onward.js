// Ask before a form does something that can't be undone: <form data-confirm="Sure?">.
// A script file, not an onsubmit attribute: the Content-Security-Policy runs no inline code.
// Without JavaScript the form simply submits.
document.addEventListener("submit", (event) => {
  const question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

// After a failed post, the summary of what to fix takes the focus, so a screen reader reads
// it and the page shows it (the form's action also ends in its #anchor, for no-JS browsers).
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
});

// Sign-up takes the time zone the browser reports (accounts.forms.SignupForm checks it):
// <input type="hidden" data-browser-time-zone>. Without JavaScript, the default applies.
for (const input of document.querySelectorAll("input[data-browser-time-zone]")) {
  try {
    input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    input.value = "";
  }
}
