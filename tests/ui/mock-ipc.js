// A stand-in for Tauri's IPC in a plain browser: `window.__TAURI__` with `core.invoke` and
// `event.listen`, answering from the fixtures (which a Rust test keeps equal to what the
// commands answer). `window.__MOCK__` (set before this runs, by check.mjs) picks a state:
// { overview, check, fail, unsavedLanguage } — `fail: true` makes every command reject;
// `unsavedLanguage` makes `set_language` switch and then reject with that message, as the
// app does when the settings file cannot be written.
(() => {
  const mock = window.__MOCK__;
  const state = JSON.parse(JSON.stringify(mock.overview));
  const listeners = {};
  const answer = {
    overview: () => JSON.parse(JSON.stringify(state)),
    check_text: ({ text }) =>
      text === mock.checkText
        ? mock.check
        : { class: "K0", categories: [], findings: [], truncated: false, verdict: null },
    set_language: ({ language }) => {
      state.language = language;
      if (mock.unsavedLanguage) throw mock.unsavedLanguage;
    },
    set_paused: ({ paused }) => {
      state.pausedUntil = paused ? "2026-11-23T15:30:00+01:00" : null;
    },
    fetch_feed: () => null,
    open_link: () => null,
  };
  window.__TAURI__ = {
    core: {
      invoke: (cmd, args = {}) =>
        mock.fail
          ? Promise.reject(new Error("IPC unavailable"))
          : cmd in answer
            ? new Promise((resolve) => resolve(answer[cmd](args)))
            : Promise.reject(new Error(`unknown command ${cmd}`)),
    },
    event: {
      listen: (name, handler) => {
        (listeners[name] ||= []).push(handler);
        return Promise.resolve(() => {});
      },
    },
  };
})();
