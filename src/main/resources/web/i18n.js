// UI strings in Indonesian and English. Text only: every string is set with textContent.
"use strict";
(function () {
  const STRINGS = {
    id: {
      skip: "Langsung ke pertanyaan",
      tagline: "Jawaban dari artikel berita, selalu dengan sumber.",
      brief: "Ringkasan",
      briefHint: "Ringkasan bertopik isi kotak pertanyaan, atau seluruh koleksi bila kosong",
      briefOf: "Ringkasan",
      wholeCollection: "seluruh koleksi",
      brief_keyPoints: "Poin utama",
      brief_quotes: "Siapa berkata apa",
      brief_reactions: "Reaksi",
      brief_timeline: "Linimasa",
      brief_differences: "Perbedaan antarsumber",
      coverage: "Cakupan",
      articles: "artikel",
      nothingFound: "Tidak ditemukan",
      introTitle: "Tanyakan tentang artikel",
      introText: "kabar hanya menjawab dari artikel yang dimuat, dengan kutipan bernomor. Jika artikel tidak memuat jawabannya, kabar mengatakannya.",
      examples: "Contoh pertanyaan:",
      questionLabel: "Pertanyaan",
      placeholder: "Tulis pertanyaan, misalnya: Kapan pakta ditandatangani?",
      send: "Tanya",
      newChat: "Percakapan baru",
      permalink: "Tautan permanen",
      close: "Tutup",
      footer: "Jawaban disusun dari kutipan artikel; periksa sumbernya.",
      back: "Kembali ke obrolan",
      you: "Anda",
      thinking: "Mencari di artikel…",
      declined: "Tidak ada di artikel",
      sources: "Sumber",
      closest: "Bagian terdekat yang ditemukan",
      error: "Gagal",
      openPassage: "Buka kutipan",
      noDate: "tanpa tanggal",
      loading: "Memuat artikel…",
      notFound: "Artikel tidak ditemukan.",
      switchTo: "Switch to English",
      passage: "Bagian",
      examplesList: [
        "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?",
        "Di mana Putin dan Kim menandatangani pakta pertahanan itu?",
        "Siapa yang menandatangani perjanjian kemitraan strategis komprehensif?"
      ]
    },
    en: {
      skip: "Skip to the question",
      tagline: "Answers from news articles, always with sources.",
      brief: "Briefing",
      briefHint: "A briefing on what is in the question box, or on the whole collection when it is empty",
      briefOf: "Briefing",
      wholeCollection: "the whole collection",
      brief_keyPoints: "Key points",
      brief_quotes: "Who said what",
      brief_reactions: "Reactions",
      brief_timeline: "Timeline",
      brief_differences: "Where sources differ",
      coverage: "Coverage",
      articles: "articles",
      nothingFound: "Nothing found",
      introTitle: "Ask about the articles",
      introText: "kabar answers only from the loaded articles, with numbered citations. When the articles do not hold the answer, kabar says so.",
      examples: "Example questions:",
      questionLabel: "Question",
      placeholder: "Type a question, e.g. When was the pact signed?",
      send: "Ask",
      newChat: "New conversation",
      permalink: "Permalink",
      close: "Close",
      footer: "Answers are built from article passages; check the sources.",
      back: "Back to the chat",
      you: "You",
      thinking: "Searching the articles…",
      declined: "Not in the articles",
      sources: "Sources",
      closest: "Closest passages found",
      error: "Failed",
      openPassage: "Open passage",
      noDate: "no date",
      loading: "Loading the article…",
      notFound: "Article not found.",
      switchTo: "Ganti ke Bahasa Indonesia",
      passage: "Passage",
      examplesList: [
        "When was the Russia-North Korea pact signed?",
        "Where did Putin and Kim sign the pact?",
        "How did China respond to the treaty?"
      ]
    }
  };

  let lang = localStorage.getItem("kabar.lang") === "en" ? "en" : "id";
  const listeners = [];

  function t(key) {
    return STRINGS[lang][key];
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
