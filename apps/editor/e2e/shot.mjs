// Dev helper (not a test): opens the built app and saves a screenshot. Usage: node e2e/shot.mjs name [script.mjs]
import { fileURLToPath } from "node:url";
import { preview } from "vite";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "@nudge/vitest-config";
const root = fileURLToPath(new URL("..", import.meta.url));
const server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on("pageerror", (e) => console.log("pageerror", e.message));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") console.log("console", m.type(), m.text());
  });
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator(".react-flow__node").first().waitFor({ timeout: 10000 });
  if (process.argv[3]) {
    const mod = await import(new URL(process.argv[3], `file://${process.cwd()}/`).href);
    await mod.default(page);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `e2e-artifacts/${process.argv[2] ?? "shot"}.png` });
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
