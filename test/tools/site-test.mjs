// Checks the built docs site (run `npm run docs` first):
//  1. every exported declaration documents an @example (from TypeDoc's JSON output);
//  2. in headless Chromium, over loopback HTTP: the index renders, the navigation lists the modules
//     and the guides, and the search box finds an exported function;
//  3. the HTML report of the sample registry (from the built CLI) renders its five charts, each
//     with as many marks as its table has rows, without loading anything but itself.
// Chromium comes from Debian's `chromium` package (.ci/run installs it when missing); set CHROMIUM_PATH
// to use another binary.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import puppeteer from "puppeteer-core";
import { createCheckList } from "./check-list.mjs";

const SITE = join(process.cwd(), "site");
const { pass, fail, done } = createCheckList("site");

// 1. @example on every export.
const api = JSON.parse(readFileSync(join(SITE, "api.json"), "utf8"));
const hasExample = (reflection) =>
  [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)].some((comment) =>
    comment?.blockTags?.some((tag) => tag.tag === "@example"),
  );
const MODULE = 2;
const undocumented = [];
let declarations = 0;
for (const module of api.children ?? []) {
  if (module.kind !== MODULE) continue;
  for (const child of module.children ?? []) {
    if (child.variant === "reference") continue; // a re-export: checked where it is declared
    declarations += 1;
    if (!hasExample(child)) undocumented.push(`${module.name}.${child.name}`);
  }
}
if (undocumented.length > 0) fail(`exports without an @example: ${undocumented.join(", ")}`);
pass(`all ${declarations} exported declarations have an @example`);

// 2. The site in a real browser.
const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
if (executablePath === undefined) fail("no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(SITE, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(SITE) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/index.html`, { waitUntil: "networkidle0" });
  const title = await page.title();
  const heading = await page.$eval(".tsd-panel h1, .col-content h1, h1", (element) => element.textContent ?? "");
  if (!title.includes("treatment-quality") || !heading.includes("treatment-quality")) fail(`index did not render (title ${JSON.stringify(title)}, heading ${JSON.stringify(heading)})`);
  pass(`index renders: title ${JSON.stringify(title)}`);

  await page.waitForSelector(".site-menu nav a, #tsd-nav-container a", { timeout: 10_000 });
  const navigation = await page.$$eval(".site-menu nav a, #tsd-nav-container a", (links) => links.map((link) => link.textContent?.trim() ?? ""));
  for (const expected of ["treatment-quality", "days", "Calendar days"]) {
    if (!navigation.some((text) => text.includes(expected))) fail(`navigation lacks ${JSON.stringify(expected)}: ${JSON.stringify(navigation)}`);
  }
  pass(`navigation lists the modules and guides (${navigation.length} links)`);

  await page.click("#tsd-search-trigger");
  await page.type("#tsd-search-input", "addMonths");
  await page.waitForFunction(() => [...document.querySelectorAll("#tsd-search-results li")].some((item) => item.textContent?.includes("addMonths")), { timeout: 10_000 });
  const results = await page.$$eval("#tsd-search-results li", (items) => items.map((item) => item.textContent?.trim() ?? ""));
  pass(`search for "addMonths" finds it (${results.length} results: ${results.slice(0, 3).join(", ")})`);
  await page.screenshot({ path: join(SITE, "search-screenshot.png") });

  // 3. The report, written by the built command line from the sample registry.
  const data = mkdtempSync(join(tmpdir(), "tq-report-"));
  try {
    const cli = join(process.cwd(), "dist/cli/main.js");
    execFileSync(process.execPath, [cli, "demo", "--patients", "300", "--out", data], { stdio: "ignore" });
    execFileSync(process.execPath, [cli, "report", "--data", data, "--out", join(SITE, "report.html"), "--locale", "ru"], { stdio: "ignore" });
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${base}/report.html`, { waitUntil: "networkidle0" });
  const charts = await page.$$eval("section[data-chart]", (sections) =>
    sections.map((section) => ({ id: section.dataset.chart, marks: section.querySelectorAll("svg .mark").length, rows: section.querySelectorAll("tbody tr").length, width: section.querySelector("svg")?.getBoundingClientRect().width ?? 0 })),
  );
  if (charts.length !== 5) fail(`the report has ${charts.length} charts, not 5`);
  for (const chart of charts) if (chart.marks === 0 || chart.marks !== chart.rows || chart.width < 200) fail(`report chart ${chart.id}: ${chart.marks} marks for ${chart.rows} table rows, ${Math.round(chart.width)} px wide`);
  if (requests.length !== 1) fail(`the report loads more than itself: ${requests.join(", ")}`);
  pass(`the report renders its charts (${charts.map((chart) => `${chart.id} ${chart.marks}`).join(", ")}) and loads nothing else`);
  await page.screenshot({ path: join(SITE, "report-screenshot.png") });
} catch (error) {
  fail(`browser check: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}
done();
