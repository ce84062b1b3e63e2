// The chat page: asks /api/ask/stream, renders answers as text with clickable [n] citations, asks
// /api/brief for briefings, and opens cited passages highlighted inside their article. Never uses
// innerHTML.
"use strict";
(function () {
  const { el } = KabarReader;
  const t = (key, ...args) => KabarI18n.t(key, ...args);
  const MARKER = /\[(\d+)\]/g;
  let conversationId = newId();
  let busy = false;

  function newId() {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return "web-" + Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
  }

  function permalink(c) {
    return "/a/" + encodeURIComponent(c.articleId) + "#p" + c.passageId.split("#").pop();
  }

  function ordinalOf(c) {
    return Number(c.passageId.split("#").pop());
  }

  function citationLink(c, label) {
    const a = el("a", "cite", label);
    a.href = permalink(c);
    a.dataset.articleId = c.articleId;
    a.dataset.ordinal = String(ordinalOf(c));
    a.title = [c.outlet, c.title].filter(Boolean).join(" — ");
    a.addEventListener("click", event => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        return; // let the browser open the permalink in a new tab
      }
      event.preventDefault();
      openReader(c.articleId, ordinalOf(c), a);
    });
    return a;
  }

  /** The answer text as text nodes, with each [n] a link to its citation. */
  function answerText(result) {
    const p = el("p", "answer-text");
    const byN = new Map(result.citations.map(c => [c.n, c]));
    let last = 0;
    for (const m of result.answer.matchAll(MARKER)) {
      p.append(document.createTextNode(result.answer.slice(last, m.index)));
      const c = byN.get(Number(m[1]));
      p.append(c ? citationLink(c, m[0]) : document.createTextNode(m[0]));
      last = m.index + m[0].length;
    }
    p.append(document.createTextNode(result.answer.slice(last)));
    return p;
  }

  function sourceCards(result) {
    const box = el("div", "sources");
    box.append(el("h3", "sources-title", result.grounded ? t("answer.sources") : t("closest")));
    const list = el("ol", "source-list");
    for (const c of result.citations) {
      const card = el("li", "source");
      const head = el("p", "source-head");
      head.append(citationLink(c, "[" + c.n + "]"), " ");
      if (c.outlet) {
        head.append(el("span", "source-outlet", c.outlet), " · ");
      }
      head.append(el("span", "source-date", c.published || t("noDate")));
      card.append(head, el("p", "source-title", c.title), el("p", "source-quote", c.quote || c.text));
      list.append(card);
    }
    box.append(list);
    return box;
  }

  function renderResult(slot, result) {
    slot.replaceChildren();
    slot.classList.remove("pending", "streaming");
    slot.classList.add(result.grounded ? "grounded" : "declined");
    if (!result.grounded) {
      slot.append(el("p", "declined-label", t("declined")));
    }
    slot.append(answerText(result));
    if (result.citations.length > 0) {
      slot.append(sourceCards(result));
    }
  }

  function renderError(slot, message) {
    slot.replaceChildren(el("p", "declined-label", t("error")), el("p", "answer-text", message));
    slot.classList.remove("pending", "streaming");
    slot.classList.add("failed");
  }

  /** Reads the server-sent events of /api/ask/stream from a fetch response. */
  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let name = "message";
        const data = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) {
            name = line.slice(6).trim();
          } else if (line.startsWith("data:")) {
            data.push(line.slice(5).replace(/^ /, ""));
          }
        }
        if (data.length > 0) {
          onEvent(name, JSON.parse(data.join("\n")));
        }
      }
    }
  }

  async function ask(question) {
    if (busy) {
      return;
    }
    busy = true;
    document.getElementById("send").disabled = true;
    document.getElementById("intro").hidden = true;
    const conversation = document.getElementById("conversation");
    const turn = el("li", "turn");
    const q = el("div", "question-bubble");
    q.append(el("span", "who", t("you")), el("p", "question-text", question));
    const slot = el("div", "answer pending");
    slot.append(el("p", "muted", t("thinking")));
    turn.append(q, slot);
    conversation.append(turn);
    turn.scrollIntoView({ block: "end" });
    try {
      const url = "/api/ask/stream?question=" + encodeURIComponent(question)
          + "&conversationId=" + encodeURIComponent(conversationId);
      const response = await fetch(url, { headers: { Accept: "text/event-stream" } });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.message || ("HTTP " + response.status));
      }
      let draft = "";
      let result = null;
      await readEvents(response, (name, data) => {
        if (name === "token") {
          draft += data.text;
          slot.classList.add("streaming");
          slot.replaceChildren(el("p", "answer-text", draft));
        } else if (name === "result") {
          result = data;
        }
      });
      if (!result) {
        throw new Error(t("error"));
      }
      renderResult(slot, result);
    } catch (e) {
      renderError(slot, e.message);
    } finally {
      busy = false;
      document.getElementById("send").disabled = false;
      turn.scrollIntoView({ block: "end" });
    }
  }

  /** A briefing turn: on the question box's text, or on the whole collection when it is empty. */
  async function brief(topic) {
    if (busy) {
      return;
    }
    busy = true;
    document.getElementById("brief").disabled = true;
    document.getElementById("intro").hidden = true;
    const turn = el("li", "turn");
    const q = el("div", "question-bubble");
    q.append(el("span", "who", t("you")), el("p", "question-text", t("brief.title", topic || t("brief.whole-collection"))));
    const slot = el("div", "answer pending");
    slot.append(el("p", "muted", t("thinking")));
    turn.append(q, slot);
    document.getElementById("conversation").append(turn);
    try {
      const response = await fetch("/api/brief", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ topic }) });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        throw new Error(body.message || ("HTTP " + response.status));
      }
      KabarBriefing.render(slot, body, citationLink, sourceCards);
    } catch (e) {
      renderError(slot, e.message);
    } finally {
      busy = false;
      document.getElementById("brief").disabled = false;
      turn.scrollIntoView({ block: "start" });
    }
  }

  async function openReader(articleId, ordinal, opener) {
    const reader = document.getElementById("reader");
    const container = document.getElementById("reader-article");
    reader.hidden = false;
    reader.returnFocus = opener;
    document.body.classList.add("reading");
    document.getElementById("reader-permalink").href = "/a/" + encodeURIComponent(articleId) + "#p" + ordinal;
    container.replaceChildren(el("p", "muted", t("loading")));
    try {
      const article = await KabarReader.load(articleId);
      if (!KabarReader.render(container, article, ordinal)) {
        reader.focus();
      }
    } catch (e) {
      KabarReader.showError(container, e.message);
      reader.focus();
    }
  }

  function closeReader() {
    const reader = document.getElementById("reader");
    if (reader.hidden) {
      return;
    }
    reader.hidden = true;
    document.body.classList.remove("reading");
    if (reader.returnFocus) {
      reader.returnFocus.focus();
    }
  }

  function renderExamples() {
    const list = document.getElementById("examples");
    list.replaceChildren();
    for (const example of t("examplesList").split("\n")) {
      const button = el("button", "example", example);
      button.type = "button";
      button.addEventListener("click", () => ask(example));
      const item = el("li");
      item.append(button);
      list.append(item);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("ask-form");
    const input = document.getElementById("question");
    form.addEventListener("submit", event => {
      event.preventDefault();
      const question = input.value.trim();
      if (question) {
        input.value = "";
        ask(question).then(() => input.focus());
      }
    });
    input.addEventListener("keydown", event => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    document.getElementById("new").addEventListener("click", () => {
      conversationId = newId();
      document.getElementById("conversation").replaceChildren();
      document.getElementById("intro").hidden = false;
      closeReader();
      input.focus();
    });
    document.getElementById("brief").addEventListener("click", () => {
      const topic = input.value.trim();
      input.value = "";
      brief(topic);
    });
    document.getElementById("reader-close").addEventListener("click", closeReader);
    document.addEventListener("keydown", event => {
      if (event.key === "Escape") {
        closeReader();
      }
    });
    KabarI18n.onChange(renderExamples);
    renderExamples();
  });
})();
