import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, openTemplate, pause, useEditor } from "./helpers.mjs";

const env = useEditor();

const devLoss = (page) =>
  page
    .getByTestId("dev-loss")
    .innerText()
    .then((t) => Number(t.replace("\u2212", "-")));

test("MLP language model: the edges show [n, 3] → [n, 3, 10] → [n, 30] → [n, 200] → [n, 27]; Play brings the dev loss below 2.6 and the samples change", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "mlp-lm");
  const labels = await page.locator(".nudge-shape-badge").allInnerTexts();
  for (const shape of [
    "[n, 3] · matrix",
    "[n, 3, 10] · 3-tensor",
    "[n, 30] · matrix",
    "[n, 200] · matrix",
    "[n, 27] · matrix",
  ])
    assert.ok(labels.includes(shape), `an edge shows ${shape} (shown: ${labels.join(" | ")})`);
  await page.screenshot({ path: "e2e-artifacts/language-mlp-open.png" });
  await page.getByRole("button", { name: "Play" }).click();
  await page.getByTestId("samples").waitFor({ timeout: 60_000 });
  const first = await page.getByTestId("samples").innerText();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="dev-loss"]')?.textContent?.replace("\u2212", "-")) < 2.6,
    null,
    { timeout: 120_000 },
  );
  await page.waitForFunction(
    (before) => document.querySelector('[data-testid="samples"]')?.textContent !== before,
    first,
    { timeout: 30_000 },
  );
  await pause(page);
  assert.ok((await devLoss(page)) < 2.6);
  const words = (await page.getByTestId("samples").innerText()).split(", ");
  assert.equal(words.length, 10);
  await page.screenshot({ path: "e2e-artifacts/language-mlp-trained.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("Bigram (neural): the palette offers the text layers; Play brings the NLL to the counting bigram's (≤ 2.465)", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "bigram-neural");
  const palette = await page.getByRole("navigation", { name: "Palette" }).innerText();
  for (const kind of ["Characters", "One-hot", "Embedding", "Flatten"]) assert.match(palette, new RegExp(kind));
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="loss"]')?.textContent?.replace("\u2212", "-")) <= 2.465,
    null,
    { timeout: 60_000 },
  );
  await pause(page);
  await page.screenshot({ path: "e2e-artifacts/language-bigram-trained.png" });
  assert.deepEqual(errors, []);
  await close();
});
