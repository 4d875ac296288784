// The header's search box as an ARIA combobox: suggestions (proposal codes, thread titles, members) appear as the
// reader types, ArrowDown/ArrowUp move through them, Enter opens the chosen one (or searches when none is chosen),
// Escape closes the list. Listeners sit on the document, so the box works after Blazor's enhanced navigation too.
(() => {
  const inputId = "site-search-q";
  const delayMs = 150;
  let timer = 0;
  let lastAsked = "";
  let controller = null;

  const parts = () => {
    const input = document.getElementById(inputId);
    const list = input && document.getElementById(input.getAttribute("aria-controls"));
    return input && list ? { input, list } : null;
  };

  const close = ({ input, list }) => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const options = (list) => [...list.querySelectorAll("[role=option]")];

  const choose = ({ input, list }, index) => {
    const all = options(list);
    all.forEach((o, i) => o.setAttribute("aria-selected", i === index ? "true" : "false"));
    if (index >= 0 && all[index]) {
      input.setAttribute("aria-activedescendant", all[index].id);
      all[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const show = (box, suggestions) => {
    const { input, list } = box;
    list.replaceChildren();
    if (suggestions.length === 0) {
      close(box);
      return;
    }
    suggestions.forEach((s, i) => {
      const item = document.createElement("li");
      item.id = `site-search-option-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = s.url;
      const kind = document.createElement("span");
      kind.className = "site-search__kind";
      kind.textContent = s.kind;
      const label = document.createElement("span");
      label.className = "site-search__label";
      label.textContent = s.label;
      item.append(kind, label);
      if (s.detail) {
        const detail = document.createElement("span");
        detail.className = "site-search__detail";
        detail.textContent = s.detail;
        item.append(detail);
      }
      // mousedown, not click: the input's blur would close the list before a click arrives.
      item.addEventListener("mousedown", (e) => { e.preventDefault(); location.assign(s.url); });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  const ask = async (box) => {
    const text = box.input.value.trim();
    if (text === lastAsked) return;
    lastAsked = text;
    controller?.abort();
    if ([...text].filter((c) => /[\p{L}\p{N}]/u.test(c)).length < 2) {
      close(box);
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch(`/api/v1/search/suggestions?q=${encodeURIComponent(text)}`, {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      });
      if (!response.ok) {
        close(box);
        return;
      }
      show(box, await response.json());
    } catch (error) {
      if (error.name !== "AbortError") close(box);
    }
  };

  document.addEventListener("input", (e) => {
    if (e.target.id !== inputId) return;
    const box = parts();
    clearTimeout(timer);
    timer = setTimeout(() => ask(box), delayMs);
  });

  document.addEventListener("keydown", (e) => {
    if (e.target.id !== inputId) return;
    const box = parts();
    const all = options(box.list);
    const current = all.findIndex((o) => o.getAttribute("aria-selected") === "true");
    if (e.key === "ArrowDown" && all.length > 0) {
      e.preventDefault();
      choose(box, (current + 1) % all.length);
    } else if (e.key === "ArrowUp" && all.length > 0) {
      e.preventDefault();
      choose(box, current <= 0 ? all.length - 1 : current - 1);
    } else if (e.key === "Enter" && current >= 0) {
      e.preventDefault();
      location.assign(all[current].dataset.url);
    } else if (e.key === "Escape" && !box.list.hidden) {
      e.preventDefault();
      close(box);
    }
  });

  document.addEventListener("focusout", (e) => {
    if (e.target.id !== inputId) return;
    const box = parts();
    lastAsked = "";
    setTimeout(() => close(box), 0);
  });
})();
