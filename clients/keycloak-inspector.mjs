// Issue #15, item 5: the MCP Inspector's own OAuth flow against secure-mcp + Keycloak, in the real
// browser. The Inspector (its web UI, started as the README starts it) is given the pre-registered
// public client mcp-app in its server entry (its own registration is refused by the realm: see
// keycloak-flow.mjs "refusals"); switching the server on follows the server's 401 to Keycloak, a
// person logs in on Keycloak's page in Chromium, and Tools -> greet shows her sub.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startInspector } from "./inspector-ui-test.mjs";
import { launchBrowser, signIn } from "./lib/keycloak.mjs";

/** Runs the flow; `userId(name)` gives Keycloak's sub of a realm user, `user` her name and password. */
export async function inspectorFlow({ server, cwd, userId, user }) {
  const dir = mkdtempSync(join(tmpdir(), "secure-mcp-inspector-"));
  const config = join(dir, "mcp.json");
  writeFileSync(config, JSON.stringify({ mcpServers: { "secure-mcp": {
    type: "streamable-http", url: server.url.href, oauth: { clientId: "mcp-app", requestRefreshToken: false } } } }));
  const inspector = await startInspector(
    `exec node_modules/.bin/mcp-inspector --config ${JSON.stringify(config)} --server secure-mcp`,
    { cwd, env: process.env });
  const browser = await launchBrowser();
  let step = "opening the Inspector";
  const page = browser.pages()[0] ?? await browser.newPage();
  try {
    await page.goto(inspector.address, { timeout: 60_000 });
    step = "switching the server on";
    await page.getByRole("switch").first().click({ force: true, timeout: 30_000 });
    step = "on Keycloak's login page";
    await signIn(page, user);
    step = "back in the Inspector, connecting";
    await page.getByText("Connected", { exact: true }).first().waitFor({ timeout: 60_000 });
    step = "calling greet";
    await page.getByText("Tools", { exact: true }).first().click();
    await page.getByText("greet", { exact: true }).first().click();
    await page.getByRole("textbox", { name: "name" }).fill("World");
    await page.getByRole("button", { name: "Execute Tool" }).click();
    const greeting = `Hello, World! Your userid is ${await userId(user.username)}.`;
    await page.getByText(greeting).first().waitFor({ timeout: 30_000 });
    return greeting;
  } catch (failure) {
    const text = await page.locator("body").innerText({ timeout: 5_000 }).catch(() => "?");
    throw new Error(`the Inspector's OAuth flow stopped ${step}; the page at ${page.url()} says: `
      + `${text.replace(/\s+/g, " ").slice(0, 3000)}\n${failure.message}`);
  } finally {
    await browser.close().catch(() => {});
    inspector.stop();
  }
}
