// Issue #18: the secure-mcp CLI logs in against the project's Keycloak, as a person runs it
// (bin/secure-mcp, the packaged jar) against the packaged server with the keycloak profile.
// `login` (authorization code + PKCE) with BROWSER set to clients/keycloak-browser.mjs, which fills
// Keycloak's login page in headless Chromium; `login --device` with the code the CLI prints, entered
// on Keycloak's device page the same way; `login --client-credentials` with mcp-machine's secret and
// with mcp-cli's private_key_jwt. Each is followed by `greet`, which must print Keycloak's sub. Then a
// refresh across an access token's lifetime, by two commands at once, and `logout`. Each case has its own XDG_CONFIG_HOME.
// Run by deploy/keycloak/test.sh, after Keycloak started:
//   node clients/keycloak-cli.mjs [code device secret private-key-jwt refresh logout]
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALICE, PROJECT, bounded, keycloakEnv, launchBrowser, pageText, serviceAccountId, signIn, startKeycloakServer,
  userId } from "./lib/keycloak.mjs";

const CLI = join(PROJECT, "bin/secure-mcp");
const BROWSER = `${process.execPath} ${join(PROJECT, "clients/keycloak-browser.mjs")}`;
const TEST_KEY = join(PROJECT, "src/test/resources/test-keys/private.pem");
// The browser script gives up after 240 s; the CLI waits a little longer, and is killed after that.
const LOGIN_TIMEOUT = 270;
const NOT_LOGGED_IN = 10; // README exit codes: "login: cancelled, denied, timed out"

/** A fresh XDG_CONFIG_HOME, a working directory without keys, and every output of the case's CLI runs. */
function newCase() {
  const dir = mkdtempSync(join(tmpdir(), "secure-mcp-cli-kc-"));
  return { config: join(dir, "config"), cwd: dir, outputs: [] };
}

/**
 * One CLI run, killed after `seconds` (its output then in the failure). `onStderr` sees stderr as it
 * comes (the device code). Resolves with { code, stdout, stderr }.
 */
