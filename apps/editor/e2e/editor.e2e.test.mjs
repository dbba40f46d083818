import { test } from "node:test";
import assert from "node:assert/strict";
import { centre, drag, openPage, openTemplate, pause, stat, useEditor } from "./helpers.mjs";

const env = useEditor();

test("first run opens a working template with a one-line hint, no console errors", async () => {
  const { page, errors, close } = await openPage(env);
  assert.ok((await page.locator(".react-flow__node").count()) >= 5);
  assert.match(await page.getByTestId("hint").innerText(), /tip/i);
  await page.screenshot({ path: "e2e-artifacts/first-run.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("drag input, neuron, output and loss from the palette, wire them with the mouse, Play: the loss falls", async () => {
  const { page, errors, close } = await openPage(env);
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length === 0);
  const canvas = await page.getByTestId("canvas").boundingBox();
  const spots = { input: [90, 160], neuron: [290, 330], output: [490, 160], loss: [690, 330] };
  for (const [kind, [x, y]] of Object.entries(spots)) {
    const item = page.getByRole("button", { name: kind[0].toUpperCase() + kind.slice(1), exact: true });
    await drag(page, await centre(item), { x: canvas.x + x, y: canvas.y + y });
  }
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length === 4);
  await page.locator(".nn-node-problem").first().waitFor();
  assert.ok(await page.getByRole("button", { name: "Play" }).isDisabled(), "Play waits until the graph can train");
  await page.screenshot({ path: "e2e-artifacts/unwired-problems.png" });
  const node = (kind) =>
    page.locator(".react-flow__node").filter({ has: page.locator(`[data-testid^="node-${kind}-"]`) });
  const out = (kind) => node(kind).locator(".react-flow__handle.source").first();
  const into = (kind) => node(kind).locator(".react-flow__handle.target").first();
  for (const [a, b] of [
    ["input", "neuron"],
    ["neuron", "output"],
    ["output", "loss"],
  ]) {
    await drag(page, await centre(out(a)), await centre(into(b)));
  }
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__edge").length === 3);
  const play = page.getByRole("button", { name: "Play" });
  await play.waitFor();
  await page.waitForFunction(() => !document.querySelector("button.nudge-button--primary")?.disabled, null, {
    timeout: 10_000,
  });
  await page.waitForFunction(
    () =>
      document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "") === "0" &&
      Number.isFinite(
        parseFloat(document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") ?? ""),
      ),
  );
  await page.screenshot({ path: "e2e-artifacts/wired.png" });
  const early = await stat(page, "loss");
  await play.click();
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) > 0,
  );
  await page.waitForTimeout(2500);
  await pause(page);
  await page.waitForTimeout(300);
  const late = await stat(page, "loss");
  await page.screenshot({ path: "e2e-artifacts/wired-trained.png" });
  assert.ok(Number.isFinite(early) && Number.isFinite(late), `loss shown: ${early} then ${late}`);
  assert.ok(late < early, `loss fell on screen: ${early} → ${late}`);
  assert.deepEqual(errors, []);
  await close();
});

