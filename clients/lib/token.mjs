// Mints the token the recipes use. The README's way is the CLI: `java -jar quarkus-run.jar token`.
// While the jar has no `token` command yet, the same claims are signed here with jose and the test
// key, so the recipes run either way; the output says which one minted the token.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { SignJWT, importPKCS8 } from "jose";

/** The seed's claims (SPEC.md: client defaults), one hour of life. */
async function mintWithJose(privateKeyFile) {
  const key = await importPKCS8(readFileSync(privateKeyFile, "utf8"), "RS256");
  return new SignJWT({ scope: "read write", scopes: ["read", "write"] })
    .setProtectedHeader({ alg: "RS256", typ: "JWT" })
    .setIssuer("http://localhost:8000")
    .setAudience("my-mcp-server")
    .setSubject("hello@world.com")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(key);
}

/**
 * The README's token recipe, run as written from the project directory, signing with the given key
 * (SMALLRYE_JWT_SIGN_KEY_LOCATION). Returns null only when the jar does not know the `token` command
 * (picocli's usage error); any other failure is one.
 */
function mintWithCli(recipe, projectDir, privateKeyFile) {
  const run = spawnSync("bash", ["-c", `set -euo pipefail\n${recipe}\nprintf '%s' "$TOKEN"`], {
    cwd: projectDir, encoding: "utf8", timeout: 120_000,
    env: { ...process.env, SMALLRYE_JWT_SIGN_KEY_LOCATION: privateKeyFile },
  });
  if (run.status === 2 && /Unmatched argument at index 0: 'token'/.test(run.stderr ?? "")) {
    return null;
  }
  const token = run.stdout ?? "";
  if (run.status !== 0 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
    throw new Error(`the README's token recipe failed (exit ${run.status}): ${run.stderr?.trim()}`);
  }
  return token;
}

/** MCP_TOKEN_MINTER=cli insists on the CLI, =jose skips it; by default the CLI when the jar has it. */
export async function mintToken({ recipe, projectDir, privateKeyFile }) {
  const fromCli = process.env.MCP_TOKEN_MINTER === "jose" ? null : mintWithCli(recipe, projectDir, privateKeyFile);
  if (fromCli) {
    console.log("token: minted by the README's recipe (`quarkus-run.jar token`)");
    return fromCli;
  }
  if (process.env.MCP_TOKEN_MINTER === "cli") {
    throw new Error("MCP_TOKEN_MINTER=cli but the jar has no `token` command");
  }
  console.log("token: minted with jose and the test key (the jar has no `token` command yet)");
  return mintWithJose(privateKeyFile);
}
