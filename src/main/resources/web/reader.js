// Renders an article with its passages and highlights one; shared by the chat's reader panel and
// the permalink page /a/{articleId}#p{ordinal}. Article text is set with textContent only.
"use strict";
(function () {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function meta(article) {
    const parts = [article.outlet, article.published || KabarI18n.t("noDate"), article.byline].filter(Boolean);
    return parts.join(" · ");
  }

  /** Fetches /api/articles/{id}; resolves to the article JSON or rejects with a message. */
  async function load(articleId) {
    const response = await fetch("/api/articles/" + encodeURIComponent(articleId), {
      headers: { Accept: "application/json" }
    });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.message || KabarI18n.t("notFound"));
    }
    return body;
  }

  /** Only http(s) addresses become links (the server checks too); anything else is not shown. */
  function isWebLink(url) {
    if (typeof url !== "string" || url === "") {
      return false;
    }
    try {
      const parsed = new URL(url);
      return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.host !== "";
    } catch (e) {
      return false;
    }
  }

  /** Renders into container; highlights and scrolls to passage `ordinal` when given. */
  function render(container, article, ordinal) {
    container.replaceChildren();
    const title = el("h2", "article-title", article.title || article.id);
    title.id = "reader-title";
    container.append(title, el("p", "article-meta", meta(article)));
    if (isWebLink(article.url)) {
      const link = el("a", "article-url", article.url);
      link.href = article.url;
      link.rel = "noopener noreferrer";
      const source = el("p", "article-source");
      source.append(link);
      container.append(source);
    }
    let target = null;
    for (const p of article.passages) {
      const node = el("p", "passage", p.text);
      node.id = "p" + p.ordinal;
      node.dataset.passageId = p.id;
      node.tabIndex = -1;
      if (p.ordinal === ordinal) {
        node.classList.add("highlight");
        node.setAttribute("aria-current", "true");
        target = node;
      }
      container.append(node);
    }
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
    return target;
  }

  function showError(container, message) {
    container.replaceChildren(el("p", "error", message));
  }

  window.KabarReader = { el, load, render, showError };
})();
