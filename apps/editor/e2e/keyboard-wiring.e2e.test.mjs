import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useEditor } from "./helpers.mjs";

const env = useEditor();

const focused = (page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

/** Presses Tab until the focused element's aria-label matches `pattern` (a keyboard user's way there). */
async function tabTo(page, pattern, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (pattern.test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${pattern}; last focus: ${await focused(page)}`);
}

/** Tabs to a palette item (a button named by its kind) and presses Enter. */
async function addByKeyboard(page, label) {
  const n = await page.locator(".react-flow__node").count();
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.closest(".nn-palette") ? el.textContent?.trim() : null;
    });
    if (here === label) break;
  }
  await page.keyboard.press("Enter");
  await page.waitForFunction((k) => document.querySelectorAll(".react-flow__node").length === k, n + 1);
}

const edgeIds = (page) =>
  page.locator(".react-flow__edge").evaluateAll((es) => es.map((e) => e.getAttribute("data-id") ?? e.id));

test("keyboard only: Tab to ports, Enter picks and wires Input → Neuron → Output; Escape cancels; a refused wire says why", async () => {
  const { page, errors, close } = await openPage(env);
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length === 0);
  for (const kind of ["Input", "Neuron", "Output"]) await addByKeyboard(page, kind);
  assert.equal(await page.getByLabel("Mode", { exact: true }).inputValue(), "neurons", "an Input makes it a network");

  await tabTo(page, /^input-1 output .* port$/);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await page
    .locator(".nn-notice")
    .getByText(/Picked input-1 output/)
    .waitFor();
  await page.screenshot({ path: "e2e-artifacts/keyboard-picked.png" });
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Escape");
  await page.locator(".nn-notice").getByText("Wiring cancelled.").waitFor();

  await tabTo(page, /^input-1 output .* port$/);
  await page.keyboard.press("Enter");
  await tabTo(page, /^neuron-1 input .* port$/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__edge").length === 1);
  await page
    .locator(".nn-notice")
    .getByText(/Wired input-1 output .* → neuron-1 input/)
    .waitFor();

  await tabTo(page, /^neuron-1 output .* port$/);
  await page.keyboard.press("c");
  await tabTo(page, /^output-1 input .* port$/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".react-flow__edge").length === 2);
  const ids = await edgeIds(page);
  assert.equal(ids.length, 2);
  assert.ok(
    ids.some((id) => id.includes("input-1") && id.includes("neuron-1")),
    `input → neuron wire: ${ids}`,
  );
  assert.ok(
    ids.some((id) => id.includes("neuron-1") && id.includes("output-1")),
    `neuron → output wire: ${ids}`,
  );

  await tabTo(page, /^output-1 output .* port$/);
  await page.keyboard.press("Enter");
  await tabTo(page, /^input-1 input|^neuron-1 input .* port$/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    /Wire refused[\s\S]*Cannot wire/.test(document.querySelector(".nn-notice")?.textContent ?? ""),
  );
  assert.equal((await edgeIds(page)).length, 2, "the refused wire is not added");
  await page.screenshot({ path: "e2e-artifacts/keyboard-wired.png" });
  assert.deepEqual(errors, []);
  await close();
});
