// `pnpm test`: lint, typecheck, build, unit/browser/story tests and e2e for every package, then one summary line.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";

for (const top of ["packages", "apps", "tooling"])
  for (const name of readdirSync(top)) rmSync(`${top}/${name}/test-results`, { recursive: true, force: true });

const tasks = ["lint", "typecheck", "build", "test", "build-storybook", "e2e"];
const extra = process.argv.slice(2);
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", ...tasks, "--concurrency=2", "--continue", ...extra], {
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", STORYBOOK_DISABLE_TELEMETRY: "1", DO_NOT_TRACK: "1" },
});
const summary = spawnSync("node", ["scripts/test-summary.mjs"], { stdio: "inherit" });
process.exit(turbo.status === 0 && summary.status === 0 ? 0 : 1);
