// Issue #15, item 4: the MCP authorization flow by a real client. The official TypeScript SDK client,
// with its OAuth client provider and no token, is sent to Keycloak by the server's 401; a person logs
// in on Keycloak's own pages (headless Debian Chromium); greet answers with her sub. Then step-up: an
// admin tool's 403 insufficient_scope makes the client authorize again, as the admin, with
// prompt=login. Once with dynamic registration, once with the pre-registered public client; then two
// registrations that the realm must refuse. Run by deploy/keycloak/test.sh, after Keycloak started:
//   node clients/keycloak-flow.mjs [dcr pre-registered inspector refusals]
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { inspectorFlow } from "./keycloak-inspector.mjs";
import { ALICE, BOB, PROJECT, bounded, keycloakEnv, launchBrowser, pageText, signIn, startKeycloakServer, userId } from "./lib/keycloak.mjs";
import { freePort } from "./lib/server.mjs";

// A person's login takes a while on a loaded machine: the SDK's 60 s request timeout covers it.
// Longer than the login's own waits below (60 + 60 + 90 s), so that a stuck login names its page.
const PATIENCE = { timeout: 300_000 };

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
    await signIn(page, this.user);
    this.step = "after signing in";
    // A registered client is consentRequired: Keycloak asks before it redirects.
    const landed = await Promise.race([code.then(() => "callback"),
      page.getByRole("button", { name: "Yes" }).waitFor({ timeout: 60_000 }).then(() => "consent")]);
    if (landed === "consent") {
      this.consented = (await page.locator("body").innerText()).replace(/\s+/g, " ");
      await page.getByRole("button", { name: "Yes" }).click({ timeout: 30_000 });
    }
    const params = await bounded(code, 90_000, async () => `Keycloak did not redirect back within 90 s; the page at ${page.url()} says: `
      + await pageText(page));
    this.step = "redirected back";
    assert.ok(params.get("code"), `Keycloak answered the authorization with ${params}`);
    this.code = params.get("code");
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
  const browser = await launchBrowser();
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
    const greeting = await inspectorFlow({ server, cwd: `${PROJECT}/clients`,
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
const server = await startKeycloakServer(kc);
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
