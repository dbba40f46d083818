import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Encoders must run in a browser or worker bundle: no Node built-ins at run time.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")
        ? [join(dir, e.name)]
        : [],
  );
}

describe("portability", () => {
  it("library modules import no Node built-ins (fs, path, node:*) and read no files", () => {
    const files = sources(new URL(".", import.meta.url).pathname);
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from\s+["'](node:|fs|path|url)["']|require\(|readFile|process\./);
    }
  });
});
