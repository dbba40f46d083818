import { test } from "node:test";
import assert from "node:assert/strict";
import { centre, drag, openPage, openTemplate, useEditor } from "./helpers.mjs";

const env = useEditor();

const nodeCount = (page, n) =>
  page.waitForFunction((k) => document.querySelectorAll(".react-flow__node").length === k, n);

/** Clears the canvas with Ctrl+A, Delete. */
async function clearCanvas(page) {
  await page.locator(".react-flow__pane").click({ position: { x: 10, y: 10 } });
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await nodeCount(page, 0);
}

/** Drags a palette item onto the canvas at (x, y) from its top-left corner; returns the new node's id. */
async function dropKind(page, label, x, y) {
  const canvas = await page.getByTestId("canvas").boundingBox();
  const before = await page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.dataset.id));
  const item = page.locator(".nn-palette").getByRole("button", { name: label, exact: true });
  await drag(page, await centre(item), { x: canvas.x + x, y: canvas.y + y });
  await nodeCount(page, before.length + 1);
  const after = await page.locator(".react-flow__node").evaluateAll((ns) => ns.map((n) => n.dataset.id));
  return after.find((id) => !before.includes(id));
}

/** Selects a node and types its name and (for a Parameter) its value into the Inspector. */
async function nameNode(page, id, name, value) {
  await page.locator(`.react-flow__node[data-id="${id}"]`).click();
  const field = page.getByLabel("name", { exact: true });
  await field.fill(name);
  await field.press("Enter");
  if (value !== undefined) {
    const v = page.locator(".nn-inspector").getByLabel("Value", { exact: true });
    await v.fill(String(value));
    await v.press("Enter");
  }
  await page.locator(`.react-flow__node[data-id="${id}"]`).getByText(name, { exact: true }).first().waitFor();
}

const handle = (page, id, side, port) =>
  page.locator(
    `.react-flow__node[data-id="${id}"] .react-flow__handle.${side}${port ? `[data-handleid="${port}"]` : ""}`,
  );

