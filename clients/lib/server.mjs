// Starts the packaged jar on a free port with the test key, and stops it again.
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

function tryPort(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(null));
    probe.listen(port, host, () => {
      const { port: bound } = probe.address();
      probe.close(() => resolve(bound));
    });
  });
}

/** Runs `stop` when this process ends, however it ends, so that nothing it started outlives it. */
export function stopWithThisProcess(stop) {
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }
}

// Ports handed out in this run, so that two free ports asked for in a row differ.
const handedOut = new Set();

/** A free port: any (the system's pick), or one of CLIENTS_PORT_RANGE (e.g. 8500-8599) when set. */
export async function freePort(host = "127.0.0.1") {
  const range = process.env.CLIENTS_PORT_RANGE?.match(/^(\d+)-(\d+)$/);
  if (!range) {
    return tryPort(0, host);
  }
  for (let port = Number(range[1]); port <= Number(range[2]); port++) {
    if (!handedOut.has(port) && (await tryPort(port, host)) !== null) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in CLIENTS_PORT_RANGE=${process.env.CLIENTS_PORT_RANGE}`);
}

/** The jar, as a user runs it, in a scratch directory of its own (its data/ and logs/ go there). */
export async function startServer({ jar, publicKeyFile }) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "secure-mcp-clients-"));
  const logFile = join(dir, "server.log");
  const log = openSync(logFile, "a");
  const base = `http://localhost:${port}`;
  const child = spawn("java", [
    `-Dquarkus.http.port=${port}`,
    `-Dmp.jwt.verify.publickey.location=${publicKeyFile}`,
    `-Dmcp.resource-url=${base}/mcp`,
    `-Dmcp.server.url=${base}/mcp`,
    // No client uses the management interface: port 0, never one that another process may take first.
    "-Dquarkus.management.port=0",
    "-jar", jar,
  ], { cwd: dir, stdio: ["ignore", log, log] });
  stopWithThisProcess(() => child.kill("SIGKILL"));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server stopped at start (exit ${child.exitCode}):\n${readFileSync(logFile, "utf8")}`);
    }
    try {
      const probe = await fetch(`${base}/.well-known/oauth-protected-resource`);
      if (probe.ok) {
        return { base, url: `${base}/mcp`, port, logFile, log: () => readFileSync(logFile, "utf8"),
          stop: () => new Promise((resolve) => { child.once("exit", resolve); child.kill("SIGTERM"); }) };
      }
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`the server did not answer within 180 s:\n${readFileSync(logFile, "utf8")}`);
}
