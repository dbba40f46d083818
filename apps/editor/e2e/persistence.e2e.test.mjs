import { test } from "node:test";
import assert from "node:assert/strict";
import lz from "lz-string";
import {
  openPage,
  openTemplate,
  plainTraining,
  reloaded,
  stat,
  stepShown,
  trainTemplate,
  useEditor,
} from "./helpers.mjs";

const env = useEditor();

const nodeIds = (page) => page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.dataset.id).sort());

test("autosave: an edit survives a reload", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "abc");
  await page.locator('.react-flow__node[data-id="c"]').click();
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => !document.querySelector('.react-flow__node[data-id="c"]'));
  const before = await nodeIds(page);
  await page.waitForTimeout(800);
  await reloaded(page);
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
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${env.url}#g=eyJ2ZXJzaW9uIjoxLCJub2Rlcy`);
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /share link/i);
  await page.locator(".react-flow__node").first().waitFor();
  assert.ok((await page.locator(".react-flow__node").count()) > 0);
  await page.screenshot({ path: "e2e-artifacts/bad-link.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

const deleteNode = async (page, id) => {
  await page.locator(`.react-flow__node[data-id="${id}"]`).click();
  await page.keyboard.press("Delete");
  await page.waitForFunction((nid) => !document.querySelector(`.react-flow__node[data-id="${nid}"]`), id);
};

test("a share link opens once, as a new graph: after a reload the learner's later edits are there", async () => {
  const { page, errors, close } = await openPage(env);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openTemplate(page, "micrograd-neuron");
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByLabel("Share link").inputValue();
  assert.match(link, /#g=g2\./);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.ok(!page.url().includes("#g="), "the address does not keep the link");
  await page.screenshot({ path: "e2e-artifacts/share-link.png" });
  const ids = await nodeIds(page);
  assert.deepEqual(errors, []);
  await close();

  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fresh = await context.newPage();
  const freshErrors = [];
  fresh.on("pageerror", (e) => freshErrors.push(e.message));
  await fresh.goto(link);
  await fresh.locator('[data-settled="true"]').waitFor();
  await fresh.locator(".react-flow__node").first().waitFor();
  assert.deepEqual(await nodeIds(fresh), ids);
  assert.match(await fresh.getByTestId("hint").innerText(), /shared graph/i);
  assert.ok(!fresh.url().includes("#g="), "opening takes the link out of the address");
  const gone = ids.find((id) => id !== ids[0]);
  await deleteNode(fresh, gone);
  await fresh.waitForTimeout(800);
  await reloaded(fresh);
  assert.deepEqual(
    await nodeIds(fresh),
    ids.filter((id) => id !== gone),
    "the edit made after opening the link is kept",
  );
  assert.match(await fresh.getByTestId("hint").innerText(), /restored/i);
  await fresh.evaluate((l) => {
    location.hash = l.slice(l.indexOf("#"));
  }, link);
  await fresh.waitForFunction((n) => document.querySelectorAll(".react-flow__node").length === n, ids.length);
  assert.deepEqual(await nodeIds(fresh), ids, "a link pasted into an open tab opens too");
  assert.ok(!fresh.url().includes("#g="));
  await fresh.getByRole("button", { name: "My graphs" }).click();
  await fresh.getByTestId("library-row").first().waitFor();
  assert.equal(await fresh.getByTestId("library-row").count(), 2, "each opened link is a graph of its own");
  assert.deepEqual(freshErrors, []);
  await context.close();
});

test("two tabs editing the same graph: neither overwrites the other, and the second is told", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const one = await openPage(env, context);
  await openTemplate(one.page, "abc");
  await one.page.waitForTimeout(600);
  const two = await openPage(env, context);
  const ids = await nodeIds(two.page);
  assert.deepEqual(await nodeIds(one.page), ids, "the second tab opens the same, latest graph");
  await deleteNode(one.page, "c");
  await two.page.getByText(/just saved in another tab/).waitFor();
  await deleteNode(two.page, "a");
  await two.page.getByRole("alert").waitFor();
  assert.match(await two.page.getByTestId("notice").innerText(), /another tab/i);
  await two.page.screenshot({ path: "e2e-artifacts/two-tabs.png" });
  await reloaded(one.page);
  assert.deepEqual(
    await nodeIds(one.page),
    ids.filter((id) => id !== "c"),
    "tab one's graph has its own edit only",
  );
  await reloaded(two.page);
  assert.deepEqual(
    await nodeIds(two.page),
    ids.filter((id) => id !== "a"),
    "tab two's edit is kept as its own graph",
  );
  await two.page.getByRole("button", { name: "My graphs" }).click();
  await two.page.getByTestId("library-row").first().waitFor();
  assert.ok((await two.page.getByTestId("library-row").count()) >= 3, "first-run graph, tab one's and tab two's");
  await two.page.screenshot({ path: "e2e-artifacts/my-graphs.png" });
  assert.deepEqual([...one.errors, ...two.errors], []);
  await context.close();
});

test("a saved graph that no longer opens is kept as it was, reported, and can be repaired", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const first = await openPage(env, context);
  const broken = await first.page.evaluate(async (training) => {
    const doc = {
      version: 1,
      title: "My\tmoons",
      mode: "expression",
      nodes: [{ id: "a", kind: "constant", position: { x: 0, y: 0 }, params: { value: 2 } }],
      edges: [],
      data: { kind: "none" },
      training,
    };
    const record = {
      id: "g-broken",
      title: "My\tmoons",
      createdAt: Date.now(),
      updatedAt: Date.now() + 60_000,
      rev: 3,
      text: JSON.stringify(doc),
    };
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open("nudge-library");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const t = db.transaction("documents", "readwrite");
      t.objectStore("documents").put(record, record.id);
      t.oncomplete = resolve;
      t.onerror = () => reject(t.error);
    });
    db.close();
    return record;
  }, plainTraining);
  const second = await context.newPage();
  await second.goto(env.url);
  await second.getByRole("alert").waitFor();
  assert.match(await second.getByTestId("notice").innerText(), /could not be opened.*kept unchanged/is);
  await second.locator('[data-settled="true"]').waitFor();
  await second.waitForTimeout(1500);
  const kept = await second.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const r = indexedDB.open("nudge-library");
      r.onsuccess = () => resolve(r.result);
    });
    const value = await new Promise((resolve) => {
      const r = db.transaction("documents").objectStore("documents").get("g-broken");
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return value;
  });
  assert.deepEqual(kept, broken, "the broken record is not overwritten");
  await second.screenshot({ path: "e2e-artifacts/broken-saved.png" });
  await second.getByRole("button", { name: "My graphs" }).click();
  const row = second.locator('[data-testid="library-row"][data-broken="true"]');
  await row.waitFor();
  assert.match(await row.innerText(), /does not open/i);
  await second.screenshot({ path: "e2e-artifacts/broken-in-my-graphs.png" });
  await row.getByRole("button", { name: "Repair" }).click();
  await second.waitForFunction(() => document.querySelector(".nn-title")?.value === "My moons");
  assert.deepEqual(await nodeIds(second), ["a"]);
  await context.close();
});

