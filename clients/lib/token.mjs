// Mints the token the recipes use, the README's way: `java -jar quarkus-run.jar token`.
import { spawnSync } from "node:child_process";

/**
 * The README's token recipe, run as written from the project directory, signing with the given key
 * (SMALLRYE_JWT_SIGN_KEY_LOCATION). Any failure fails the run.
 */
export async function mintToken({ recipe, projectDir, privateKeyFile }) {
  const run = spawnSync("bash", ["-c", `set -euo pipefail\n${recipe}\nprintf '%s' "$TOKEN"`], {
    cwd: projectDir, encoding: "utf8", timeout: 120_000,
    env: { ...process.env, SMALLRYE_JWT_SIGN_KEY_LOCATION: privateKeyFile },
  });
  const token = run.stdout ?? "";
  if (run.status !== 0 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
    throw new Error(`the README's token recipe failed (exit ${run.status}): ${run.stderr?.trim()}`);
  }
  console.log("token: minted by the README's recipe (`quarkus-run.jar token`)");
  return token;
}
