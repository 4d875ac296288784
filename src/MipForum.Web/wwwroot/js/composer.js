// The reply composer's text lives here, in the browser, not on the server: a keystroke sends nothing over the circuit
// (a post may be 32,000 characters, ~96 KB in CJK). The island hears only what it needs: whether there is text at all
// and the @word being typed, each when it changes; it asks for the text itself for Preview and on submit.
// Drafts are kept per member and thread in localStorage (debounced), so a reload, a closed tab or a lost circuit loses
// nothing, and the next member signing in on a shared browser does not find someone else's draft in the box.

const draftKey = (draftId) => `mipforum:draft:${draftId}`;
const saveDelayMs = 400;

// The same shape as the server's MentionTyping.IsPrefix, which checks what arrives: an @ at the start or after a space.
const typedMention = /(?:^|\s)@([A-Za-z0-9_.\-]{1,20})$/;
const composers = new Map();
const number = new Intl.NumberFormat("en-US");

function load(draftId) {
  try { return window.localStorage.getItem(draftKey(draftId)) ?? ""; } catch { return ""; }
}

function store(draftId, text) {
  try {
    if (text.trim().length > 0) window.localStorage.setItem(draftKey(draftId), text);
    else window.localStorage.removeItem(draftKey(draftId));
  } catch { /* storage full or disabled: the draft simply is not kept */ }
}

function flush(state) {
  if (state.timer) { clearTimeout(state.timer); state.timer = 0; }
  if (!state.discarded) store(state.draftId, state.box.value);
}

function prefixAtCaret(box) {
  const match = typedMention.exec(box.value.slice(0, box.selectionEnd ?? box.value.length));
  return match ? match[1] : null;
}

function renderCount(state) {
  const length = state.box.value.length;
  state.count.textContent = `${number.format(length)} / ${number.format(state.max)}`;
  state.count.classList.toggle("composer__count--over", length > state.max);
}

function report(state) {
  const hasText = state.box.value.trim().length > 0;
  const prefix = prefixAtCaret(state.box);
  if (!state.reportNext && hasText === state.sent.hasText && prefix === state.sent.prefix) return;
  state.sent = { hasText, prefix };
  state.reportNext = false;
  state.composer.invokeMethodAsync("Typed", hasText, prefix).catch(() => {
    // The circuit is away (reconnecting): report again at the next input.
    state.reportNext = true;
  });
}

function changed(state) {
  state.discarded = false;
  renderCount(state);
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => flush(state), saveDelayMs);
  report(state);
}

/**
 * Connects the box to its thread's draft and to the island; returns whether the restored draft has text, or null when
 * the box has already left the page (the reader navigated on while the island was starting).
 */
export function attach(box, count, composer, draftId, max) {
  if (!box || !count) return null;
  detach(box);
  const state = { box, count, composer, draftId, max, timer: 0, discarded: false, reportNext: false, sent: { hasText: false, prefix: null } };
  const draft = load(draftId);
  if (draft && box.value.length === 0) box.value = draft;
  state.onInput = () => changed(state);
  state.onHide = () => flush(state);
  state.onVisibility = () => { if (document.visibilityState === "hidden") flush(state); };
  box.addEventListener("input", state.onInput);
  window.addEventListener("pagehide", state.onHide);
  document.addEventListener("visibilitychange", state.onVisibility);
  composers.set(box, state);
  renderCount(state);
  state.sent = { hasText: box.value.trim().length > 0, prefix: null };
  return state.sent.hasText;
}

export function detach(box) {
  const state = box && composers.get(box);
  if (!state) return;
  flush(state);
  box.removeEventListener("input", state.onInput);
  window.removeEventListener("pagehide", state.onHide);
  document.removeEventListener("visibilitychange", state.onVisibility);
  composers.delete(box);
}

/** The whole text: asked for only by Preview and Reply. */
export function text(box) {
  return box ? box.value : "";
}

/** The island asks to be told of the next input even if nothing it follows changed (to clear a refusal). */
export function reportNextInput(box) {
  const state = box && composers.get(box);
  if (state) state.reportNext = true;
}

function edit(box, value, start, end) {
  box.value = value;
  box.focus();
  box.setSelectionRange(start, end);
  const state = composers.get(box);
  if (state) changed(state);
}

/** Toolbar: wraps the selection (or a placeholder) at the cursor, then selects what was wrapped, as editors do. */
export function wrap(box, before, after, placeholder) {
  if (!box) return;
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? box.value.length;
  const inner = box.value.slice(start, end) || placeholder;
  const value = box.value.slice(0, start) + before + inner + after + box.value.slice(end);
  edit(box, value, start + before.length, start + before.length + inner.length);
}

/** Replaces the @word before the cursor with the chosen user name and a space. */
export function completeMention(box, userName) {
  if (!box) return;
  const caret = box.selectionEnd ?? box.value.length;
  const head = box.value.slice(0, caret);
  const match = typedMention.exec(head);
  if (!match) return;
  const completed = head.slice(0, head.length - match[1].length) + userName + " ";
  edit(box, completed + box.value.slice(caret), completed.length, completed.length);
}

/** Appends a block (a quote) after the text, on a paragraph of its own, and puts the cursor after it. */
export function append(box, block) {
  // Idempotent: a page opened with ?quote=N appends its quote on every load, and a reload also restores the draft that
  // already holds it; the quote must not be doubled.
  if (!box || box.value.includes(block)) return;
  const separator = box.value.length === 0 || box.value.endsWith("\n") ? "" : "\n\n";
  const value = box.value + separator + block;
  edit(box, value, value.length, value.length);
}

/** After a reply is stored: the draft is gone, and no pending save may bring it back. */
export function discard(box) {
  if (!box) return;
  const state = composers.get(box);
  if (state) {
    if (state.timer) { clearTimeout(state.timer); state.timer = 0; }
    state.discarded = true;
    store(state.draftId, "");
  }
  box.value = "";
  if (state) renderCount(state);
}
