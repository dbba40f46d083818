import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNames } from "@nudge/datasets";
import { openPage, useEditor } from "./helpers.mjs";

const env = useEditor();

/** Opens "Bigram (counting)" from the Templates menu: its workspace takes the canvas's place. */
async function openCounting(page) {
  await page.getByLabel("Templates").selectOption("bigram-counting");
  await page.getByTestId("text-workspace").waitFor();
}

const nll = (page) => page.getByTestId("bigram-nll").innerText();
const minus = (t) => Number(t.replace("\u2212", "-"));
/** How often `pair` occurs in the shipped names framed by ".": counted here, apart from the app. */
const pairCount = (pair) =>
  loadNames().reduce((n, w) => n + `.${w}.`.split("").filter((_, i, s) => s[i] + s[i + 1] === pair).length, 0);

test("Bigram (counting): makemore's 2.4544 on screen, add-one 2.4550, a row's bars on click, ten sampled names", async () => {
  const { page, errors, close } = await openPage(env);
  await openCounting(page);
  assert.equal(await nll(page), "2.4544");
  assert.match(
    await page.getByRole("region", { name: "Counting bigram" }).innerText(),
    /all 32,257 words \(229,804 pairs\)/,
  );
  await page.getByRole("button", { name: "Add-one smoothing" }).click();
  assert.equal(await nll(page), "2.4550");
  await page.getByRole("button", { name: "No smoothing" }).click();
  assert.equal(await nll(page), "2.4544");

  const map = page.getByRole("img", { name: /Bigram counts, 27 by 27/ });
  const box = await map.boundingBox();
  // Row "q" (index 17), column "u" (21), 18 px cells: hover reads the pair and its count, a click picks the row.
  await page.mouse.move(box.x + 21 * 18 + 9, box.y + 17 * 18 + 9);
  await page.getByText(`qu: u after q, ${pairCount("qu")}`, { exact: true }).waitFor();
  await page.mouse.click(box.x + 21 * 18 + 9, box.y + 17 * 18 + 9);
  await page.getByText(/^After q: u /).waitFor();
  await page.screenshot({ path: "e2e-artifacts/bigram-counting.png" });

  await page.getByRole("button", { name: "Sample" }).click();
  const first = await page.getByTestId("bigram-samples").locator("li").allInnerTexts();
  assert.equal(first.length, 10);
  for (const name of first) assert.match(name, /^[a-z]+$/);
  await page.getByRole("button", { name: "Sample" }).click();
  const second = await page.getByTestId("bigram-samples").locator("li").allInnerTexts();
  assert.equal(second.length, 10);
  assert.notDeepEqual(second, first, "the next press draws with the next seed");
  await page.getByLabel("Seed").fill("1");
  await page.getByLabel("Seed").press("Enter");
  await page.getByRole("button", { name: "Sample" }).click();
  assert.deepEqual(await page.getByTestId("bigram-samples").locator("li").allInnerTexts(), first, "seed 1 again");

  await page.getByRole("button", { name: /Zoom in/ }).click();
  await page.getByTestId("text-workspace").screenshot({ path: "e2e-artifacts/bigram-zoomed.png" });
  assert.deepEqual(errors, []);
  await close();
});

