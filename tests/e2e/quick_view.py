#!/usr/bin/env python3
"""The quick view's steps, through the W3C WebDriver protocol (standard library only).

Opens the app's quick view through tauri-driver, searches "copilot" and finds Microsoft
Copilot in the K0 group, types a text with a personnummer into "Testa en text" and sees
personal data, the highlighted number and rule D, switches to English and sees the English
labels, and finds the choice saved in the settings file for the next start. Saves a
screenshot of each step. Exit 1 with the failed step named, 3 when the session was lost.
"""

import argparse
import base64
import json
import sys
import time
import traceback
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class WebDriver:
    """A W3C WebDriver session: just the commands these steps use."""

    def __init__(self, url, capabilities):
        self.url = url
        answer = self._call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = f"/session/{answer['sessionId']}"

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.load(response).get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path}: {e.code} {e.read().decode(errors='replace')}") from e

    def cmd(self, method, path, body=None):
        return self._call(method, self.session + path, body)

    def find(self, css):
        found = self.cmd("POST", "/element", {"using": "css selector", "value": css})
        if not isinstance(found, dict) or ELEMENT not in found:
            raise RuntimeError(f"no element {css}: {found!r}")
        return found[ELEMENT]

    def text(self, css):
        return self.cmd("GET", f"/element/{self.find(css)}/text")

    def click(self, css):
        self.cmd("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css, text):
        self.cmd("POST", f"/element/{self.find(css)}/value", {"text": text})

    def run(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.cmd("GET", "/screenshot")))

    def quit(self):
        try:
            self._call("DELETE", self.session)
        except (RuntimeError, OSError):
            pass


def wait_until(what, check, seconds=15):
    """Polls `check` until it returns something true; fails naming `what`."""
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except RuntimeError as e:  # the element is not there yet
            last = e
        time.sleep(0.2)
    raise AssertionError(f"{what} (last seen: {last!r})")


def group_text(driver, group):
    """The text of one group of tools, or "" when the group is not shown."""
    return driver.run(
        "const h = document.getElementById('group-' + arguments[0]);"
        "return h ? h.parentElement.innerText : '';", group)


def rules(driver):
    """The rules quoted under "Testa en text": [heading, text] each."""
    return driver.run("return [...document.querySelectorAll('#test-result .rule')]"
                      ".map(r => [...r.querySelectorAll('p')].map(p => p.textContent))")


def read(path):
    """The text of a file, or "" while it does not exist."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def steps(driver, out, config):
    shot = iter(range(1, 100))

    def screenshot(name):
        driver.screenshot(f"{out}/{next(shot):02d}-{name}.png")

    wait_until("the tools list is shown", lambda: "ChatGPT" in driver.text("#tool-groups"))
    assert driver.text("#tools-heading") == "Godkända AI-verktyg"
    screenshot("opened")

    driver.type("#search", "copilot")
    wait_until("only Copilot is listed", lambda: "ChatGPT" not in driver.text("#tool-groups"))
    k0 = group_text(driver, "open")
    assert "Endast öppen information (K0)" in k0, k0
    assert "Microsoft Copilot" in k0, k0
    assert group_text(driver, "internal") == "" and group_text(driver, "unapproved") == ""
    screenshot("search-copilot")

    driver.type("#test-text", "Kan du kolla 920303-4138 åt mig? Hälsningar Jonas Wikström")
    result = wait_until("personal data is found",
                        lambda: "personuppgifter" in driver.text("#test-result") and driver.text("#test-result"))
    assert "K2" in driver.text("#test-class"), result
    assert "ChatGPT: inte tillåtet" in driver.text("#test-verdict"), result
    assert rules(driver)[0] == ["Regel D", "Personuppgifter får inte matas in i allmänt tillgängliga AI-system."], result
    marked = driver.run("return [...document.querySelectorAll('#test-result mark')].map(m => m.firstChild.textContent)")
    assert "920303-4138" in marked, marked
    driver.run("document.getElementById('test').scrollIntoView()")
    screenshot("test-a-text")

    driver.click("#language option[value='en']")
    wait_until("the English labels", lambda: driver.text("#tools-heading") == "Approved AI tools")
    assert driver.text("#test-heading") == "Test a text"
    wait_until("the English result", lambda: "personal data" in driver.text("#test-result"))
    assert rules(driver)[0][0] == "Rule D", rules(driver)
    assert driver.run("return document.documentElement.lang") == "en"
    wait_until("the language is saved for the next start", lambda: 'language = "en"' in read(config))
    screenshot("english")


LOST = 3


def main():
    """Exit 0 when every step passed, 1 when one failed, 3 when the WebDriver session was lost
    (WebKitWebDriver or the web process died under it; quick-view.sh then starts again)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--driver", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    try:
        driver = WebDriver(args.driver, {"tauri:options": {
            "application": args.app, "args": ["--open", "--config", args.config]}})
    except (ConnectionError, RuntimeError) as e:
        print(f"quick view: no WebDriver session ({e})", file=sys.stderr)
        return LOST
    try:
        steps(driver, args.out, args.config)
    except ConnectionError as e:
        print(f"quick view: the WebDriver session was lost ({e})", file=sys.stderr)
        return LOST
    except (AssertionError, RuntimeError) as e:
        try:
            driver.screenshot(f"{args.out}/failure.png")
        except (RuntimeError, OSError):
            pass
        print(f"quick view: FAIL: {e}", file=sys.stderr)
        traceback.print_exc()
        return 1
    finally:
        driver.quit()
    print("quick view: all steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
