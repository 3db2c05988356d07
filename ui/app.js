// The quick view: reads the overview from Rust (`overview`), renders the tools, the last
// warning, the feed status and "Testa en text", and re-reads when Rust says the state changed.
// Text typed into "Testa en text" goes to `check_text` and nowhere else; the page builds every
// element with textContent, never HTML from data.
"use strict";

const tauri = window.__TAURI__;
const invoke = (cmd, args) => tauri.core.invoke(cmd, args);
const $ = (id) => document.getElementById(id);

let overview = null;
let lang = "sv";
const t = (key, ...args) => {
  const v = TEXTS[lang][key];
  return typeof v === "function" ? v(...args) : v;
};

/** An element with text and attributes; `children` are appended. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function time(rfc3339) {
  if (!rfc3339) return t("never");
  const d = new Date(rfc3339);
  if (Number.isNaN(d.getTime())) return rfc3339;
  return d.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "short",
    timeStyle: "short",
  });
}

function clock(rfc3339) {
  const d = new Date(rfc3339);
  return d.toLocaleTimeString(lang === "sv" ? "sv-SE" : "en-GB", { hour: "2-digit", minute: "2-digit" });
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

/** "personuppgifter, sekretess": the categories in the page's language. */
function categoryNames(categories) {
  return categories.map((c) => TEXTS[lang].categories[c] || c).join(", ");
}

/** The rule as a quotation: "Regel D" and its exact text. */
function ruleQuote(rule) {
  return el(
    "blockquote",
    { class: "rule" },
    el("p", { class: "rule-id", text: t("rule", rule.id) + (rule.title ? ` – ${rule.title}` : "") }),
    el("p", { text: rule.text }),
  );
}

function linkButton(name, label) {
  if (!overview.links[name]) return null;
  const b = el("button", { type: "button", class: "link", text: label });
  b.addEventListener("click", () => invoke("open_link", { name }).catch((e) => showError(String(e))));
  return b;
}

// ---- static words -------------------------------------------------------------------------

function renderWords() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll("[data-t-aria]")) {
    node.setAttribute("aria-label", t(node.dataset.tAria));
  }
  $("language").value = lang;
}

// ---- state: protecting / paused -----------------------------------------------------------

function renderState() {
  const paused = overview.pausedUntil;
  $("state").textContent = paused
    ? t("paused_until", clock(paused))
    : overview.focusUnavailable
      ? t("no_focus")
      : t("protecting");
  $("state").className = paused ? "paused" : "protecting";
  const button = $("pause");
  button.hidden = !overview.allowPause && !paused;
  button.textContent = paused ? t("resume") : t("pause");
  button.setAttribute("aria-pressed", paused ? "true" : "false");
}

// ---- tools --------------------------------------------------------------------------------

const GROUPS = ["internal", "open", "unapproved"];

function toolRow(tool) {
  const facts = el(
    "dl",
    { class: "facts" },
    el("dt", { text: t("highest_class") }),
    el("dd", { text: tool.group === "unapproved" ? t("not_approved") : tool.maxClass }),
    el("dt", { text: t("personal_data") }),
    el("dd", { text: tool.personalData ? t("allowed") : t("not_allowed") }),
  );
  const row = el(
    "li",
    { class: `tool ${tool.group}`, id: `tool-${tool.id}` },
    el("h4", { text: tool.name }, el("span", { class: "vendor", text: ` · ${tool.vendor}` })),
    facts,
    tool.note ? el("p", { class: "note", text: tool.note }) : null,
  );
  if (tool.rule) {
    const details = el("details", {}, el("summary", { text: t("rule", tool.rule.id) }), ruleQuote(tool.rule));
    row.append(details);
  }
  return row;
}

function renderTools() {
  const query = $("search").value.trim().toLocaleLowerCase();
  const box = $("tool-groups");
  box.replaceChildren();
  const matches = overview.tools.filter(
    (tool) =>
      !query ||
      tool.name.toLocaleLowerCase().includes(query) ||
      tool.vendor.toLocaleLowerCase().includes(query) ||
      tool.id.includes(query),
  );
  for (const group of GROUPS) {
    const tools = matches.filter((tool) => tool.group === group);
    if (!tools.length) continue;
    const heading = el("h3", { id: `group-${group}`, text: t(`group_${group}`) });
    box.append(
      el("section", { class: "group", "aria-labelledby": `group-${group}` }, heading, el("ul", {}, ...tools.map(toolRow))),
    );
  }
  const empty = $("tools-empty");
  empty.hidden = matches.length > 0;
  empty.textContent = overview.tools.length ? t("no_match", $("search").value.trim()) : t("no_tools");
}

// ---- last warning -------------------------------------------------------------------------

function renderWarning() {
  const box = $("warning-body");
  const w = overview.lastWarning;
  if (!w) {
    box.replaceChildren(el("p", { class: "empty", text: t("no_warning") }));
    return;
  }
  const categories = categoryNames(w.categories);
  box.replaceChildren(
    el("p", { class: "warning-title", text: w.title }),
    el(
      "dl",
      { class: "facts" },
      el("dt", { text: t("nav_tools") }),
      el("dd", { text: w.toolName }),
      el("dt", { text: t("class") }),
      el("dd", { text: w.class }),
      el("dt", { text: t("found") }),
      el("dd", { text: categories }),
    ),
    el("p", { class: "when", text: t("warning_at", time(w.at)) }),
    ...w.rules.map(ruleQuote),
    w.categories.some((c) => c.endsWith("personal_data")) ? linkButton("incident", t("report")) : null,
  );
}

