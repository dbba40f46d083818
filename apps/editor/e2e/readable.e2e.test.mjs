import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, openTemplate, pause, reloaded, useEditor } from "./helpers.mjs";

const env = useEditor();

/** A learner's window: CSS viewport, device pixels per CSS pixel (1.5 = 150% browser zoom) and colour scheme. */
const windowOf = (width, height, scale = 1, colorScheme = "light") =>
  env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, colorScheme });

/** The smallest on-screen size of node text: computed font size × the canvas zoom, over every element holding text. */
const smallestNodeText = (page) =>
  page.evaluate(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector(".react-flow__viewport")).transform).a;
    const sizes = [...document.querySelectorAll(".react-flow__node *")]
      .filter((e) => [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()))
      .filter((e) => e.getBoundingClientRect().width > 0)
      .map((e) => parseFloat(getComputedStyle(e).fontSize) * zoom);
    return { zoom, count: sizes.length, smallest: Math.min(...sizes) };
  });

/** Every header control inside the window and none on top of another. */
async function assertHeaderFits(page, where) {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll(".nn-toolbar :is(button, select, input:not([type=file]), .nn-brand)")].map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.getAttribute("aria-label") ?? e.textContent.trim(), x: r.x, y: r.y, r: r.right, b: r.bottom };
    }),
  );
  const [w, h] = await page.evaluate(() => [innerWidth, innerHeight]);
  assert.ok(boxes.length >= 14, `${where}: all header controls found (${boxes.length})`);
  for (const c of boxes) {
    assert.ok(c.r - c.x > 8 && c.b - c.y > 8, `${where}: ${c.name} is drawn (${JSON.stringify(c)})`);
    assert.ok(
      c.x >= 0 && c.y >= 0 && c.r <= w && c.b <= h,
      `${where}: ${c.name} inside ${w}×${h} (${JSON.stringify(c)})`,
    );
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const overlap = Math.min(a.r, b.r) - Math.max(a.x, b.x) > 0.5 && Math.min(a.b, b.b) - Math.max(a.y, b.y) > 0.5;
      assert.ok(!overlap, `${where}: ${a.name} and ${b.name} overlap`);
    }
}

