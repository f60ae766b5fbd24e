#!/usr/bin/env node
// IBM Equal Access checker (npm accessibility-checker) over every page of a built site, offline.
// Usage (from bench/ibm/, after `npm ci`):  node run.cjs SITE_DIR [--json OUT.json]
// Prints one line per finding, split into our own markup and the theme's (theme.cjs decides), and exits
// non-zero when our own markup has any. See README.md.
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");
const { classify } = require("./theme.cjs");

const CHROMIUM = "/usr/bin/chromium";
const ENGINE_DIR = path.dirname(require.resolve("accessibility-checker-engine/package.json"));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".xml": "application/xml" };

function serve(root) {
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, "127.0.0.1", () =>
    resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// Same pages as tests/browser/audit.py: every built HTML page except theme assets, the search index and
// the redirect stubs of mkdocs-redirects.
function sitePages(site) {
  const pages = [];
  const walk = dir => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(site, full).split(path.sep);
      if (entry.isDirectory()) { if (!["assets", "pagefind"].includes(rel[0])) walk(full); continue; }
      if (!entry.name.endsWith(".html") || fs.readFileSync(full, "utf8").includes('http-equiv="refresh"')) continue;
      const url = rel.join("/");
      pages.push(entry.name === "index.html" ? url.slice(0, -"index.html".length) : url);
    }
  };
  walk(site);
  return pages;
}

async function main() {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf("--json");
  const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
  if (args.length !== 1) { console.error("gebruik: node run.cjs SITE_DIR [--json OUT.json]"); process.exit(2); }
  const site = path.resolve(args[0]);
  const rules = await serve(ENGINE_DIR);
  const pages = await serve(site);
  process.env.KW_IBM_RULE_SERVER = rules.url;
  process.env.IBM_TELEMETRY_DISABLED = "true";
  const aChecker = require("accessibility-checker");
  const puppeteer = require("puppeteer");
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run"] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  // The engine is injected with eval(); the site's Content-Security-Policy rightly forbids that.
  await page.setBypassCSP(true);
  const foreign = [];
  await page.setRequestInterception(true);
  page.on("request", request => {
    const host = new URL(request.url()).hostname;
    if (request.url().startsWith("data:") || host === "127.0.0.1") { request.continue(); return; }
    foreign.push(request.url());
    request.abort();
  });
  const findings = [];
  for (const [number, urlPath] of sitePages(site).entries()) {
    await page.goto(`${pages.url}/${urlPath}`, { waitUntil: "load" });
    const { report } = await aChecker.getCompliance(page, `p${number}-${urlPath.replace(/[^a-z0-9]+/gi, "-")}`);
    if (!report || !report.results) throw new Error(`/${urlPath}: geen rapport van de checker: ${JSON.stringify(report).slice(0, 300)}`);
    for (const result of report.results) {
      if (!["violation", "potentialviolation"].includes(result.level)) continue;
      const finding = { page: "/" + urlPath, rule: result.ruleId, level: result.level, message: result.message,
                        dom: result.path.dom, snippet: result.snippet };
      finding.owner = classify(finding);
      findings.push(finding);
    }
  }
  await browser.close();
  await aChecker.close();
  rules.server.close();
  pages.server.close();
  const config = await aChecker.getConfig();
  const own = findings.filter(f => f.owner === "ours");
  const theme = findings.filter(f => f.owner !== "ours");
  for (const f of own) console.log(`EIGEN ${f.page}: ${f.rule} (${f.level}) ${f.snippet.slice(0, 140)} — ${f.message}`);
  const byRule = {};
  for (const f of theme) byRule[`${f.rule} [${f.owner}]`] = (byRule[`${f.rule} [${f.owner}]`] || 0) + 1;
  for (const [rule, count] of Object.entries(byRule).sort()) console.log(`thema ${rule}: ${count}`);
  console.log(`${config.toolID}, regels ${config.ruleArchiveLabel}: ${findings.length} bevindingen op ` +
              `${sitePages(site).length} pagina's: ${own.length} in eigen opmaak, ${theme.length} van het thema`);
  if (foreign.length) console.log(`GEWEIGERD (niet lokaal): ${[...new Set(foreign)].join(", ")}`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ tool: config.toolID, archive: config.ruleArchiveLabel,
    findings, foreign }, null, 1));
  process.exit(own.length || foreign.length ? 1 : 0);
}

main().catch(error => { console.error(error); process.exit(2); });
