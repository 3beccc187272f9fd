// What the Keycloak tests share (clients/keycloak-flow.mjs, clients/keycloak-cli.mjs): Keycloak's env
// file, the packaged server with the keycloak profile, the admin API's ids, bounded waits, and a
// person filling Keycloak's login page in headless Chromium.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../browser-test.mjs";
import { stopWithThisProcess } from "./server.mjs";

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const JAR = join(PROJECT, "target/quarkus-app/quarkus-run.jar");
// The realm's DEVELOPMENT/TEST users (deploy/keycloak/secure-mcp-realm.json).
export const ALICE = { username: "alice", password: "alice-dev-password" };
export const BOB = { username: "bob", password: "bob-dev-password" };

/** KC_ISSUER, KC_URL, MCP_RESOURCE_URL, ... from the env file keycloak.sh wrote. */
export function keycloakEnv() {
  const file = process.env.KC_ENV_FILE ?? join(PROJECT, "deploy/keycloak/.work/keycloak.env");
  const env = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const at = line.indexOf("=");
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

/** The packaged jar with the keycloak profile, on the port of the resource URL Keycloak stamps into aud. */
export async function startKeycloakServer(kc) {
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

/** A master-realm admin token (password grant on admin-cli). */
async function adminToken(kc) {
  const form = new URLSearchParams({ grant_type: "password", client_id: "admin-cli",
    username: kc.KC_ADMIN_USER, password: kc.KC_ADMIN_PASSWORD });
  const answer = await fetch(`${kc.KC_URL}/realms/master/protocol/openid-connect/token`, { method: "POST", body: form });
  assert.equal(answer.status, 200, "the master admin token");
  return (await answer.json()).access_token;
}

/** A user's id (her sub) through the admin API. */
export async function userId(kc, username) {
  const users = await (await fetch(`${kc.KC_URL}/admin/realms/${kc.KC_REALM}/users?exact=true&username=${username}`,
    { headers: { Authorization: `Bearer ${await adminToken(kc)}` } })).json();
  assert.equal(users.length, 1, `one user ${username}`);
  return users[0].id;
}

/** The id of a client's service-account user: the sub of its client-credentials tokens. */
export async function serviceAccountId(kc, clientId) {
  const headers = { Authorization: `Bearer ${await adminToken(kc)}` };
  const clients = await (await fetch(`${kc.KC_URL}/admin/realms/${kc.KC_REALM}/clients?clientId=${clientId}`, { headers })).json();
  assert.equal(clients.length, 1, `one client ${clientId}`);
  const user = await (await fetch(`${kc.KC_URL}/admin/realms/${kc.KC_REALM}/clients/${clients[0].id}/service-account-user`,
    { headers })).json();
  assert.ok(user.id, `client ${clientId} has a service account`);
  return user.id;
}

/** The promise's value, or a failure naming what did not finish within `ms` (`what`: text or async function). */
export async function bounded(promise, ms, what) {
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

/** Headless Debian Chromium with a fresh profile (no single sign-on carried over from another test). */
export function launchBrowser() {
  return bounded(chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "secure-mcp-chromium-")), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
  }), 60_000, "starting Chromium");
}

/** The page's text, short, for a failure message. */
export async function pageText(page) {
  return (await page.locator("body").innerText({ timeout: 5_000 }).catch(() => "?")).replace(/\s+/g, " ").slice(0, 300);
}

/**
 * Keycloak's login form, as a person fills it. With prompt=login over a live session, Keycloak asks
 * only for the signed-in user's password: "Restart login" brings back the user-name field.
 */
export async function signIn(page, user) {
  await page.locator("#username, #reset-login").first().waitFor({ timeout: 60_000 });
  if (!(await page.locator("#username").isVisible())) {
    await page.locator("#reset-login").click({ timeout: 30_000 });
  }
  await page.locator("#username").fill(user.username, { timeout: 30_000 });
  await page.locator("#password").fill(user.password, { timeout: 30_000 });
  await page.locator("#kc-login").click({ timeout: 30_000 });
}
