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
const unsaved = new Set();
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
