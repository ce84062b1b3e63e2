// Renders a briefing from POST /api/brief: headed sections whose items end in clickable [n]
// citations, then the source cards. Text only: never innerHTML.
"use strict";
const KabarBriefing = (function () {
  const { el } = KabarReader;
  const t = (key, ...args) => KabarI18n.t(key, ...args);
  const HEADINGS = {
    keyPoints: "brief.key-points", quotes: "brief.quotes", reactions: "brief.reactions",
    timeline: "brief.timeline", differences: "brief.differences"
  };

  function refs(item, byN, citationLink) {
    const span = el("span", "refs");
    for (const n of item.citations) {
      const c = byN.get(n);
      span.append(" ", c ? citationLink(c, "[" + n + "]") : document.createTextNode("[" + n + "]"));
    }
    return span;
  }

  function section(slot, key, items, line) {
    if (items.length === 0) {
      return;
    }
    const box = el("section", "brief-section");
    box.dataset.section = key;
    box.append(el("h3", "brief-heading", t(HEADINGS[key])));
    const list = el("ul", "brief-list");
    for (const item of items) {
      const li = el("li", "brief-item");
      line(li, item);
      list.append(li);
    }
    box.append(list);
    slot.append(box);
  }

  function coverage(b) {
    const c = b.coverage;
    const parts = [t("brief.articles", c.articles)];
    if (c.outlets && c.outlets.length > 0) {
      parts.push(c.outlets.join(", "));
    }
    if (c.from) {
      parts.push(c.from === c.to ? c.from : c.from + " – " + c.to);
    }
    return t("brief.coverage") + ": " + parts.join(" · ");
  }

  /** Fills {@code slot} with briefing {@code b}; {@code citationLink(c, label)} makes a citation link. */
  function render(slot, b, citationLink, sourceCards) {
    slot.replaceChildren();
    slot.classList.remove("pending");
    slot.classList.add("briefing", b.found ? "grounded" : "declined");
    if (!b.found) {
      slot.append(el("p", "declined-label", t("brief.nothing-found")), el("p", "answer-text", b.note));
      return;
    }
    const byN = new Map(b.citations.map(c => [c.n, c]));
    const r = item => refs(item, byN, citationLink);
    slot.append(el("p", "brief-coverage", coverage(b)));
    section(slot, "keyPoints", b.keyPoints, (li, p) => li.append(p.text, r(p)));
    section(slot, "quotes", b.quotes, (li, q) => {
      li.append(el("strong", "speaker", q.speaker));
      if (q.role) {
        li.append(" ", el("span", "role", "(" + q.role + ")"));
      }
      li.append(": “" + q.quote + "”", r(q));
    });
    section(slot, "reactions", b.reactions, (li, x) => li.append(el("strong", "party", x.party), " — " + x.text, r(x)));
    section(slot, "timeline", b.timeline, (li, e) => li.append(el("time", "date", e.date), " " + e.text, r(e)));
    section(slot, "differences", b.differences, (li, d) => {
      li.append(el("p", "about", d.about));
      const versions = el("ul", "versions");
      for (const v of d.versions) {
        const vi = el("li", "version");
        vi.append(el("strong", "detail", v.detail), r(v), ": " + v.text);
        versions.append(vi);
      }
      li.append(versions);
    });
    slot.append(sourceCards({ grounded: true, citations: b.citations }));
  }

  return { render };
})();
