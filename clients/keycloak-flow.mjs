// Issue #15, item 4: the MCP authorization flow by a real client. The official TypeScript SDK client,
// with its OAuth client provider and no token, is sent to Keycloak by the server's 401; a person logs
// in on Keycloak's own pages (headless Debian Chromium); greet answers with her sub. Then step-up: an
// admin tool's 403 insufficient_scope makes the client authorize again, as the admin, with
// prompt=login. Once with dynamic registration, once with the pre-registered public client; then two
// registrations that the realm must refuse. Run by deploy/keycloak/test.sh, after Keycloak started:
//   node clients/keycloak-flow.mjs [dcr pre-registered inspector refusals]
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./browser-test.mjs";
import { inspectorFlow } from "./keycloak-inspector.mjs";
import { freePort, stopWithThisProcess } from "./lib/server.mjs";

// A person's login takes a while on a loaded machine: the SDK's 60 s request timeout covers it.
// Longer than the login's own waits below (60 + 60 + 90 s), so that a stuck login names its page.
const PATIENCE = { timeout: 300_000 };
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const JAR = join(PROJECT, "target/quarkus-app/quarkus-run.jar");
// The realm's DEVELOPMENT/TEST users (deploy/keycloak/secure-mcp-realm.json).
const ALICE = { username: "alice", password: "alice-dev-password" };
const BOB = { username: "bob", password: "bob-dev-password" };

/** KC_ISSUER, KC_URL, MCP_RESOURCE_URL, ... from the env file keycloak.sh wrote. */
function keycloakEnv() {
  const file = process.env.KC_ENV_FILE ?? join(PROJECT, "deploy/keycloak/.work/keycloak.env");
  const env = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const at = line.indexOf("=");
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

/** The packaged jar with the keycloak profile, on the port of the resource URL Keycloak stamps into aud. */
async function startServer(kc) {
  const url = new URL(kc.MCP_RESOURCE_URL);
  const dir = mkdtempSync(join(tmpdir(), "secure-mcp-keycloak-"));
  const logFile = join(dir, "server.log");
  const log = openSync(logFile, "a");
  const child = spawn("java", ["-Dquarkus.profile=keycloak", `-Dquarkus.http.port=${url.port}`,
    "-Dquarkus.management.port=0", "-jar", JAR],
  { cwd: dir, stdio: ["ignore", log, log], env: { ...process.env, KC_ISSUER: kc.KC_ISSUER } });
  stopWithThisProcess(() => child.kill("SIGKILL"));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start:\n${readFileSync(logFile, "utf8")}`);
    try {
      if ((await fetch(`${url.origin}/.well-known/oauth-protected-resource/mcp`)).ok) {
        return { url, log: () => readFileSync(logFile, "utf8"), stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once("exit", done);
          child.kill("SIGTERM");
        }) };
      }
    } catch { /* not listening yet */ }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`the server did not answer within 180 s:\n${readFileSync(logFile, "utf8")}`);
}

/** A master-realm admin token, and a user's id (her sub) through the admin API. */
async function userId(kc, username) {
  const form = new URLSearchParams({ grant_type: "password", client_id: "admin-cli",
    username: kc.KC_ADMIN_USER, password: kc.KC_ADMIN_PASSWORD });
  const admin = await (await fetch(`${kc.KC_URL}/realms/master/protocol/openid-connect/token`,
    { method: "POST", body: form })).json();
  const users = await (await fetch(`${kc.KC_URL}/admin/realms/${kc.KC_REALM}/users?exact=true&username=${username}`,
    { headers: { Authorization: `Bearer ${admin.access_token}` } })).json();
  assert.equal(users.length, 1, `one user ${username}`);
  return users[0].id;
}

/** The loopback redirect target (RFC 8252): resolves each authorization's code. */
async function callbackServer() {
  const port = await freePort();
  let waiting;
  const server = createServer((request, response) => {
    const url = new URL(request.url, `http://127.0.0.1:${port}`);
    if (url.pathname !== "/callback") return response.writeHead(404).end(); // the browser's favicon.ico
    response.writeHead(200, { "Content-Type": "text/plain" }).end("You may close this window.");
    waiting?.(url.searchParams);
  });
  await new Promise((done) => server.listen(port, "127.0.0.1", done));
  return {
    redirectUrl: `http://127.0.0.1:${port}/callback`,
    next: () => new Promise((done) => { waiting = done; }),
    close: () => server.close(),
  };
}

/**
 * The SDK's OAuthClientProvider, kept in memory. Its redirectToAuthorization is the person at the
 * browser: Keycloak's login page (and, for a registered client, its consent page) in Chromium.
 */
class BrowserLoginProvider {
  constructor({ callback, browser, clientId, name }) {
    Object.assign(this, { callback, browser, name });
    this.client = clientId ? { client_id: clientId } : undefined;
    this.registered = undefined;
    this.user = ALICE;
    this.forceLogin = false;
    this.authorizations = [];
  }

  get redirectUrl() { return this.callback.redirectUrl; }

