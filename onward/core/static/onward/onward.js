// Ask before a form does something that can't be undone: <form data-confirm="Sure?">.
// A script file, not an onsubmit attribute: the Content-Security-Policy runs no inline code.
// Without JavaScript the form simply submits.
document.addEventListener("submit", (event) => {
  const question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
