// Ask before a form does something that can't be undone: <form data-confirm="Sure?">.
// A script file, not an onsubmit attribute: the Content-Security-Policy runs no inline code.
// Without JavaScript the form simply submits.
document.addEventListener("submit", (event) => {
  const question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

// Unsaved writing: a <form data-unsaved-warning> counts as changed from its first keystroke
// until it is submitted (its text goes along) or an autosave (an htmx element with
// data-autosave="#form", answering with data-saved) that began after the last keystroke
// comes back saved. Leaving the page before then asks first, so a draft is never lost
// without a word.
// A form sent back with a problem to fix (data-unsaved-warning="pending") holds words that
// were never saved, so it counts as changed from the start.
const unsaved = new Set(document.querySelectorAll("form[data-unsaved-warning=pending]"));
const typed = new WeakMap();  // form -> keystrokes so far
const sending = new WeakMap();  // form -> keystrokes when the autosave in flight began
const autosaved = (saver) => saver && saver.dataset && saver.dataset.autosave
  && document.querySelector(saver.dataset.autosave);
document.addEventListener("input", (event) => {
  const form = event.target.form;
  if (!form || !form.hasAttribute("data-unsaved-warning")) return;
  typed.set(form, (typed.get(form) || 0) + 1);
  unsaved.add(form);
});
document.addEventListener("submit", (event) => {
  if (event.defaultPrevented) return;
  unsaved.clear();  // sent with the text, or changes declined
  // Leaving through another form (start again, mark as sent): a pending autosave must not
  // land after it and put the old words back.
  document.querySelectorAll("[data-autosave]").forEach((saver) => {
    if (event.target !== autosaved(saver)) saver.remove();
  });
});
document.addEventListener("htmx:beforeRequest", (event) => {
  const form = autosaved(event.detail.elt);
  if (form) sending.set(form, typed.get(form) || 0);
});
// The answer replaces the autosave element, so it is the new one that says "saved".
document.addEventListener("htmx:load", (event) => {
  const saver = event.detail.elt;
  const form = autosaved(saver);
  if (form && saver.hasAttribute("data-saved") && sending.get(form) === (typed.get(form) || 0)) {
    unsaved.delete(form);
  }
});
window.addEventListener("beforeunload", (event) => {
  if (unsaved.size === 0) return;
  event.preventDefault();
  event.returnValue = "";  // older browsers need a value to ask
});

// "Open in my mail app" writes what is on screen, not what was last saved:
// <a data-mailto="to@example.org" data-mailto-form="#note-form">.
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("a[data-mailto]");
  if (!link) return;
  const form = document.querySelector(link.dataset.mailtoForm);
  if (!form || !form.elements.body) return;
  const subject = form.elements.subject ? form.elements.subject.value : "";
  link.href = `mailto:${encodeURIComponent(link.dataset.mailto)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(form.elements.body.value)}`;
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

// A form that downloads a file which takes a while to make (a card PDF):
// <form data-download data-busy="Making your card…">. Its button says so and waits while
// the file is made; the file is then saved as the server names it. Anything but a file
// (a redirect with a message, say) is fetched again the ordinary way, so it shows as usual.
// The marks may sit on the button instead (<button data-download data-busy=… formaction=…>),
// when the card's choices belong to the note's own form so the text on screen goes along.
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const marked = event.submitter && "download" in event.submitter.dataset ? event.submitter : form;
  if (!("download" in marked.dataset)) return;
  if (event.defaultPrevented || form.dataset.sending === "ordinary") return;
  event.preventDefault();
  const button = event.submitter || form.querySelector("[type=submit]");
  const label = button ? button.textContent : "";
  const method = event.submitter && event.submitter.hasAttribute("formmethod")
    ? event.submitter.formMethod : form.method;
  const post = method.toLowerCase() === "post";
  const data = new FormData(form, event.submitter || null);
  const action = event.submitter && event.submitter.hasAttribute("formaction")
    ? event.submitter.formAction : form.action;
  const url = new URL(action, window.location.href);
  if (!post) url.search = new URLSearchParams(data).toString();
  if (button) {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    button.textContent = marked.dataset.busy || "Working on it…";
  }
  try {
    const response = await fetch(url, {
      method: post ? "POST" : "GET",
      body: post ? data : undefined,
      credentials: "same-origin",
      redirect: "manual",
    });
    const disposition = response.headers.get("Content-Disposition") || "";
    if (!response.ok || !disposition.startsWith("attachment")) throw new Error("not a file");
    const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || "download";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    if (post) {
      form.dataset.sending = "ordinary";
      form.requestSubmit(event.submitter || undefined);
    } else {
      window.location.assign(url);
    }
  } finally {
    if (button) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      button.textContent = label;
    }
  }
});
