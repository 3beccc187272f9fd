// The real browser: Debian's Chromium driven by playwright-core. A page served from another
// localhost port calls /mcp with a bearer token, keeps its session and calls greet; the same page
// served from a foreign origin (127.0.0.2 is loopback, but not in mcp.allowed-origins) is refused.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { freePort } from "./lib/server.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PAGE = readFileSync(new URL("./browser/page.html", import.meta.url));

async function servePage(host) {
  const port = await freePort(host);
  const server = createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { origin: `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`, close: () => server.close() };
}

export async function browserTest({ url, token, serverLog }) {
  // A fresh profile each run (Playwright passes it as --user-data-dir); never a downloaded browser.
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "secure-mcp-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const allowed = await servePage("127.0.0.1");
  const foreign = await servePage("127.0.0.2");
  try {
    const page = await browser.newPage();
    await page.goto(`${allowed.origin}/`);
    const seen = await page.evaluate(([server, jwt]) => window.runMcp(server, jwt), [url, token]);
    assert.match(seen.sessionId ?? "", /^[\x21-\x7E]{16,}$/, "the page reads Mcp-Session-Id");
    assert.equal(seen.version, "2025-11-25");
    assert.ok(seen.tools.includes("greet"), `tools/list from the page: ${seen.tools}`);
    assert.equal(seen.greeting, "Hello, Browser! Your userid is hello@world.com.");
    assert.equal(seen.endStatus, 204, "DELETE ends the session");
    assert.equal(seen.afterEndStatus, 404, "the ended session is gone");
    console.log(`browser: page on ${allowed.origin} kept session ${seen.sessionId.slice(0, 8)}…, tools [${seen.tools}], "${seen.greeting}"`);

    const challenge = await page.evaluate((server) => window.runWithoutToken(server), url);
    assert.equal(challenge.status, 401);
    assert.match(challenge.challenge ?? "", /^Bearer resource_metadata="/, "the page reads WWW-Authenticate");
    console.log(`browser: without a token the page reads 401 and "${challenge.challenge.slice(0, 40)}…"`);

    const intruder = await browser.newPage();
    await intruder.goto(`${foreign.origin}/`);
    const refused = await intruder.evaluate(([server, jwt]) => window.runMcp(server, jwt).then(
      () => "connected", (failure) => `${failure.name}: ${failure.message}`), [url, token]);
    assert.match(refused, /^TypeError: Failed to fetch/, `a foreign page must not connect: ${refused}`);
    assert.ok(serverLog().includes(`Refused origin ${foreign.origin}`), "the server refused the foreign origin");
    console.log(`browser: page on ${foreign.origin} refused (${refused}; server: 403 forbidden_origin)`);
  } finally {
    allowed.close();
    foreign.close();
    await browser.close();
  }
}