test("a refused wire shows its reason", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "xor");
  const node = (id) => page.locator(`.react-flow__node[data-id="${id}"]`);
  const from = await centre(node("h1_1").locator(".react-flow__handle.source"));
  const to = await centre(node("y1").locator(".react-flow__handle.target"));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.locator(".nn-connect-hint").waitFor();
  assert.match(await page.locator(".nn-connect-hint").innerText(), /already has a wire/);
  await page.screenshot({ path: "e2e-artifacts/refused-wire-live.png" });
  await page.mouse.up();
  await page.getByTestId("notice").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /refused/i);
  await page.screenshot({ path: "e2e-artifacts/refused-wire.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("three spiral classes: train and test confusion matrices are 3×3 and agree with the accuracy on screen", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "spiral");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () => parseFloat(document.querySelector('output[aria-label="train acc"]')?.textContent ?? "0") >= 60,
    null,
    { timeout: 30_000 },
  );
  await pause(page);
  await page.waitForTimeout(500);
  const tables = await page
    .getByTestId("confusion")
    .locator("table")
    .evaluateAll((ts) =>
      ts.map((t) => ({
        caption: t.querySelector("caption").textContent,
        cells: [...t.querySelectorAll("tbody tr")].map((r) =>
          [...r.querySelectorAll("td")].map((d) => Number(d.textContent.replace(/,/g, ""))),
        ),
      })),
    );
  assert.equal(tables.length, 2, "a train and a test matrix");
  const sum = (m) => m.flat().reduce((a, b) => a + b, 0);
  const diag = (m) => m.reduce((a, row, i) => a + row[i], 0);
  for (const t of tables)
    assert.deepEqual(
      t.cells.map((r) => r.length),
      [3, 3, 3],
    );
  const [train, test] = tables;
  assert.equal(sum(train.cells) + sum(test.cells), 150, "every example counted once");
  assert.equal(sum(test.cells), 30, "20% test split");
  const shown = await stat(page, "train-acc");
  assert.ok(
    Math.abs((100 * diag(train.cells)) / sum(train.cells) - shown) < 0.06,
    `matrix accuracy matches the stat ${shown}%`,
  );
  assert.match(train.caption, new RegExp(`accuracy ${shown.toFixed(1)}%`));
  await page.screenshot({ path: "e2e-artifacts/spiral.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("the moons MLP trains to at least 95% accuracy on screen", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () =>
      parseFloat(document.querySelector('output[aria-label="train acc"]')?.textContent?.replace(/,/g, "") ?? "0") >= 95,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1000);
  await pause(page);
  await page.waitForTimeout(300);
  assert.ok((await stat(page, "train-acc")) >= 95);
  await page.screenshot({ path: "e2e-artifacts/moons-trained.png" });
  await page.locator(".nn-layers summary").click();
  const rows = page.locator(".nn-layers .nudge-layer-stats tbody tr");
  await rows.first().waitFor();
  const layers = await rows.count();
  assert.ok(layers >= 2, `two hidden layers at least, got ${layers}`);
  assert.equal(await page.getByTestId("layer-histograms").count(), layers);
  assert.match(await page.locator(".nn-layers").innerText(), /layer 1 · 16 (tanh|relu)/);
  await page.locator(".nn-layers").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e-artifacts/moons-layers-stats.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("expression mode shows micrograd's README numbers after Forward and Backward", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "micrograd-readme");
  await page.getByRole("button", { name: "Forward", exact: true }).click();
  await page.getByTestId("node-g").getByText("24.7041").waitFor();
  await page.getByRole("button", { name: "Backward", exact: true }).click();
  await page.getByTestId("node-a").getByText("138.8338").waitFor();
  await page.getByTestId("node-b").getByText("645.5773").waitFor();
  assert.match(await page.getByTestId("expression-output").innerText(), /g = 24\.7041/);
  assert.match(await page.getByTestId("leaf-a").innerText(), /138\.8338/);
  assert.match(await page.getByTestId("leaf-b").innerText(), /645\.5773/);
  await page.screenshot({ path: "e2e-artifacts/expression.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("an invalid import shows a message and leaves the graph intact", async () => {
  const { page, errors, close } = await openPage(env);
  const ids = () => page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.dataset.id).sort());
  const before = await ids();
  await page.getByTestId("import-file").setInputFiles({
    name: "broken.nudge.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"version": 1, "nodes": ['),
  });
  await page.getByRole("alert").first().waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /Could not open broken\.nudge\.json.*unchanged/s);
  await page.getByTestId("import-file").setInputFiles({
    name: "alien.nudge.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        version: 1,
        title: "x",
        mode: "neurons",
        nodes: [{ id: "q", kind: "quantum", position: { x: 0, y: 0 }, params: {} }],
        edges: [],
      }),
    ),
  });
  await page.getByTestId("notice").getByText("alien.nudge.json").waitFor();
  assert.deepEqual(await ids(), before);
  await page.screenshot({ path: "e2e-artifacts/bad-import.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("Step trains one step; Reset returns to the same initial weights; Re-seed draws new ones", async () => {
  const { page, errors, close } = await openPage(env);
  const lossAt0 = async () => {
    await page.waitForFunction(
      () =>
        document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "") === "0" &&
        Number.isFinite(
          parseFloat(document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") ?? ""),
        ),
    );
    return page.locator('output[aria-label="loss"]').innerText();
  };
  const first = await lossAt0();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Step", exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "") === "3",
  );
  assert.notEqual(await page.locator('output[aria-label="loss"]').innerText(), first);
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  assert.equal(await lossAt0(), first);
  await page.getByRole("button", { name: "Re-seed", exact: true }).click();
  await page.waitForFunction(
    (f) => document.querySelector('output[aria-label="loss"]')?.textContent?.replace(/,/g, "") !== f,
    first,
  );
  assert.equal(await page.locator('output[aria-label="step"]').innerText(), "0");
  assert.deepEqual(errors, []);
  await close();
});
