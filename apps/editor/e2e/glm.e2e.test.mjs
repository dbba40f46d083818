import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, openTemplate, pause, stat, useEditor } from "./helpers.mjs";

const env = useEditor();

test("Poisson regression: the inspector names the GLM, the neuron trains, and agrees with the statistical fit", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "poisson-regression");
  const neuron = page.getByTestId("node-h1_1");
  assert.match(await neuron.innerText(), /Poisson regression · log link/);
  await neuron.click();
  assert.match(
    await page.locator(".nn-inspector").innerText(),
    /This neuron is Poisson regression · log link\. One neuron .* is a generalised linear model: the bias is the intercept, the weights are the slopes/,
  );
  await page.screenshot({ path: "e2e-artifacts/glm-poisson-open.png" });
  await page.getByRole("button", { name: "Compare with the statistical fit" }).click();
  const panel = page.getByRole("region", { name: "Compare with the statistical fit" });
  await panel.getByText(/Not yet/).waitFor();
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) >= 600,
    null,
    { timeout: 60_000 },
  );
  await pause(page);
  await panel.getByText(/agrees with the GLM within 0\.001/).waitFor({ timeout: 10_000 });
  assert.ok((await stat(page, "step")) >= 600);
  await page.getByRole("figure", { name: "Observed against predicted" }).waitFor();
  await page
    .getByRole("figure", { name: "Observed against predicted" })
    .screenshot({ path: "e2e-artifacts/glm-poisson-counts.png" });
  const text = await panel.innerText();
  assert.match(text, /intercept = bias b/);
  assert.match(text, /slope of humidity \(scaled\) = weight w1/);
  assert.match(text, /deviance/);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "e2e-artifacts/glm-poisson-agrees.png" });
  await panel.screenshot({ path: "e2e-artifacts/glm-poisson-panel.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("a graph that is no GLM shows no comparison", async () => {
  const { page, errors, close } = await openPage(env);
  await openTemplate(page, "moons-mlp");
  assert.equal(await page.getByRole("button", { name: "Compare with the statistical fit" }).count(), 0);
  assert.deepEqual(errors, []);
  await close();
});
