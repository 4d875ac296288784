// Composer drafts live in the browser (per thread), so a reload or a closed tab loses nothing.
const key = (threadId) => `mipforum:draft:${threadId}`;

export function load(threadId) {
  try { return window.localStorage.getItem(key(threadId)) ?? ""; } catch { return ""; }
}

export function save(threadId, text) {
  try {
    if (text && text.trim().length > 0) window.localStorage.setItem(key(threadId), text);
    else window.localStorage.removeItem(key(threadId));
  } catch { /* storage full or disabled: the draft simply is not kept */ }
}

export function discard(threadId) {
  try { window.localStorage.removeItem(key(threadId)); } catch { }
}
