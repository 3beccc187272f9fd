// Reads the README's recipes: each is the fenced block right after a `<!-- recipe: NAME -->` line.
import { readFileSync } from "node:fs";

export const README_URL = "http://localhost:8000/mcp";
export const README_TOKEN = "<paste the token here>";

export function recipes(readmeFile) {
  const text = readFileSync(readmeFile, "utf8");
  const found = new Map();
  const pattern = /<!-- recipe: ([\w-]+) -->\s*\n```[\w-]*\n([\s\S]*?)\n```/g;
  for (const match of text.matchAll(pattern)) {
    found.set(match[1], match[2]);
  }
  return {
    get(name) {
      if (!found.has(name)) {
        throw new Error(`README has no recipe '${name}' (a fenced block after <!-- recipe: ${name} -->)`);
      }
      return found.get(name);
    },
  };
}

/** The README's text with this run's server in place of localhost:8000 (and the token where pasted). */
export function localize(text, { url, token }) {
  return text.replaceAll(README_URL, url).replaceAll(README_TOKEN, token);
}
