// The page's words in Indonesian and English. Text only: every string is set with textContent.
"use strict";
(function () {
  // window.KabarStrings comes from /strings.js, made from the message bundle kabar's bot and command
  // line speak from too (src/main/resources/dev/kabar/chat/messages_*.properties).
  const STRINGS = window.KabarStrings;

  let lang = localStorage.getItem("kabar.lang") === "en" ? "en" : "id";
  const listeners = [];

  /** The words under {@code key}, with {0}, {1} … replaced by the further arguments. */
  function t(key, ...args) {
    return STRINGS[lang][key].replace(/\{(\d)\}/g, (m, i) => (i < args.length ? String(args[i]) : m));
  }

  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll("[data-i18n-title]").forEach(el => { el.title = t(el.dataset.i18nTitle); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach(el => {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    });
    const button = document.getElementById("lang");
    if (button) {
      button.textContent = lang === "id" ? "EN" : "ID";
      button.setAttribute("aria-label", t("switchTo"));
    }
    listeners.forEach(fn => fn(lang));
  }

  function toggle() {
    lang = lang === "id" ? "en" : "id";
    localStorage.setItem("kabar.lang", lang);
    apply();
  }

  window.KabarI18n = { t, apply, toggle, onChange: fn => listeners.push(fn), lang: () => lang };
  document.addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("lang");
    if (button) {
      button.addEventListener("click", toggle);
    }
    apply();
  });
})();
