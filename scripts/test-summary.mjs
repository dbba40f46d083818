// Sums every package's vitest JSON report and node:test TAP into one line CI can read:
// "summary: N passed, N failed, N skipped". Exits 1 if anything failed, nothing passed,
// or a package with a test or e2e script wrote no report.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

let passed = 0,
  failed = 0,
  skipped = 0;
const problems = [];

const pkgJsons = ["packages", "apps", "tooling"]
  .flatMap((top) => readdirSync(top).map((n) => `${top}/${n}/package.json`))
  .filter(existsSync);
for (const pkgJson of pkgJsons) {
  const dir = path.dirname(pkgJson);
  const { name, scripts = {} } = JSON.parse(readFileSync(pkgJson, "utf8"));
  if (scripts.test) {
    const file = path.join(dir, "test-results/vitest.json");
    if (!existsSync(file)) problems.push(`${name}: has a test script but wrote no ${file}`);
    else {
      const r = JSON.parse(readFileSync(file, "utf8"));
      passed += r.numPassedTests;
      failed += r.numFailedTests;
      skipped += r.numPendingTests + r.numTodoTests;
      if (r.numFailedTests === 0 && (r.numFailedTestSuites > 0 || r.success === false))
        problems.push(`${name}: the run failed outside any test (a file that did not load, or an unhandled error)`);
      console.log(`  ${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
    }
  }
  if (scripts.e2e) {
    const file = path.join(dir, "test-results/e2e.tap");
    if (!existsSync(file)) problems.push(`${name}: has an e2e script but wrote no ${file}`);
    else {
      const tap = readFileSync(file, "utf8");
      const count = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, "m"))?.[1] ?? 0);
      passed += count("pass");
      failed += count("fail");
      skipped += count("skipped") + count("todo");
      if (!/^# pass \d+$/m.test(tap)) problems.push(`${name}: e2e TAP has no totals (did it crash?)`);
      console.log(`  ${name} e2e: ${count("pass")} passed, ${count("fail")} failed`);
    }
  }
}
for (const p of problems) console.log(`  problem: ${p}`);
console.log(`summary: ${passed} passed, ${failed + problems.length} failed, ${skipped} skipped`);
process.exit(failed === 0 && problems.length === 0 && passed > 0 ? 0 : 1);
