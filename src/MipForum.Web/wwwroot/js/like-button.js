// Like buttons on a static thread page: one listener on the document instead of one interactive island per post (an
// island costs a serialized, data-protected component marker on every render and state in the circuit; issue 15).
// A click sends PUT or DELETE /api/v1/posts/{id}/like with the page's antiforgery token, as any API client would; the
// server decides and answers the count. Other readers' likes arrive through the live bar (mipForum.showLikes).
(() => {
  const tokenSelector = "[data-like-token] input[name=__RequestVerificationToken]";
  const busy = new WeakSet();

  const label = (count) => (count === 0 ? "Like" : count === 1 ? "1 like" : `${count} likes`);

  const show = (button, count, liked) => {
    button.classList.toggle("like-button--on", liked);
    button.setAttribute("aria-pressed", liked ? "true" : "false");
    button.dataset.likeCount = String(count);
    button.querySelector("[aria-hidden=true]").textContent = liked ? "♥" : "♡";
    button.querySelector(".like-button__count").textContent = label(count);
    button.querySelector(".visually-hidden").textContent = count === 0 ? " this post" : ", like this post";
  };

  // The same words and remedy as an island's FormAlert: the message from the ErrorTable, then what to do about it.
  const alertFor = (button) => {
    let alert = button.parentElement.querySelector(".like-button__error");
    if (!alert) {
      alert = document.createElement("span");
      alert.className = "form-error like-button__error";
      alert.setAttribute("role", "alert");
      button.parentElement.append(alert);
    }
    return alert;
  };

  const clearAlert = (button) => button.parentElement.querySelector(".like-button__error")?.remove();

  const action = (href, text) => {
    const link = document.createElement("a");
    link.className = "form-error__action";
    link.href = href;
    link.textContent = text;
    link.dataset.enhanceNav = "false";
    return link;
  };

  const refuse = (button, message, remedy) => {
    const alert = alertFor(button);
    alert.dataset.remedy = remedy || "none";
    alert.replaceChildren(document.createTextNode(message));
    if (remedy === "sign-in") {
      alert.append(" ", action(`/account/login?returnUrl=${encodeURIComponent(location.pathname + location.search)}`, "Sign in"));
    } else if (remedy === "retry") {
      const again = document.createElement("button");
      again.type = "button";
      again.className = "link-button form-error__action";
      again.textContent = "Try again";
      again.addEventListener("click", () => toggle(button));
      alert.append(" ", again);
    } else if (remedy === "reload") {
      alert.append(" ", action(location.href, "Reload"));
    }
  };

  const toggle = async (button) => {
    if (busy.has(button)) {
      return;
    }
    const token = document.querySelector(tokenSelector)?.value;
    const liked = button.getAttribute("aria-pressed") === "true";
    busy.add(button);
    button.disabled = true;
    try {
      const response = await fetch(`/api/v1/posts/${button.dataset.likePost}/like`, {
        method: liked ? "DELETE" : "PUT",
        headers: { RequestVerificationToken: token || "", Accept: "application/json" },
        credentials: "same-origin",
      });
      const body = await response.json().catch(() => null);
      if (response.ok && body) {
        clearAlert(button);
        show(button, body.likeCount, body.likedByMe);
      } else if (body && (body.detail || body.title)) {
        refuse(button, body.detail || body.title, body.remedy);
      } else {
        refuse(button, "Something went wrong on our side; nothing was changed.", "retry");
      }
    } catch {
      refuse(button, "The forum could not be reached; nothing was changed.", "retry");
    } finally {
      busy.delete(button);
      button.disabled = false;
    }
  };

  // The buttons are rendered disabled, so that nothing is clicked before this script listens.
  const enable = () => {
    document.querySelectorAll("button[data-like-post][disabled]").forEach((button) => {
      if (!busy.has(button)) {
        button.disabled = false;
      }
    });
  };

  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-like-post]") : null;
    if (button) {
      toggle(button);
    }
  });

  // Called by the live bar's circuit when another reader likes or unlikes a post on this page.
  window.mipForum = window.mipForum || {};
  window.mipForum.showLikes = (postNumber, count) => {
    const post = document.getElementById(`post-${postNumber}`);
    const button = post?.querySelector("button[data-like-post]");
    if (button) {
      show(button, count, button.getAttribute("aria-pressed") === "true");
      return;
    }
    const likes = post?.querySelector(".post__likes");
    if (likes) {
      likes.textContent = count === 1 ? "1 like" : `${count} likes`;
    }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enable);
  } else {
    enable();
  }
  // blazor.web.js (loaded first, not deferred) exists by the time this deferred script runs.
  window.Blazor?.addEventListener?.("enhancedload", enable);
})();
