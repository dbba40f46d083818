import { test } from "node:test";
import assert from "node:assert/strict";
import { centre, drag, openPage, openTemplate, pause, stat, stepShown, useEditor } from "./helpers.mjs";

const env = useEditor();

const node = (page, id) => page.locator(`.react-flow__node[data-id="${id}"]`);
const out = (page, id) => node(page, id).locator(".react-flow__handle.source").first();
const into = (page, id) => node(page, id).locator(".react-flow__handle.target").first();
const ids = (page) => page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.dataset.id));

/** Waits for the "paused at the stop condition" notice and returns the step counter then. */
async function stopped(page, timeout = 60_000) {
  await page.getByTestId("stopped-at").waitFor({ timeout });
  return stepShown(page);
}

/** Empties the canvas of the moons template (keeping its data and default settings), as a learner starting over. */
async function blankMoons(page) {
  await openTemplate(page, "moons-mlp");
  await page.locator(".react-flow__pane").click({ position: { x: 20, y: 20 } });
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length === 0);
}

/**
 * New wires start at Math.random() weights; a seeded Math.random makes the run repeatable. (Across 30 seeds the
 * runtime's hand-built test measured 26 of 30 2-4-1 nets above 95% with micrograd's recipe: see the report.)
 */
const seededRandom = (seed) => {
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

test("a 2-4-1 moons net dragged onto a blank canvas reads x₁ and x₂ and reaches ≥ 95% with the defaults", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => localStorage.setItem("nudge:speed", "fast"));
  await context.addInitScript(seededRandom, 1);
  const { page, errors, close } = await openPage(env, context);
  await blankMoons(page);
  // Room to wire: the lesson strip hidden and the legend folded, so neither covers a port.
  if (await page.getByRole("button", { name: "Hide the lesson path" }).isVisible())
    await page.getByRole("button", { name: "Hide the lesson path" }).click();
  await page.locator(".nn-legend summary").click();
  const canvas = await page.getByTestId("canvas").boundingBox();
  const drops = [
    ["Input", 60, 150],
    ["Input", 60, 390],
    ["Neuron", 280, 40],
    ["Neuron", 280, 190],
    ["Neuron", 280, 340],
    ["Neuron", 280, 490],
    ["Neuron", 500, 270],
    ["Output", 740, 270],
  ];
  for (const [kind, x, y] of drops) {
    const item = page.getByRole("button", { name: kind, exact: true });
    await drag(page, await centre(item), { x: canvas.x + x, y: canvas.y + y });
  }
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length === 8);
  const all = await ids(page);
  const inputs = all.filter((id) => id.startsWith("input"));
  const neurons = all.filter((id) => id.startsWith("neuron"));
  const output = all.find((id) => id.startsWith("output"));
  const hidden = neurons.slice(0, 4);
  const last = neurons[4];
  const wires = [...hidden.flatMap((h) => [...inputs.map((x) => [x, h]), [h, last]]), [last, output]];
  for (const [a, b] of wires) await drag(page, await centre(out(page, a)), await centre(into(page, b)));
  await page.waitForFunction((n) => document.querySelectorAll(".react-flow__edge").length === n, wires.length);
  const features = [];
  for (const id of inputs) {
    await node(page, id).click();
    features.push(await page.getByLabel("Feature").inputValue());
  }
  assert.deepEqual(features, ["0", "1"], "the second Input reads the next feature");
  await node(page, last).click();
  assert.equal(await page.getByLabel("Activation").inputValue(), "identity", "the neuron into the Output is linear");
  await page.screenshot({ path: "e2e-artifacts/pace-hand-built.png" });
  const play = page.getByRole("button", { name: "Play" });
  await page.waitForFunction(() => !document.querySelector("button.nudge-button--primary")?.disabled);
  await play.click();
  assert.equal(await stopped(page), 2000, "the default stop condition: 2,000 steps");
  const acc = await stat(page, "train-acc");
  await page.screenshot({ path: "e2e-artifacts/pace-hand-built-trained.png" });
  assert.ok(acc >= 95, `train accuracy ${acc}% ≥ 95%`);
  assert.deepEqual(errors, []);
  await close();
  await context.close();
});

/** Pixels of the edge canvas near the gradient colour (the glow). */
const glowPixels = (page) =>
  page.evaluate(() => {
    const canvas = document.querySelector(".nn-edge-canvas");
    const probe = document.createElement("div");
    probe.style.color = "var(--nudge-grad)";
    canvas.parentElement.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
    probe.remove();
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 40) continue;
      const a = data[i + 3] / 255;
      // Un-premultiplied colour of the pixel against the glow colour.
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 90 * a + 30) n++;
    }
    return n;
  });

test("slow speed: fewer than 10 steps a second, each step glowing on the wires", async () => {
  const { page, errors, close } = await openPage(env, undefined, { speed: "slow" });
  await openTemplate(page, "xor");
  assert.equal(await page.getByLabel("speed").inputValue(), "slow");
  const still = await glowPixels(page);
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(() => Number(document.querySelector('output[aria-label="step"]')?.textContent) >= 1);
  const s0 = await stepShown(page);
  const t0 = Date.now();
  await page.waitForTimeout(3000);
  const s1 = await stepShown(page);
  const seconds = (Date.now() - t0) / 1000;
  const lit = await glowPixels(page);
  await page.screenshot({ path: "e2e-artifacts/pace-slow-glow.png" });
  await pause(page);
  const rate = (s1 - s0) / seconds;
  assert.ok(s1 > s0, `the step counter moves at slow speed (${s0} → ${s1})`);
  assert.ok(rate < 10, `slow speed shows ${rate.toFixed(1)} steps/s, fewer than 10`);
  assert.ok(lit > 200 && lit > 5 * still, `glow pixels on the wires while training: ${lit} (before Play: ${still})`);
  assert.deepEqual(errors, []);
  await close();
});

test("the stop condition pauses at the set step count, and Play trains as many more", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  const field = page.getByLabel("pause after");
  await field.fill("150");
  await field.press("Enter");
  await page.getByRole("button", { name: "Play" }).click();
  assert.equal(await stopped(page), 150);
  assert.match(await page.getByTestId("stopped-at").innerText(), /Paused at step 150/);
  await page.screenshot({ path: "e2e-artifacts/pace-stopped.png" });
  await page.getByRole("button", { name: "Play" }).click();
  await page.getByText("Paused at step 300").waitFor({ timeout: 60_000 });
  assert.equal(await stepShown(page), 300);
  assert.deepEqual(errors, []);
  await close();
});

test("moons → sine switches the loss to MSE; a Loss node's loss is shown read-only in the settings", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  await page.getByLabel("dataset").selectOption("sine");
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="loss-from-node"]')?.textContent?.includes("mse"),
  );
  await page.getByRole("button", { name: "Select it" }).click();
  await page.screenshot({ path: "e2e-artifacts/pace-loss-follows-task.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("a learning rate too large for the data diverges with a notice naming it and a smaller one to try", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  await page.getByLabel("lr schedule").selectOption("constant");
  const lr = page.getByLabel("learning rate");
  await lr.fill("100");
  await lr.press("Enter");
  await page.getByRole("button", { name: "Play" }).click();
  const stoppedNotice = page.getByTestId("training-stopped");
  await stoppedNotice.waitFor({ timeout: 60_000 });
  assert.match(await stoppedNotice.innerText(), /learning rate at 100, likely too large for these data \(try 10\)/);
  await page.screenshot({ path: "e2e-artifacts/pace-lr-diverged.png" });
  assert.deepEqual(errors, []);
  await close();
});
