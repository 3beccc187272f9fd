// The Inspector's web UI as the README starts it, used through Debian's Chromium as a person would:
// open the address it prints, switch the server on, Tools, greet, Execute Tool.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./browser-test.mjs";
import { freePort, stopWithThisProcess } from "./lib/server.mjs";

const GREETING = "Hello, World! Your userid is hello@world.com.";

/** Starts the recipe's command in a process group of its own; resolves with the address it prints. */
export async function startInspector(command, { cwd, env }) {
  const [client, sandbox, appOrigin] = [await freePort(), await freePort(), await freePort()];
  const child = spawn("bash", ["-c", `set -euo pipefail\n${command}`], {
    cwd, detached: true, stdio: ["ignore", "pipe", "pipe"],
    env: { ...env, CLIENT_PORT: String(client), MCP_SANDBOX_PORT: String(sandbox),
      MCP_APP_ORIGIN_PORT: String(appOrigin), MCP_AUTO_OPEN_ENABLED: "false" },
  });
  const stop = () => { try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ } };
  stopWithThisProcess(stop);
  let output = "";
  const address = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Inspector printed no address in 120 s:\n${output}`)), 120_000);
    const read = (chunk) => {
      output += chunk;
      const found = output.match(/https?:\/\/\S+MCP_INSPECTOR_API_TOKEN=\w+/);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`the Inspector stopped (exit ${code}):\n${output}`)));
  });
  return { address, stop };
}

export async function inspectorUiTest({ command, cwd, env }) {
  const inspector = await startInspector(command, { cwd, env });
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "secure-mcp-chromium-")), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(inspector.address);
    await page.getByRole("switch").first().click({ force: true });
    await page.getByText("Connected", { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.getByText("Tools", { exact: true }).first().click();
    await page.getByText("greet", { exact: true }).first().click();
    await page.getByRole("textbox", { name: "name" }).fill("World");
    await page.getByRole("button", { name: "Execute Tool" }).click();
    await page.getByText(GREETING).first().waitFor({ timeout: 30_000 });
    assert.ok((await page.locator("body").innerText()).includes(GREETING));
    console.log(`inspector-ui: connected, Tools -> greet -> Execute Tool shows "${GREETING}"`);
  } finally {
    await browser.close();
    inspector.stop();
  }
}