test("first run: the small 2-4-2-1 network, readable (node text ≥ 11 px), the one-line hint and the lesson path in order", async () => {
  const { page, errors, close } = await openPage(env, await windowOf(1280, 800));
  assert.equal(await page.getByLabel("Graph title").inputValue(), "Moons 2-4-2-1");
  assert.equal(
    await page.locator(".react-flow__node").count(),
    11,
    "2 inputs, 4 + 2 + 1 neurons, an output and a loss",
  );
  assert.match(
    await page.getByTestId("hint").innerText(),
    /Press Play to train; drag from the palette to add a neuron/,
  );
  const text = await smallestNodeText(page);
  assert.ok(text.count > 20 && text.smallest >= 11, `node text on screen: ${JSON.stringify(text)}`);
  const path = page.getByRole("navigation", { name: "Lesson path" });
  const items = await path
    .locator("li")
    .evaluateAll((lis) =>
      lis.map((li) => ({ text: li.textContent.replace(/\s+/g, " ").trim(), link: !!li.querySelector("button") })),
    );
  assert.deepEqual(
    items.map((i) => i.text.replace(/ \(coming\)$/, "")),
    [
      "1Functions from non-linear pieces",
      "2Computational graph & backprop",
      "3Training a tiny MLP",
      "4Text encoding & generation",
      "5MLP language model",
      "6Advanced MLPs",
      "7Your own data",
    ],
  );
  assert.deepEqual(
    items.map((i) => i.link),
    [true, true, true, true, true, true, false],
  );
  assert.ok(
    items.slice(6).every((i) => /\(coming\)$/.test(i.text)),
    "lessons without a template say coming",
  );
  await page.screenshot({ path: "e2e-artifacts/readable-first-run.png" });
  await path.getByRole("button", { name: "Computational graph & backprop" }).click();
  await page.locator('[data-settled="true"]').waitFor();
  await page.getByRole("button", { name: "Forward", exact: true }).waitFor();
  assert.equal(await page.getByLabel("Graph title").inputValue(), "a·b + c");
  await page.getByRole("button", { name: "Hide the lesson path" }).click();
  assert.equal(await path.count(), 0);
  await page.getByRole("button", { name: "Lessons" }).click();
  await path.waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("at 150% browser zoom and at 1024×768 the whole header is visible, nothing overlaps, node text still reads", async () => {
  for (const [w, h, scale, name] of [
    [853, 533, 1.5, "150% zoom of 1280×800"],
    [1024, 768, 1, "1024×768"],
  ]) {
    const { page, errors, close } = await openPage(env, await windowOf(w, h, scale));
    await assertHeaderFits(page, name);
    const text = await smallestNodeText(page);
    assert.ok(text.smallest >= 11, `${name}: node text ${JSON.stringify(text)}`);
    await page.screenshot({ path: `e2e-artifacts/readable-header-${w}x${h}@${scale}.png` });
    assert.deepEqual(errors, []);
    await close();
  }
});

test("the title edits in place: Enter renames (one undo step) and names the exported files; Escape keeps it", async () => {
  const { page, errors, close } = await openPage(env);
  const title = page.getByLabel("Graph title");
  await title.click();
  await title.fill("My moons net");
  await title.press("Enter");
  const exported = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  assert.equal((await exported).suggestedFilename(), "my-moons-net.nudge.json");
  const code = page.waitForEvent("download");
  await page.getByLabel("Export as code").selectOption("pytorch");
  assert.equal((await code).suggestedFilename(), "my-moons-net.py");
  await title.click();
  await title.fill("something else");
  await title.press("Escape");
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") !== "Graph title");
  assert.equal(await title.inputValue(), "My moons net");
  await page.getByRole("button", { name: "Undo" }).click();
  assert.equal(await title.inputValue(), "Moons 2-4-2-1", "one undo step");
  assert.deepEqual(errors, []);
  await close();
});

test("text size: Large makes node and panel text bigger and is kept after a reload", async () => {
  const { page, errors, close } = await openPage(env);
  const before = await smallestNodeText(page);
  const body = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const normal = await body();
  await page.getByLabel("Text size").selectOption("large");
  await page.waitForFunction((n) => parseFloat(getComputedStyle(document.body).fontSize) > n, normal);
  const after = await smallestNodeText(page);
  assert.ok(after.smallest / after.zoom > before.smallest / before.zoom, `${JSON.stringify({ before, after })}`);
  await reloaded(page);
  assert.equal(await page.getByLabel("Text size").inputValue(), "large");
  assert.ok((await body()) > normal);
  assert.deepEqual(errors, []);
  await close();
});

test("wire badges: 'scalar' is said once (legend) and on the selected wire; layer shapes stay on every wire", async () => {
  const { page, errors, close } = await openPage(env);
  const badges = () => page.locator(".nudge-shape-badge").allInnerTexts();
  assert.deepEqual(await badges(), [], "no pile of scalar badges");
  assert.match(await page.locator(".nn-legend").innerText(), /scalar/);
  const at = await page.evaluate(() => {
    const path = document.querySelector(".react-flow__edge path.react-flow__edge-interaction, .react-flow__edge path");
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM();
    return { x: m.a * p.x + m.e, y: m.d * p.y + m.f };
  });
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() =>
    [...document.querySelectorAll(".nudge-shape-badge")].some((b) => b.textContent === "scalar"),
  );
  assert.deepEqual(await badges(), ["scalar"]);
  await page.screenshot({ path: "e2e-artifacts/readable-selected-wire.png" });
  await openTemplate(page, "moons-layers");
  const shapes = await badges();
  assert.ok(shapes.length >= 4 && shapes.every((s) => /^\[/.test(s)), `layer wires keep their shapes: ${shapes}`);
  assert.deepEqual(errors, []);
  await close();
});

test("selecting a node docks the Inspector at the top of the side panel", async () => {
  const { page, errors, close } = await openPage(env, await windowOf(1024, 768));
  await page.locator('.react-flow__node[data-id="h1_1"]').click();
  const first = await page.evaluate(() => document.querySelector(".nn-side")?.firstElementChild?.className);
  assert.match(first, /nn-inspector/);
  const box = await page.locator(".nn-inspector").boundingBox();
  assert.ok(box.y < 200, `Inspector top at ${box.y}`);
  await page.getByLabel("w from x1").waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("Layers: the table's saturated share and the tanh histogram caption agree and state the threshold", async () => {
  const { page, errors, close } = await openPage(env);
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) >= 40,
  );
  await pause(page);
  await page.waitForTimeout(500);
  await page.locator(".nn-layers summary").click();
  await page.locator(".nudge-layer-stats tbody tr").first().waitFor();
  const table = await page
    .locator(".nudge-layer-stats tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[1].textContent.replace(" ⚠", "")));
  const captions = await page.locator(".nn-layer-hists figcaption").allInnerTexts();
  const shares = captions
    .filter((c) => /saturated/.test(c))
    .map((c) => /saturated \(\|a\| > 0\.97\): ([\d.]+%)/.exec(c)?.[1]);
  assert.equal(shares.length, 2, `captions: ${captions}`);
  assert.deepEqual(shares, table.slice(0, 2), "captions state the table's figures");
  assert.match(await page.locator(".nudge-layer-stats caption").innerText(), /tanh \|a\| > 0\.97/);
  await page.locator(".nn-layer-hists").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e-artifacts/readable-layers.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("screenshots at 1280×800 and 1024×768, light and dark", async () => {
  for (const [w, h] of [
    [1280, 800],
    [1024, 768],
  ])
    for (const scheme of ["light", "dark"]) {
      const { page, errors, close } = await openPage(env, await windowOf(w, h, 1, scheme));
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), scheme);
      await assertHeaderFits(page, `${w}×${h} ${scheme}`);
      await page.screenshot({ path: `e2e-artifacts/readable-${w}x${h}-${scheme}.png` });
      assert.deepEqual(errors, []);
      await close();
    }
});