test("a typed word shows its log-likelihood pair by pair, summing the log probabilities; an unseen pair gives −∞", async () => {
  const { page, errors, close } = await openPage(env);
  await openCounting(page);
  const box = page.getByLabel("How likely is a word?");
  await box.fill("andrej");
  const table = page.getByRole("table", { name: 'Log-likelihood of "andrej"' });
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert.deepEqual(
    rows.map((r) => r[0]),
    [".a", "an", "nd", "dr", "re", "ej", "j."],
  );
  const logs = rows.map((r) => minus(r[2]));
  rows.forEach((r) => assert.ok(Math.abs(Math.exp(minus(r[2])) - Number(r[1])) < 1e-4, `log p of ${r[0]}`));
  const shown = minus(await page.getByTestId("word-log-likelihood").innerText());
  assert.ok(Math.abs(shown - logs.reduce((s, x) => s + x, 0)) < 1e-3, `${shown} is the sum of ${logs}`);
  assert.equal(rows.at(-1)[3], await page.getByTestId("word-log-likelihood").innerText());
  await page.screenshot({ path: "e2e-artifacts/bigram-word.png" });

  await box.fill("andrejq");
  assert.equal(await page.getByTestId("word-log-likelihood").innerText(), "\u2212\u221e");
  await page.getByText(/"jq" never occurs/).waitFor();
  await page.getByRole("button", { name: "Add-one smoothing" }).click();
  assert.ok(Number.isFinite(minus(await page.getByTestId("word-log-likelihood").innerText())));
  await box.fill("Emma");
  await page
    .getByRole("alert")
    .filter({ hasText: /position 1, value "E"/ })
    .waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("text data: the vocabulary and split shown; a bad .txt (a line with the token, a 50 MB file) is refused naming it, the document untouched", async () => {
  const { page, errors, close } = await openPage(env);
  await openCounting(page);
  const panel = page.getByRole("region", { name: "Text data" });
  assert.match(await panel.innerText(), /US Social Security Administration/);
  assert.equal(
    await page.getByTestId("text-split").innerText(),
    "Split by word (80/10/10, seed 42): train 25,806 · dev 3,225 · test 3,226",
  );
  const vocab = await page.getByRole("table", { name: /Character vocabulary, 27 symbols/ }).innerText();
  assert.match(
    vocab.replace(/\s+/g, " "),
    /^char \. a b c d e f g h i index 0 1 2 3 4 5 6 7 8 9 char j .* s index 10 .* 19 char t u v w x y z index 20 21 22 23 24 25 26$/,
  );

  await panel.getByLabel("My own word list").check();
  await panel.getByLabel(/Paste words, one per line/).fill("emma\n\n");
  await panel.getByRole("button", { name: "Use these words" }).click();
  assert.match(
    await page.getByTestId("word-list-error").innerText(),
    /pasted words: A word list needs at least 2 words/,
  );
  const chooser = page.waitForEvent("filechooser");
  await panel.getByRole("button", { name: "Import .txt…" }).click();
  await (
    await chooser
  ).setFiles({ name: "genes.txt", mimeType: "text/plain", buffer: Buffer.from("RD29A\nDREB2A\n\nAT.1G\n") });
  const error = page.getByTestId("word-list-error");
  await error.waitFor();
  assert.match(await error.innerText(), /^genes\.txt: At line 4/);
  await page.screenshot({ path: "e2e-artifacts/bigram-bad-import.png" });
  assert.equal(await nll(page), "2.4544", "the names are still the document's text");
  assert.match(await page.getByTestId("text-split").innerText(), /train 25,806/);

  // A 50 MB file dropped on the panel is refused from its size, without being read.
  await panel.locator(".nn-textdata__drop").evaluate((zone) => {
    const big = new File([new Uint8Array(50_000_000)], "huge.txt", { type: "text/plain" });
    const transfer = new DataTransfer();
    transfer.items.add(big);
    zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await page
    .getByText(/^huge\.txt: the file is 50\.0 MB; word lists are limited to 1\.0 MB/)
    .first()
    .waitFor();
  assert.equal(await nll(page), "2.4544");

  const good = page.waitForEvent("filechooser");
  await panel.getByRole("button", { name: "Import .txt…" }).click();
  await (
    await good
  ).setFiles({
    name: "genes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("rd29a\ndreb2a\nact2\npr1\nat1g01010\n"),
  });
  await panel.getByText("genes.txt: 5 words").waitFor();
  assert.match(await page.getByRole("table", { name: /Character vocabulary/ }).innerText(), /\./);
  assert.notEqual(await nll(page), "2.4544");
  await page.screenshot({ path: "e2e-artifacts/bigram-own-words.png" });
  assert.deepEqual(errors, []);
  await close();
});