// ---- test a text --------------------------------------------------------------------------

function renderToolPicker() {
  const picker = $("test-tool");
  const chosen = picker.value;
  picker.replaceChildren(el("option", { value: "", text: t("any_tool") }));
  for (const tool of overview.tools) picker.append(el("option", { value: tool.id, text: tool.name }));
  const firstOpen = overview.tools.find((tool) => tool.group === "open");
  picker.value = chosen || (firstOpen ? firstOpen.id : "");
}

/** The typed text with the found spans in <mark>, built from text nodes only. */
function highlighted(text, findings) {
  const out = el("p", { class: "preview", "aria-label": t("highlighted") });
  const spans = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue; // inside one already marked
    out.append(text.slice(at, f.start));
    out.append(el("mark", { class: f.category, title: f.label }, text.slice(f.start, f.end), el("span", { class: "sr", text: ` (${f.label})` })));
    at = f.end;
  }
  out.append(text.slice(at));
  return out;
}

let checkSeq = 0;
async function checkText() {
  const text = $("test-text").value;
  const box = $("test-result");
  if (!text.trim()) {
    box.replaceChildren(el("p", { class: "empty", text: t("test_empty") }));
    return;
  }
  const seq = ++checkSeq;
  let result;
  try {
    result = await invoke("check_text", { text, tool: $("test-tool").value || null });
  } catch (e) {
    showError(t("load_error", String(e)));
    return;
  }
  if (seq !== checkSeq) return; // a newer keystroke won
  const parts = [];
  if (result.categories.length) {
    const categories = categoryNames(result.categories);
    parts.push(
      el(
        "dl",
        { class: "facts" },
        el("dt", { text: t("class") }),
        el("dd", { id: "test-class", text: result.class }),
        el("dt", { text: t("found") }),
        el("dd", { id: "test-categories", text: categories }),
      ),
    );
  } else {
    parts.push(el("p", { id: "test-class", class: "ok", text: t("test_open") }));
  }
  if (result.truncated) parts.push(el("p", { class: "hint", text: t("test_truncated") }));
  if (result.verdict) {
    const tool = overview.tools.find((x) => x.id === result.verdict.tool);
    parts.push(el("p", { id: "test-verdict", class: `verdict ${result.verdict.verdict}`, text: t(`verdict_${result.verdict.verdict}`, tool ? tool.name : result.verdict.tool) }));
    parts.push(...result.verdict.rules.map(ruleQuote));
  }
  if (result.findings.length) parts.push(highlighted(text, result.findings));
  box.replaceChildren(...parts);
}

// ---- feed ---------------------------------------------------------------------------------

function renderFeed() {
  const s = overview.feedStatus;
  const signature =
    s.source === "builtin" ? t("builtin_signature") : s.verifiedBy ? t("verified_by", s.verifiedBy) : t("unsigned");
  const rows = [
    [t("publisher"), overview.publisher],
    [t("updated"), time(overview.updated)],
    [t("policy"), overview.policy.title],
    [t("source"), t(`source_${s.source}`)],
    [t("signature"), signature],
    [t("last_attempt"), time(s.lastAttempt)],
  ];
  if (s.error) rows.push([t("feed_error"), s.error]);
  $("feed-status").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  $("feed-status").lastChild.classList.toggle("problem", Boolean(s.error));
  $("fetch").hidden = s.source === "builtin" && !s.lastAttempt && !s.error;
  $("guideline").replaceChildren(linkButton("guideline", t("open_guideline")) || "");
}

// ---- wiring -------------------------------------------------------------------------------

function render() {
  renderWords();
  renderState();
  renderTools();
  renderWarning();
  renderToolPicker();
  renderFeed();
  checkText();
}

async function load() {
  try {
    overview = await invoke("overview");
    lang = overview.language === "en" ? "en" : "sv";
    showError("");
    render();
  } catch (e) {
    showError(t("load_error", String(e)));
  }
}

/** "tools", "warning", "test", "feed", "about" or "tool=<id>": show that part. */
function show(section) {
  if (!section) return;
  let target = $(section);
  if (section.startsWith("tool=") && overview) {
    const tool = overview.tools.find((x) => x.id === section.slice(5));
    if (tool) $("search").value = tool.name;
    renderTools();
    target = $("tools");
  }
  if (!target) return;
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}

let typing = 0;
$("test-text").addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(checkText, 150);
});
$("test-tool").addEventListener("change", checkText);
$("search").addEventListener("input", renderTools);
$("language").addEventListener("change", async (e) => {
  // The language applies at once; saving it for the next start may fail (a read-only
  // settings file), which is said after the page is drawn again in the new language.
  const unsaved = await invoke("set_language", { language: e.target.value }).then(
    () => "",
    (err) => String(err),
  );
  await load();
  if (unsaved) showError(t("language_unsaved", unsaved));
});
$("pause").addEventListener("click", async () => {
  await invoke("set_paused", { paused: !overview.pausedUntil }).catch((err) => showError(String(err)));
  await load();
});
$("fetch").addEventListener("click", async () => {
  $("fetch").textContent = t("fetching");
  await invoke("fetch_feed").catch((err) => showError(String(err)));
});
window.addEventListener("hashchange", () => show(location.hash.slice(1)));

tauri.event.listen("klippvakt://changed", load);
tauri.event.listen("quick-view://show", (event) => show(event.payload));
load().then(() => show(decodeURIComponent(location.hash.slice(1))));
