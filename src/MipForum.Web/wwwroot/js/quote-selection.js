// Select text in a post, press "Quote": the composer gets a Discourse-style quote of exactly that text.
let composer = null;
let button = null;

function postOf(node) {
  const element = node && (node.nodeType === 1 ? node : node.parentElement);
  const cooked = element && element.closest("article.post .cooked");
  return cooked ? cooked.closest("article.post") : null;
}

function hide() {
  if (button) { button.remove(); button = null; }
}

function show(event) {
  // The mouseup of a click on the Quote button itself must not rebuild (and so remove) the button.
  if (event && button && event.target === button) return;
  const selection = window.getSelection();
  const text = selection ? selection.toString().trim() : "";
  const post = selection && selection.rangeCount > 0 ? postOf(selection.anchorNode) : null;
  if (!composer || !post || text.length === 0 || postOf(selection.focusNode) !== post) { hide(); return; }

  const number = parseInt(post.id.replace("post-", ""), 10);
  const user = (post.querySelector(".post__username")?.textContent || "").replace(/^@/, "").trim();
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  hide();
  button = document.createElement("button");
  button.type = "button";
  button.className = "button button--small button--primary quote-selection";
  button.textContent = "Quote";
  button.style.top = `${window.scrollY + rect.bottom + 6}px`;
  button.style.left = `${window.scrollX + rect.left}px`;
  button.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
  button.addEventListener("click", async () => {
    hide();
    await composer.invokeMethodAsync("QuoteSelection", number, user, text);
    document.getElementById("composer")?.scrollIntoView({ behavior: "smooth", block: "center" });
  });
  document.body.appendChild(button);
}

function onKey(event) { if (event.key === "Escape") hide(); else show(event); }

export function attach(dotNetComposer) {
  composer = dotNetComposer;
  document.addEventListener("mouseup", show);
  document.addEventListener("keyup", onKey);
}

export function detach() {
  composer = null;
  hide();
  document.removeEventListener("mouseup", show);
  document.removeEventListener("keyup", onKey);
}