function cli(run, args, { env = {}, seconds = 180, onStderr } = {}) {
  const child = spawn(CLI, args, { cwd: run.cwd, stdio: ["ignore", "pipe", "pipe"],
    env: { ...withoutTokens(process.env), XDG_CONFIG_HOME: run.config, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => { stdout += chunk; });
  child.stderr.on("data", (chunk) => { stderr += chunk; onStderr?.(stderr); });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`secure-mcp ${args.join(" ")}: killed after ${seconds} s\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, seconds * 1000);
    child.once("error", (failure) => { clearTimeout(timer); fail(failure); });
    child.once("close", (code) => {
      clearTimeout(timer);
      run.outputs.push(stdout, stderr);
      done({ code, stdout, stderr });
    });
  });
}

function withoutTokens(env) {
  const { SECURE_MCP_TOKEN: ignored, BROWSER: alsoIgnored, ...rest } = env;
  return rest;
}

function succeeded(result, what) {
  assert.equal(result.code, 0, `${what} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  return result;
}

/** The one stored login of the case. */
function storedLogin(run) {
  const files = loginFiles(run);
  assert.equal(files.length, 1, `one login file in ${run.config}/secure-mcp: ${files}`);
  return JSON.parse(readFileSync(join(run.config, "secure-mcp", files[0]), "utf8"));
}

function loginFiles(run) {
  return readdirSync(join(run.config, "secure-mcp")).filter((name) => /^login-.*\.json$/.test(name));
}

/** The folder 700, every file in it 600. */
function checkStoreModes(run) {
  const dir = join(run.config, "secure-mcp");
  assert.equal((statSync(dir).mode & 0o777).toString(8), "700", `${dir} is 700`);
  for (const name of readdirSync(dir)) {
    assert.equal((statSync(join(dir, name)).mode & 0o777).toString(8), "600", `${dir}/${name} is 600`);
  }
}

/** No token the case stored (nor a JWT's signature) appears in anything the CLI printed. */
function checkNoTokenPrinted(run, logins) {
  const printed = run.outputs.join("\n");
  for (const login of logins) {
    for (const token of [login.access_token, login.refresh_token].filter(Boolean)) {
      const signature = token.split(".")[2];
      assert.ok(!printed.includes(token) && !(signature && printed.includes(signature)), "the CLI printed a token");
    }
  }
}

/** greet with -v: the sub in its result, the login named as the credential; the login after it. */
async function greetAs(kc, run, server, sub, { env } = {}) {
  const greet = succeeded(await cli(run, ["greet", "--server", server, "-v"], { env }), "greet");
  assert.match(greet.stdout, new RegExp(`Your userid is ${sub}\\.`), `greet prints Keycloak's sub ${sub}: ${greet.stdout}`);
  assert.ok(greet.stderr.includes(`* Credential: the token from the login at ${kc.KC_ISSUER}`),
    `-v names the login as the credential: ${greet.stderr.split("\n").filter((line) => line.startsWith("* ")).join(" | ")}`);
  return { greet, login: storedLogin(run) };
}

function loginArgs(server, ...more) {
  return ["login", "--server", server, "-v", "--login-timeout", String(LOGIN_TIMEOUT), ...more];
}

/** `login` with the browser script: the authorization request it saw, from its log. */
async function browserLogin(run, server, clientId, { env } = {}) {
  const log = join(run.cwd, "browser.log");
  const result = await cli(run, loginArgs(server, "--client-id", clientId),
    { env: { BROWSER, KC_BROWSER_LOG: log, ...env }, seconds: LOGIN_TIMEOUT + 30 });
  const browser = (() => { try { return readFileSync(log, "utf8"); } catch { return "(no browser log)"; } })();
  assert.equal(result.code, 0, `login exited ${result.code}\nstderr: ${result.stderr}\nbrowser: ${browser}`);
  const asked = JSON.parse(browser.match(/^browser request: (.*)$/m)[1]);
  assert.equal(asked.code_challenge_method, "S256", "PKCE S256");
  assert.equal(asked.response_type, "code");
  return { result, asked };
}

const cases = {
  async code(kc, server, shared) {
    const run = shared.code = newCase();
    const { result, asked } = await browserLogin(run, server, "mcp-app");
    assert.equal(asked.resource, kc.MCP_RESOURCE_URL, "resource (RFC 8707) on the authorization request");
    assert.match(result.stdout, new RegExp(`Logged in to ${kc.KC_ISSUER} for ${kc.MCP_RESOURCE_URL}`));
    const sub = await userId(kc, ALICE.username);
    const { login } = await greetAs(kc, run, server, sub);
    checkStoreModes(run);
    checkNoTokenPrinted(run, [login]);
    return `alice through the browser (PKCE S256, resource), greet printed her sub ${sub}; store 700/600; -v names the login`;
  },

  async device(kc, server) {
    const run = newCase();
    let shown;
    const code = new Promise((found) => { shown = found; });
    const login = cli(run, loginArgs(server, "--device", "--client-id", "mcp-app", "--no-browser"), {
      seconds: LOGIN_TIMEOUT + 30,
      onStderr: (text) => {
        const match = text.match(/Enter the code (\S+) at (\S+)/);
        if (match) shown({ userCode: match[1], url: match[2] });
      },
    });
    login.catch(() => {}); // awaited below; a kill must not end this process first
    const ended = login.then((early) => {
      throw new Error(`login --device ended before printing a code: ${early.code} ${early.stderr}`);
    });
    ended.catch(() => {});
    const { userCode, url } = await bounded(Promise.race([code, ended]), 120_000, "the CLI printing the device code");
    await enterDeviceCode(url, userCode, login);
    succeeded(await login, "login --device");
    const sub = await userId(kc, ALICE.username);
    const { login: stored } = await greetAs(kc, run, server, sub);
    assert.equal(stored.grant, "device_code");
    checkStoreModes(run);
    checkNoTokenPrinted(run, [stored]);
    return `code ${userCode} entered at ${url}, alice signed in, greet printed her sub`;
  },

  async secret(kc, server) {
    const run = newCase();
    // DEVELOPMENT/TEST secret of the realm's mcp-machine (deploy/keycloak/secure-mcp-realm.json).
    succeeded(await cli(run, loginArgs(server, "--client-credentials", "--client-id", "mcp-machine",
      "--client-secret", "mcp-machine-dev-secret")), "login --client-credentials (secret)");
    const sub = await serviceAccountId(kc, "mcp-machine");
    const { login } = await greetAs(kc, run, server, sub);
    assert.equal(login.client.method, "client_secret_basic");
    checkStoreModes(run);
    checkNoTokenPrinted(run, [login]);
    return `mcp-machine with its secret, greet printed its service account's sub ${sub}`;
  },

  async "private-key-jwt"(kc, server) {
    const run = newCase();
    succeeded(await cli(run, loginArgs(server, "--client-credentials", "--client-id", "mcp-cli", "--private-key", TEST_KEY)),
      "login --client-credentials (private_key_jwt)");
    const sub = await serviceAccountId(kc, "mcp-cli");
    const { login } = await greetAs(kc, run, server, sub);
    assert.equal(login.client.method, "private_key_jwt");
    checkStoreModes(run);
    checkNoTokenPrinted(run, [login]);
    return `mcp-cli with a private_key_jwt assertion (test key), greet printed its service account's sub ${sub}`;
  },

  async refresh(kc, server) {
    // mcp-app-short's access tokens live 60 s. A 5 s refresh margin (instead of 60 s) keeps the first
    // greet on the token of the login, so that only the token's expiry makes the second one refresh.
    const env = { JAVA_OPTS: "-Dmcp.client.refresh-margin=5S" };
    const run = newCase();
    await browserLogin(run, server, "mcp-app-short", { env });
    const first = storedLogin(run);
    const lifetime = first.expires_at - Math.floor(Date.now() / 1000);
    assert.ok(lifetime <= 60, `a short-lived access token (${lifetime} s left)`);
    const sub = await userId(kc, ALICE.username);
    const { login: unchanged } = await greetAs(kc, run, server, sub, { env });
    assert.equal(unchanged.access_token, first.access_token, "within its lifetime the token is used as it is");
    const wait = Math.max(0, first.expires_at * 1000 - Date.now()) + 3_000;
    await new Promise((done) => setTimeout(done, wait));
    // Two commands at once on the expired login. The realm revokes a refresh token once used, so had
    // both refreshed with it, the second would have been refused and its greet would fail: the store's
    // lock makes the second find the first's new tokens and use them.
    const [one, two] = await Promise.all([greetAs(kc, run, server, sub, { env }), greetAs(kc, run, server, sub, { env })]);
    const refreshed = storedLogin(run);
    assert.notEqual(refreshed.access_token, first.access_token, "a new access token after the expiry");
    assert.notEqual(refreshed.refresh_token, first.refresh_token, "Keycloak rotated the refresh token");
    assert.ok(refreshed.expires_at > first.expires_at);
    const tokenRequest = new RegExp(`> POST ${kc.KC_ISSUER}/protocol/openid-connect/token`);
    const refreshes = [one, two].filter(({ greet }) => tokenRequest.test(greet.stderr)).length;
    assert.equal(refreshes, 1, "-v shows one refresh request between the two commands");
    const reused = await fetch(`${kc.KC_ISSUER}/protocol/openid-connect/token`, { method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token", client_id: "mcp-app-short", refresh_token: first.refresh_token }) });
    assert.equal(reused.status, 400, `the used refresh token is refused, so a second refresh with it would have failed: ${reused.status}`);
    checkStoreModes(run);
    checkNoTokenPrinted(run, [first, refreshed]);
    return `a ${lifetime} s token, ${Math.round(wait / 1000)} s later (3 s past its expiry) two greets at once: one refreshed it `
      + "(new access and refresh token, the old one revoked by the realm), the other used the new token; both printed the sub";
  },

  async logout(kc, server, shared) {
    assert.ok(shared.code, "the code case's login (it runs first)");
    const run = shared.code;
    const before = storedLogin(run);
    const out = succeeded(await cli(run, ["logout", "--server", server, "-v"]), "logout");
    assert.match(out.stdout, /Logged out of/);
    assert.match(out.stderr, new RegExp(`> POST ${kc.KC_ISSUER}/protocol/openid-connect/revoke`), "revoked (RFC 7009)");
    assert.deepEqual(loginFiles(run), [], "the login file is gone");
    const refused = await fetch(`${kc.KC_ISSUER}/protocol/openid-connect/token`, { method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token", client_id: "mcp-app", refresh_token: before.refresh_token }) });
    const answer = await refused.json();
    assert.equal(refused.status, 400, `Keycloak refuses the old refresh token: ${refused.status}`);
    assert.equal(answer.error, "invalid_grant");
    const greet = await cli(run, ["greet", "--server", server, "--auth", "login", "--no-browser", "--login-timeout", "5"]);
    assert.equal(greet.code, NOT_LOGGED_IN, `greet --auth login without a login: ${greet.code} ${greet.stderr}`);
    checkNoTokenPrinted(run, [before]);
    return `revoked and deleted; Keycloak refuses the old refresh token (${answer.error}); greet --auth login exits ${greet.code}: `
      + greet.stderr.trim().split("\n").at(-1);
  },
};

/** Keycloak's device page: the code, then the login form, then (where Keycloak asks) consent. */
async function enterDeviceCode(url, userCode, login) {
  const browser = await launchBrowser();
  let step = "opening the page";
  let page;
  try {
    page = await bounded(browser.newPage(), 30_000, step);
    step = `loading ${url}`;
    await page.goto(url, { timeout: 60_000 });
    step = "on the device page";
    await page.locator("#device_user_code").fill(userCode, { timeout: 60_000 });
    await page.locator("#kc-login").click({ timeout: 30_000 });
    step = "on the login page";
    await signIn(page, ALICE);
    step = "after signing in";
    const done = login.then(() => "done");
    done.catch(() => {});
    const landed = await bounded(Promise.race([done, page.getByRole("button", { name: "Yes" }).waitFor({ timeout: 90_000 })
      .then(() => "consent")]), 90_000, "the device page after signing in");
    if (landed === "consent") {
      await page.getByRole("button", { name: "Yes" }).click({ timeout: 30_000 });
    }
    step = "waiting for the CLI";
    await bounded(done, 90_000, async () => `the CLI did not finish within 90 s; the page says: ${await pageText(page)}`);
  } catch (failure) {
    throw new Error(`device page, ${step}: ${failure.message}${page ? `; the page says: ${await pageText(page)}` : ""}`);
  } finally {
    await bounded(browser.close(), 30_000, "closing the browser").catch(() => {});
  }
}

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(cases);
const kc = keycloakEnv();
const mcp = await startKeycloakServer(kc);
const server = kc.MCP_RESOURCE_URL;
const shared = {};
let passed = 0;
let failed = 0;
try {
  for (const name of chosen) {
    const started = Date.now();
    try {
      const said = await cases[name](kc, server, shared);
      passed++;
      console.log(`keycloak cli ${name}: passed (${Math.round((Date.now() - started) / 1000)} s): ${said}`);
    } catch (failure) {
      failed++;
      console.log(`keycloak cli ${name}: FAILED (${Math.round((Date.now() - started) / 1000)} s)`);
      console.error(`keycloak cli ${name}: ${failure.stack ?? failure}\nserver log (tail):\n${mcp.log().split("\n").slice(-15).join("\n")}`);
    }
  }
} finally {
  await mcp.stop();
}
console.log(`keycloak cli: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