/** The centre of a handle once it stops moving (a renamed node resizes and its handles move). */
async function steady(locator) {
  let last = await centre(locator);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const now = await centre(locator);
    if (now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  return last;
}

/** Drags a wire; the notice bar above the canvas may come or go mid-drag and move the canvas, so a missed drop is tried again. */
async function wire(page, from, to, port) {
  const edges = await page.locator(".react-flow__edge").count();
  const source = handle(page, from, "source");
  const target = handle(page, to, "target", port);
  for (let attempt = 0; attempt < 3; attempt++) {
    await drag(page, await steady(source), await steady(target));
    const made = await page
      .waitForFunction((n) => document.querySelectorAll(".react-flow__edge").length === n, edges + 1, {
        timeout: 5000,
      })
      .then(() => true)
      .catch(() => false);
    if (made) return;
  }
  throw new Error(`no wire from ${from} to ${to}.${port} after three drags`);
}

const leafRow = (page, id) => page.getByTestId(`leaf-${id}`).innerText();
const output = (page) => page.getByTestId("expression-output").innerText();

/** Builds a*b + c (a = 2, b = −3, c = 10, micrograd's lecture) on a cleared canvas by dragging from the palette. */
async function buildAbc(page) {
  await clearCanvas(page);
  const hint = page.getByTestId("canvas-empty-hint");
  await hint.waitFor();
  const ids = {};
  ids.a = await dropKind(page, "Parameter", 60, 60);
  ids.b = await dropKind(page, "Parameter", 260, 60);
  ids.c = await dropKind(page, "Parameter", 460, 60);
  ids.e = await dropKind(page, "Multiply", 160, 230);
  ids.d = await dropKind(page, "Add", 320, 400);
  await hint.waitFor({ state: "detached" });
  for (const [k, v] of [
    ["a", 2],
    ["b", -3],
    ["c", 10],
  ])
    await nameNode(page, ids[k], k, v);
  await nameNode(page, ids.e, "e");
  await nameNode(page, ids.d, "d");
  await wire(page, ids.a, ids.e, "a");
  await wire(page, ids.b, ids.e, "b");
  await wire(page, ids.e, ids.d, "a");
  await wire(page, ids.c, ids.d, "b");
  return ids;
}

test("a*b + c built on a blank canvas is an expression: 4 only after Forward, gradients −3, 2, 1 only after Backward", async () => {
  const { page, errors, close } = await openPage(env);
  await clearCanvas(page);
  await page.getByTestId("canvas-empty-hint").waitFor();
  assert.doesNotMatch(await page.locator(".nn-side").innerText(), /Compile failed|_mark|undefined/);
  const ids = await buildAbc(page);
  assert.equal(
    await page.getByLabel("Mode", { exact: true }).inputValue(),
    "expression",
    "the mode control says Expression",
  );
  const side = page.locator(".nn-side");
  await page.getByRole("button", { name: "Forward", exact: true }).waitFor();
  await page.waitForFunction(() => !document.querySelector(".nn-side")?.textContent?.includes("Cannot run yet"));
  await page.waitForFunction(() => !document.querySelector(".nn-side button.nudge-button--primary")?.disabled);
  assert.doesNotMatch(await side.innerText(), /Add an Output node|Play/);
  assert.doesNotMatch(await output(page), /4\.0000/, "no answer before Forward");
  assert.doesNotMatch(await page.locator(`.react-flow__node[data-id="${ids.d}"]`).innerText(), /4\.0000/);
  assert.match(await leafRow(page, ids.a), /a\s+2\.0000\s+–/);
  await page.getByRole("button", { name: "Forward", exact: true }).click();
  await page.getByTestId("expression-output").getByText("4.0000").waitFor();
  assert.match(await page.locator(`.react-flow__node[data-id="${ids.d}"]`).innerText(), /4\.0000/);
  for (const k of ["a", "b", "c"])
    assert.match(await leafRow(page, ids[k]), /–$/, `no gradient of ${k} before Backward`);
  await page.getByRole("button", { name: "Backward", exact: true }).click();
  await page.getByTestId("op-cursor").getByText(/^done/).waitFor();
  assert.match(await leafRow(page, ids.a), /a\s+2\.0000\s+−3\.0000/);
  assert.match(await leafRow(page, ids.b), /b\s+−3\.0000\s+2\.0000/);
  assert.match(await leafRow(page, ids.c), /c\s+10\.0000\s+1\.0000/);
  await page.locator(`.react-flow__node[data-id="${ids.a}"]`).hover();
  await page.locator(".nn-tip").getByText("∂d/∂a = −3.0000").waitFor();
  await page.mouse.move(5, 5);
  for (const theme of ["light", "dark"]) {
    if (theme === "dark") await page.getByRole("button", { name: "Dark theme" }).click();
    for (const [w, h] of [
      [1280, 800],
      [1024, 768],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByRole("button", { name: "Fit View" }).click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `e2e-artifacts/abc-blank-${theme}-${w}x${h}.png` });
    }
  }
  await page.getByRole("button", { name: "Light theme" }).click();
  await nameNode(page, ids.c, "c", 11);
  await page.waitForFunction(
    () => !/\d/.test(document.querySelector('[data-testid="expression-output"] .nn-mono')?.textContent ?? "0"),
  );
  assert.match(await leafRow(page, ids.c), /c\s+11\.0000\s+–/, "an edit clears the stale gradient");
  await page.getByRole("button", { name: "Forward", exact: true }).click();
  await page.getByTestId("expression-output").getByText("5.0000").waitFor();
  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await page
    .getByTestId("op-cursor")
    .getByText(/^start/)
    .waitFor();
  assert.doesNotMatch(await output(page), /5\.0000/);
  const mode = page.getByLabel("Mode", { exact: true });
  await mode.selectOption("neurons");
  await page.getByRole("button", { name: "Play" }).waitFor();
  await side.getByText(/Add an Output node/).waitFor();
  await mode.selectOption("expression");
  await page.getByRole("button", { name: "Forward", exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("log of a negative number: the NaN is explained on the node where it arose, naming the op and its input", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "abc");
  await nameNode(page, "c", "c", -10);
  const lg = await dropKind(page, "Log", 560, 420);
  await wire(page, "d", lg, "x");
  await page.waitForFunction(() => !document.querySelector(".nn-side button.nudge-button--primary")?.disabled);
  await page.getByRole("button", { name: "Forward", exact: true }).click();
  const note = page.locator(`.react-flow__node[data-id="${lg}"] .nn-node-stopped`);
  await note.waitFor();
  assert.match(await note.innerText(), /^log\(-16\) at node log-1: log needs a positive input/);
  assert.equal(await page.locator(".nn-node-stopped").count(), 1, "only where it arose, not downstream or upstream");
  await page.screenshot({ path: "e2e-artifacts/expression-nan.png" });
  assert.deepEqual(errors, []);
  await close();
});
