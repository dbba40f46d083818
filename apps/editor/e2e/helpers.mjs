import { fileURLToPath } from "node:url";
import { preview } from "vite";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "@nudge/vitest-config";
import { defaultTraining } from "@nudge/graph";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Plain training settings for hand-written test documents: MSE, SGD at lr 0.1, constant, full batch, no L2, seed 1. */
const sgd = { optimizer: { kind: "sgd", lr: 0.1 }, schedule: { kind: "constant" } };
export const plainTraining = defaultTraining({ ...sgd, loss: "mse", l2: 0, seed: 1 });

/**
 * Starts the built editor and chromium before this file's tests and stops them after (node:test hooks).
 * The returned env is filled in when `before` has run: pass it to `openPage` inside tests.
 */
export function useEditor(outDir) {
  const env = {};
  before(async () => Object.assign(env, await start(outDir)));
  after(async () => env.stop?.());
  return env;
}

/** Starts `vite preview` of dist/ (or another build folder, e.g. a baseline for the bench) and a headless Debian chromium. */
export async function start(outDir) {
  const server = await preview({
    root,
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0 },
    ...(outDir ? { build: { outDir } } : {}),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  return {
    url: server.resolvedUrls.local[0],
    browser,
    async stop() {
      await browser.close();
      await new Promise((r) => server.httpServer.close(r));
    },
  };
}

/**
 * A fresh page at 1280×720 (a learner's laptop) that records console errors and page errors; with `context`, another
 * tab of that browser profile. Training runs at the "fast" speed unless `speed` says otherwise (a learner's default is
 * "normal"; flows that only need a trained graph should not wait for it).
 */
export async function openPage(env, context, { speed = "fast" } = {}) {
  const own = context ?? (await env.browser.newContext({ viewport: { width: 1280, height: 720 } }));
  if (!context && speed) await own.addInitScript((s) => localStorage.setItem("nudge:speed", s), speed);
  const page = await own.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(env.url);
  await page.locator(".react-flow__node").first().waitFor();
  await page.locator('[data-settled="true"]').waitFor();
  await page
    .getByRole("button", { name: "Play" })
    .or(page.getByRole("button", { name: "Forward", exact: true }))
    .first()
    .waitFor();
  return { page, errors, close: () => (context ? page.close() : own.close()) };
}

export const centre = async (locator) => {
  await locator.scrollIntoViewIfNeeded();
  const b = await locator.boundingBox();
  if (!b) throw new Error("element has no box");
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** Presses the mouse on `from`, moves in small steps, releases on `to` (a real drag). */
export async function drag(page, from, to, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Opens a template from the Templates menu and waits for its layout to settle. */
export async function openTemplate(page, id) {
  await page.getByLabel("Templates").selectOption(id);
  await page.locator('[data-settled="false"]').waitFor();
  await page.locator('[data-settled="true"]').waitFor();
}

/** Reloads the page and waits until the graph it opens is laid out. */
export async function reloaded(page) {
  await page.reload();
  await page.locator('[data-settled="true"]').waitFor();
  await page.locator(".react-flow__node").first().waitFor();
}

/** The number shown in a stats cell (loss, step, accuracy %). */
export async function stat(page, name) {
  const label = { "train-acc": "train acc", "test-acc": "test acc" }[name] ?? name;
  const text = await page.locator(`output[aria-label="${label}"]`).innerText();
  return Number(text.replace("%", "").replace(/,/g, "").replace("\u2212", "-"));
}

/** The step counter on screen. */
export const stepShown = (page) =>
  page
    .locator('output[aria-label="step"]')
    .innerText()
    .then((t) => Number(t.replace(/,/g, "")));

/** Clicks Pause, unless training already paused itself at the stop condition (its notice shows then). */
export async function pause(page) {
  const button = page.getByRole("button", { name: "Pause" });
  const stoppedItself = () => page.getByTestId("stopped-at").isVisible();
  if (await stoppedItself()) return;
  try {
    await button.click({ timeout: 5000 });
  } catch (error) {
    if (!(await stoppedItself())) throw error;
  }
}

/** Plays until the step counter reaches `steps`, then pauses and lets the last snapshot arrive. */
export async function playTo(page, steps) {
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('output[aria-label="step"]')?.textContent?.replace(/,/g, "")) >= n,
    steps,
    { timeout: 30_000 },
  );
  await pause(page);
  await page.waitForTimeout(1000);
}

/** Opens a template, plays until the step counter reaches `steps`, pauses, and returns the step, loss and train accuracy shown. */
export async function trainTemplate(page, id, steps) {
  await openTemplate(page, id);
  await playTo(page, steps);
  return { step: await stepShown(page), loss: await stat(page, "loss"), acc: await stat(page, "train-acc") };
}