  get clientMetadata() {
    return { client_name: `secure-mcp test (${this.name})`, redirect_uris: [this.callback.redirectUrl],
      grant_types: ["authorization_code", "refresh_token"], response_types: ["code"], token_endpoint_auth_method: "none" };
  }

  clientInformation() { return this.client; }
  saveClientInformation(information) { this.client = information; this.registered = information; }
  tokens() { return this.savedTokens; }
  // No refresh token is kept: on a 403 insufficient_scope the SDK (1.32.2) first tries a refresh, and a
  // refresh cannot widen the scopes Keycloak granted, so its step-up would end in "403 after trying
  // upscoping" instead of a new authorization for the scope the 403 named.
  saveTokens({ refresh_token: ignored, ...tokens }) { this.savedTokens = tokens; }
  saveCodeVerifier(verifier) { this.verifier = verifier; }
  codeVerifier() { return this.verifier; }

  async redirectToAuthorization(authorizationUrl) {
    if (this.forceLogin) authorizationUrl.searchParams.set("prompt", "login");
    this.authorizations.push(authorizationUrl);
    const code = this.callback.next();
    // One page for every login of a flow, never closed on the way, and every browser step bounded: in
    // one CI run the SDK's request timed out at "redirected back", where only a page.close() was left.
    this.step = "opening the page";
    const page = this.page ??= await bounded(this.browser.newPage(), 30_000, "opening a browser page");
    this.step = `loading ${authorizationUrl.origin}${authorizationUrl.pathname}`;
    await page.goto(authorizationUrl.href, { timeout: 60_000 });
    this.step = "on the login page";
    // With prompt=login over a live session, Keycloak asks only for the signed-in user's password:
    // "Restart login" brings back the user-name field, to sign in as someone else.
    await page.locator("#username, #reset-login").first().waitFor({ timeout: 60_000 });
    if (!(await page.locator("#username").isVisible())) {
      await page.locator("#reset-login").click({ timeout: 30_000 });
    }
    await page.locator("#username").fill(this.user.username, { timeout: 30_000 });
    await page.locator("#password").fill(this.user.password, { timeout: 30_000 });
    await page.locator("#kc-login").click({ timeout: 30_000 });
    this.step = "after signing in";
    // A registered client is consentRequired: Keycloak asks before it redirects.
    const landed = await Promise.race([code.then(() => "callback"),
      page.getByRole("button", { name: "Yes" }).waitFor({ timeout: 60_000 }).then(() => "consent")]);
    if (landed === "consent") {
      this.consented = (await page.locator("body").innerText()).replace(/\s+/g, " ");
      await page.getByRole("button", { name: "Yes" }).click({ timeout: 30_000 });
    }
    const params = await bounded(code, 90_000, async () => `Keycloak did not redirect back within 90 s; the page at ${page.url()} says: `
      + (await page.locator("body").innerText({ timeout: 5_000 }).catch(() => "?")).replace(/\s+/g, " ").slice(0, 300));
    this.step = "redirected back";
    assert.ok(params.get("code"), `Keycloak answered the authorization with ${params}`);
    this.code = params.get("code");
  }
}