test("train, reload: the trained step and accuracy are shown, and training goes on from there", async () => {
  const { page, errors, close } = await openPage(env);
  const { step, acc, loss } = await trainTemplate(page, "moons-mlp", 60);
  assert.ok(step >= 60 && acc > 50, `trained: step ${step}, ${acc}%`);
  await page.reload();
  await page.locator('[data-settled="true"]').waitFor();
  await page.waitForFunction(
    (s) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) === s,
    step,
    { timeout: 15_000 },
  );
  assert.equal(await stat(page, "train-acc"), acc);
  assert.equal(await stat(page, "loss"), loss);
  await page.screenshot({ path: "e2e-artifacts/trained-after-reload.png" });
  await page.getByRole("button", { name: "Step", exact: true }).click();
  await page.waitForFunction(
    (s) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) > s,
    step,
  );
  assert.deepEqual(errors, []);
  await close();
});

test("a killed training worker is restarted with the same weights and training resumes", async () => {
  const { page, errors, close } = await openPage(env);
  const { step, loss, acc } = await trainTemplate(page, "moons-mlp", 40);
  const killed = page.workers()[0];
  assert.ok(killed, "the training worker runs");
  await killed.evaluate(() =>
    setTimeout(() => {
      throw new Error("killed by the e2e test");
    }),
  );
  await page.getByText(/restarted it with your graph/i).waitFor();
  await page.waitForTimeout(1000);
  assert.equal(await stepShown(page), step, "same step after the restart");
  assert.equal(await stat(page, "loss"), loss, "same loss: same weights");
  assert.equal(await stat(page, "train-acc"), acc);
  await page.screenshot({ path: "e2e-artifacts/worker-restarted.png" });
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    (s) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) > s + 10,
    step,
    { timeout: 30_000 },
  );
  assert.deepEqual(
    errors.filter((e) => !/killed by the e2e test/.test(e)),
    [],
  );
  await close();
});

