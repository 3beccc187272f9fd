// The "system browser" of clients/keycloak-cli.mjs: the CLI's `login` runs it through BROWSER with
// the authorization URL. A person at headless Chromium signs in on Keycloak's page (consenting where
// Keycloak asks), and the browser follows the redirect back to the CLI's loopback port.
//   BROWSER="node clients/keycloak-browser.mjs" KC_BROWSER_LOG=FILE [KC_BROWSER_USER=alice] secure-mcp login ...
// Its output goes to KC_BROWSER_LOG (the CLI discards a browser's output): each step, the
// authorization request's parameters that the test checks, never the code that comes back.
import { appendFileSync } from "node:fs";
import { ALICE, BOB, bounded, launchBrowser, pageText, signIn } from "./lib/keycloak.mjs";

const LOG = process.env.KC_BROWSER_LOG;
const say = (line) => (LOG ? appendFileSync(LOG, `${line}\n`) : console.error(line));
const user = process.env.KC_BROWSER_USER === "bob" ? BOB : ALICE;
// Well inside the CLI's --login-timeout that the test gives, so that a stuck page is named here first.
const whole = setTimeout(() => { say("browser FAILED: not done within 240 s"); process.exit(1); }, 240_000);

const url = new URL(process.argv[2] ?? "");
const asked = Object.fromEntries(["response_type", "client_id", "code_challenge_method", "resource", "scope", "redirect_uri"]
  .map((name) => [name, url.searchParams.get(name)]));
say(`browser request: ${JSON.stringify(asked)}`);
const redirect = new URL(asked.redirect_uri);
let browser;
let step = "starting Chromium";
try {
  browser = await launchBrowser();
  const page = await bounded(browser.newPage(), 30_000, "opening a page");
  step = `loading ${url.origin}${url.pathname}`;
  await page.goto(url.href, { timeout: 60_000 });
  step = "on the login page";
  await signIn(page, user);
  step = "after signing in";
  const back = page.waitForURL((at) => at.origin === redirect.origin && at.pathname === redirect.pathname, { timeout: 90_000 });
  const landed = await Promise.race([back.then(() => "redirect"),
    page.getByRole("button", { name: "Yes" }).waitFor({ timeout: 90_000 }).then(() => "consent")]);
  if (landed === "consent") {
    say("browser: consented");
    await page.getByRole("button", { name: "Yes" }).click({ timeout: 30_000 });
    await back;
  }
  step = "redirected back";
  say(`browser: ${user.username} signed in, back at ${redirect.origin}${redirect.pathname}: ${await pageText(page)}`);
  await bounded(browser.close(), 30_000, "closing the browser").catch((late) => say(`browser: ${late.message}`));
  clearTimeout(whole);
  process.exit(0);
} catch (failure) {
  say(`browser FAILED ${step}: ${failure.message}`);
  process.exit(1);
}
