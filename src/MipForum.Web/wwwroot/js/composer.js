// Toolbar help for the composer: wrap the selection (or a placeholder) at the cursor, then reselect it.
export function wrap(id, before, after, placeholder) {
  const box = document.getElementById(id);
  if (!box) return null;
  const start = box.selectionStart ?? box.value.length;
  const end = box.selectionEnd ?? box.value.length;
  const inner = box.value.slice(start, end) || placeholder;
  return {
    value: box.value.slice(0, start) + before + inner + after + box.value.slice(end),
    start: start + before.length,
    end: start + before.length + inner.length,
  };
}

export function select(id, start, end) {
  const box = document.getElementById(id);
  if (!box) return;
  box.focus();
  box.setSelectionRange(start, end);
}
