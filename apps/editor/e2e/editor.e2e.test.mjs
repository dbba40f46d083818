import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { preview } from "vite";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
let server, browser;

before(async () => {
  server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args });
});
after(async () => {
  await browser?.close();
  await new Promise((r) => server?.httpServer.close(r));
});

test("the editor opens on a graph", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator(".react-flow__node").first().waitFor();
  assert.ok((await page.locator(".react-flow__node").count()) >= 3);
  await page.screenshot({ path: "e2e-artifacts/editor.png" });
  assert.deepEqual(errors, []);
});
