// The permalink page /a/{articleId}#p{ordinal}: the article with the cited passage highlighted.
"use strict";
(function () {
  const container = document.getElementById("reader-article");

  function ordinalFromHash() {
    const m = /^#p(\d+)$/.exec(location.hash);
    return m ? Number(m[1]) : null;
  }

  async function show() {
    const id = decodeURIComponent(location.pathname.replace(/^\/a\//, ""));
    container.replaceChildren(KabarReader.el("p", "muted", KabarI18n.t("loading")));
    try {
      const article = await KabarReader.load(id);
      document.title = "kabar — " + (article.title || article.id);
      KabarReader.render(container, article, ordinalFromHash());
    } catch (e) {
      KabarReader.showError(container, e.message);
    }
  }

  document.addEventListener("DOMContentLoaded", show);
  window.addEventListener("hashchange", show);
})();
