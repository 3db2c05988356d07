// Layout and accessibility checks of the quick view (ui/) in headless Chromium, against the
// mocked Tauri IPC in mock-ipc.js. For each state (tools, "Testa en text" filled in, English,
// paused, no tools, IPC error, a language that could not be saved) at 360 px and 800 px wide: axe-core finds no violation of
// serious or critical impact, nothing scrolls sideways, every focusable element shows a focus
// ring. Screenshots go to target/ui/. Exit 1 naming what failed.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(root, "target", "ui");
mkdirSync(out, { recursive: true });
const fixture = (name) => JSON.parse(readFileSync(join(here, "fixtures", name), "utf8"));
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const page_url = pathToFileURL(join(root, "ui", "index.html")).href;

const overview = fixture("overview.json");
const TEXT = "Kan du kolla 920303-4138 åt mig? Hälsningar Jonas Wikström";
const UNSAVED = "cannot save the language in '/home/anna/.config/klippvakt/config.toml': Permission denied";
const base = { overview, check: fixture("check-text.json"), checkText: TEXT };

const states = [
  { name: "tools", mock: base },
  { name: "test-text", mock: base, act: async (page) => {
    await page.fill("#test-text", TEXT);
    await page.waitForSelector("#test-result mark");
  } },
  { name: "english", mock: { ...base, overview: { ...overview, language: "en" } } },
  { name: "paused-feed-error", mock: { ...base, overview: {
    ...overview,
    pausedUntil: "2026-11-23T15:30:00+01:00",
    feedStatus: { ...overview.feedStatus, error: "feed at https://intranet.exempel.se/ai/feed.json: HTTP 503" },
  } } },
  { name: "no-tools", mock: { ...base, overview: { ...overview, tools: [], lastWarning: null } } },
  { name: "ipc-error", mock: { ...base, fail: true } },
  { name: "language-unsaved", mock: { ...base, unsavedLanguage: UNSAVED }, act: async (page) => {
    await page.selectOption("#language", "en");
    await page.waitForFunction(() => !document.getElementById("error").hidden);
  } },
];

const failures = [];
const fail = (what) => { failures.push(what); console.error(`ui: FAIL: ${what}`); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--allow-file-access-from-files"],
});
try {
  for (const width of [360, 800]) {
    for (const state of states) {
      const label = `${state.name} at ${width} px`;
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.addInitScript((mock) => { window.__MOCK__ = mock; }, state.mock);
      await page.addInitScript({ path: join(here, "mock-ipc.js") });
      await page.goto(page_url);
      await page.waitForFunction(() => document.getElementById("state").textContent
        || !document.getElementById("error").hidden);
      if (state.act) await state.act(page);
      if (errors.length) fail(`${label}: script errors: ${errors.join("; ")}`);

      // What each state must show.
      const text = await page.innerText("body");
      const expect = {
        "tools": ["Endast öppen information (K0)", "Godkända för intern/konfidentiell information", "Ej godkända", "Regel D"],
        "test-text": ["K2", "personuppgifter", "ChatGPT: inte tillåtet"],
        "english": ["Approved AI tools", "Open information only (K0)", "Last warning"],
        "paused-feed-error": ["Pausad till", "Återuppta", "HTTP 503"],
        "no-tools": ["Flödet innehåller inga verktyg", "Ingen varning sedan Klippvakt startade."],
        "ipc-error": ["Klippvakt kunde inte läsa sina uppgifter"],
        "language-unsaved": ["Approved AI tools", "could not be saved for the next start", "Permission denied"],
      }[state.name];
      for (const words of expect) if (!text.includes(words)) fail(`${label}: "${words}" is not shown`);
      if (text.includes("920303-4138") && state.name !== "test-text") fail(`${label}: shows a personnummer`);

      // Nothing scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) fail(`${label}: ${overflow} px wider than the window`);

      // axe-core: no serious or critical violations.
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      }));
      for (const v of result.violations) {
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ");
        const line = `${label}: axe ${v.impact} ${v.id}: ${v.help} (${where})`;
        if (v.impact === "serious" || v.impact === "critical") fail(line);
        else console.log(`ui: note: ${line}`);
      }

      // Keyboard: Tab reaches the controls, and each shows a focus ring.
      const seen = new Set();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return { id: el.id || el.textContent.trim().slice(0, 30), ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
        });
        if (!focus) continue;
        seen.add(focus.id);
        if (!focus.ring) fail(`${label}: no visible focus on ${focus.id}`);
      }
      if (state.name === "tools" && !["search", "language"].every((id) => seen.has(id))) {
        fail(`${label}: Tab did not reach the search box and the language switch (${[...seen].join(", ")})`);
      }

      await page.screenshot({ path: join(out, `${state.name}-${width}.png`), fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`ui: ${failures.length} failure(s); screenshots in ${out}`);
  process.exit(1);
}
console.log(`ui: ok (${states.length} states × 2 widths: content, no sideways scroll, axe, focus); screenshots in ${out}`);
