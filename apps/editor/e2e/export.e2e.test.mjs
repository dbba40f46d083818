import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, trainTemplate, useEditor } from "./helpers.mjs";

const env = useEditor();

test("code export trains as many steps as the learner trained, in PyTorch and TypeScript", async () => {
  const { page, errors, close } = await openPage(env);
  const { step } = await trainTemplate(page, "xor", 40);
  assert.ok(step >= 40);
  for (const [language, pattern] of [
    ["pytorch", /^steps = (\d+)$/m],
    ["typescript", /^const steps = (\d+);$/m],
  ]) {
    const download = page.waitForEvent("download");
    await page.getByLabel("Export as code").selectOption(language);
    const file = await (await download).path();
    const code = await readFile(file, "utf8");
    assert.equal(Number(pattern.exec(code)?.[1]), step, `${language} export trains the ${step} steps shown`);
  }
  await page.getByText(`training ${step} steps as you did`).first().waitFor();
  assert.deepEqual(errors, []);
  await close();
});