test("deleting a node while training and undoing brings the training back", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) >= 40,
    null,
    { timeout: 30_000 },
  );
  const ids = await nodeIds(page);
  await deleteNode(
    page,
    ids.find((id) => /^h/.test(id)),
  );
  await page.waitForFunction(() => document.querySelector('output[aria-label="step"]')?.textContent === "0");
  await page.keyboard.press("Control+z");
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) >= 40,
    null,
    { timeout: 15_000 },
  );
  assert.deepEqual(await nodeIds(page), ids);
  assert.ok((await stat(page, "train-acc")) > 50);
  assert.deepEqual(errors, []);
  await close();
});

test("a hostile link (its version is an object) and the same content as a file are refused with a message; the graph stays", async () => {
  const hostile = '{"version":{"toString":1},"nodes":[],"edges":[]}';
  const link = `#g=g1.${lz.compressToEncodedURIComponent(hostile)}`;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${env.url}${link}`);
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /share link cannot be opened/i);
  await page.locator(".react-flow__node").first().waitFor();
  const ids = await nodeIds(page);
  assert.ok(ids.length > 0, "a graph is shown, not a blank editor");
  await page.reload();
  await page.locator(".react-flow__node").first().waitFor();
  assert.deepEqual(await nodeIds(page), ids, "the reload opens the same graph (the link was taken out of the address)");
  await page
    .getByTestId("import-file")
    .setInputFiles({ name: "hostile.nudge.json", mimeType: "application/json", buffer: Buffer.from(hostile) });
  await page.getByTestId("notice").getByText("hostile.nudge.json").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /Could not open hostile\.nudge\.json.*unchanged/s);
  assert.deepEqual(await nodeIds(page), ids);
  await page.screenshot({ path: "e2e-artifacts/hostile-import.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a share link of a trained network opens trained (step and accuracy), not at step 0", async () => {
  const { page, errors, close } = await openPage(env);
  const { step, acc } = await trainTemplate(page, "moons-mlp", 60);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByLabel("Share link").inputValue();
  await close();
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const fresh = await context.newPage();
  await fresh.goto(link);
  await fresh.waitForFunction(
    (s) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) === s,
    step,
    { timeout: 15_000 },
  );
  assert.equal(await stat(fresh, "train-acc"), acc);
  await fresh.screenshot({ path: "e2e-artifacts/trained-share-link.png" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a failed save (storage full) is said, the work stays open, and the next save keeps it; a reload right after an edit keeps it", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "abc");
  await page.waitForTimeout(600);
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    window.__restorePut = () => {
      IDBObjectStore.prototype.put = put;
    };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await deleteNode(page, "c");
  await page.getByRole("alert").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /Could not save.*storage is full.*stays open.*Export/s);
  await page.screenshot({ path: "e2e-artifacts/save-failed.png" });
  const kept = await nodeIds(page);
  assert.ok(!kept.includes("c"), "the edit stays on screen");
  await page.evaluate(() => window.__restorePut());
  await deleteNode(page, "a");
  await reloaded(page);
  assert.deepEqual(
    await nodeIds(page),
    kept.filter((id) => id !== "a"),
    "both edits are saved; the last one by the flush as the page closed",
  );
  assert.deepEqual(errors, []);
  await close();
});