/** The promise's value, or a failure naming what did not finish within `ms` (`what`: text or async function). */
async function bounded(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(async () => fail(new Error(typeof what === "function" ? await what() : `${what}: not done within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Connects; on the 401 the provider logs in; then finishes the authorization and connects again. */
async function connect(server, provider) {
  const first = new StreamableHTTPClientTransport(server.url, { authProvider: provider });
  const client = new Client({ name: `keycloak-${provider.name}`, version: "1.0.0" });
  const refused = await client.connect(first, PATIENCE).then(() => "connected", (failure) => failure);
  assert.ok(refused instanceof UnauthorizedError, `without a token the server answers 401 and the login runs (login step: ${provider.step}): ${refused?.stack ?? refused} ${refused?.cause ?? ""}`);
  await first.finishAuth(provider.code);
  const transport = new StreamableHTTPClientTransport(server.url, { authProvider: provider });
  const connected = new Client({ name: `keycloak-${provider.name}`, version: "1.0.0" });
  await connected.connect(transport, PATIENCE);
  return { client: connected, transport };
}

/** greet as Alice, then the step-up to audit_recent as Bob; a browser of its own (no single sign-on carried over). */
async function flow(kc, server, { name, clientId }) {
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "secure-mcp-chromium-")), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
  });
  const callback = await callbackServer();
  const provider = new BrowserLoginProvider({ callback, browser, clientId, name });
  try {
    const { client, transport } = await connect(server, provider);
    const greeting = await client.callTool({ name: "greet", arguments: { name: "World" } }, undefined, PATIENCE);
    assert.equal(greeting.content[0].text, `Hello, World! Your userid is ${await userId(kc, ALICE.username)}.`);
    console.log(`keycloak ${name}: ${clientId ? `client ${clientId}` : `registered ${provider.registered?.client_id}`}`
      + `, alice logged in${provider.consented ? " and consented" : ""}: "${greeting.content[0].text}"`);

    // Step-up: audit_recent needs admin. The 403 names the scope; the SDK authorizes again for it.
    provider.user = BOB;
    provider.forceLogin = true;
    const upscoped = await client.callTool({ name: "audit_recent", arguments: {} }, undefined, PATIENCE).then(JSON.stringify, (failure) => failure);
    assert.ok(upscoped instanceof UnauthorizedError,
      `the 403 insufficient_scope sends the client to authorize again (login step: ${provider.step}): ${upscoped?.stack ?? upscoped}`);
    const stepUp = provider.authorizations.at(-1);
    assert.equal(stepUp.searchParams.get("scope"), "admin", "the step-up asks for the scope the 403 named");
    assert.equal(stepUp.searchParams.get("prompt"), "login");
    await transport.finishAuth(provider.code);
    await client.close();
    // A session belongs to the user who opened it (another sub gets 404): bob opens his own.
    const admin = new Client({ name: `keycloak-${provider.name}`, version: "1.0.0" });
    await admin.connect(new StreamableHTTPClientTransport(server.url, { authProvider: provider }), PATIENCE);
    const audit = await admin.callTool({ name: "audit_recent", arguments: {} }, undefined, PATIENCE);
    assert.equal(audit.isError ?? false, false, `audit_recent after the step-up: ${JSON.stringify(audit)}`);
    console.log(`keycloak ${name}: step-up: 403 insufficient_scope -> bob, prompt=login, scope=admin -> audit_recent answered`);
    assert.equal(provider.savedTokens && JSON.parse(Buffer.from(provider.savedTokens.access_token.split(".")[1],
      "base64url")).sub, await userId(kc, BOB.username), "the new token is bob's");
    if (!clientId) assert.ok(provider.registered?.client_id, "the client registered itself");
    await admin.close();
  } finally {
    callback.close();
    await bounded(browser.close(), 30_000, "closing the browser").catch((late) => console.error(`keycloak ${name}: ${late.message}`));
  }
}

/** A registration the realm's anonymous policies must refuse: 403 with the policy's name. */
async function refused(kc, path, body, policy) {
  const answer = await fetch(`${kc.KC_ISSUER}/clients-registrations/${path}`, { method: "POST",
    headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const text = await answer.text();
  assert.equal(answer.status, 403, `registration should be refused: ${answer.status} ${text}`);
  assert.match(text, new RegExp(`Policy '${policy}'`));
  return JSON.parse(text).error_description;
}

const steps = {
  async dcr(kc, server) {
    await flow(kc, server, { name: "dcr" });
  },
  async "pre-registered"(kc, server) {
    await flow(kc, server, { name: "pre-registered", clientId: "mcp-app" });
  },
  async inspector(kc, server) {
    const greeting = await inspectorFlow({ server, cwd: dirname(fileURLToPath(import.meta.url)),
      userId: (username) => userId(kc, username), user: ALICE });
    console.log(`keycloak inspector: the MCP Inspector's own OAuth flow (client mcp-app), alice logged in: "${greeting}"`);
  },
  async refusals(kc) {
    const foreign = await refused(kc, "openid-connect", { client_name: "evil", redirect_uris: ["https://evil.example/cb"],
      token_endpoint_auth_method: "none" }, "Trusted Hosts");
    console.log(`keycloak refusals: a non-loopback redirect URI -> 403 (${foreign})`);
    const mapper = await refused(kc, "default", { clientId: `evil-${Date.now()}`, publicClient: true,
      redirectUris: ["http://127.0.0.1/cb"], protocolMappers: [{ name: "admin", protocol: "openid-connect",
        protocolMapper: "oidc-hardcoded-claim-mapper", config: { "claim.name": "realm_access.roles",
          "claim.value": "admin", "access.token.claim": "true" } }] }, "Allowed Protocol Mapper Types");
    console.log(`keycloak refusals: a registration bringing its own protocol mapper -> 403 (${mapper})`);
    // What the MCP Inspector (2.12.0) registers: loopback redirect, but a client_uri on github.com,
    // which the Trusted Hosts policy checks too (client-uris-must-match covers every client URI).
    const inspector = await refused(kc, "openid-connect", { client_name: "MCP Inspector",
      client_uri: "https://github.com/modelcontextprotocol/inspector", redirect_uris: ["http://localhost:6274/oauth/callback"],
      token_endpoint_auth_method: "none", application_type: "native" }, "Trusted Hosts");
    console.log(`keycloak refusals: the Inspector's registration (client_uri on github.com) -> 403 (${inspector})`);
  },
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(steps);
const kc = keycloakEnv();
const server = await startServer(kc);
let passed = 0;
let failed = 0;
try {
  for (const name of chosen) {
    try {
      await steps[name](kc, server);
      passed++;
    } catch (failure) {
      failed++;
      console.error(`keycloak ${name} FAILED: ${failure.stack ?? failure}\nserver log (tail):\n${server.log().split("\n").slice(-15).join("\n")}`);
    }
  }
} finally {
  await server.stop();
}
console.log(`keycloak flows: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
