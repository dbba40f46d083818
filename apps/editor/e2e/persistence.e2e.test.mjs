import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { openPage, openTemplate, start } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const nodeIds = (page) => page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.dataset.id).sort());

test("autosave: an edit survives a reload", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "abc");
  await page.locator('.react-flow__node[data-id="c"]').click();
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => !document.querySelector('.react-flow__node[data-id="c"]'));
  const before = await nodeIds(page);
  await page.waitForTimeout(800);
  await page.reload();
  await page.locator('[data-settled="true"]').waitFor();
  await page.locator(".react-flow__node").first().waitFor();
  assert.deepEqual(await nodeIds(page), before);
  assert.match(await page.getByTestId("hint").innerText(), /restored/i);
  assert.deepEqual(errors, []);
  await close();
});

test("keyboard: copy, paste, undo and redo", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "abc");
  const start = (await nodeIds(page)).length;
  await page.locator('.react-flow__node[data-id="a"]').click();
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await page.waitForFunction((n) => document.querySelectorAll(".react-flow__node").length === n + 1, start);
  await page.keyboard.press("Control+z");
  await page.waitForFunction((n) => document.querySelectorAll(".react-flow__node").length === n, start);
  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction((n) => document.querySelectorAll(".react-flow__node").length === n + 1, start);
  assert.deepEqual(errors, []);
  await close();
});

test("a damaged share link shows a message and opens the last graph instead", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${env.url}#g=eyJ2ZXJzaW9uIjoxLCJub2Rlcy`);
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /share link/i);
  await page.locator(".react-flow__node").first().waitFor();
  assert.ok((await page.locator(".react-flow__node").count()) > 0);
  await page.screenshot({ path: "e2e-artifacts/bad-link.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a share link opens the same graph in a fresh browser", async () => {
  const { page, close } = await openPage(env);
  await openTemplate(page, "micrograd-neuron");
  await page.getByRole("button", { name: "Share link" }).click();
  const url = page.url();
  const ids = await nodeIds(page);
  await close();
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fresh = await context.newPage();
  await fresh.goto(url);
  await fresh.locator(".react-flow__node").first().waitFor();
  assert.deepEqual(await nodeIds(fresh), ids);
  await context.close();
});
