#!/usr/bin/env node
// IBM Equal Access checker (npm accessibility-checker) over every page of a built site, offline.
// Usage (from bench/ibm/, after `npm ci`):  node run.cjs SITE_DIR [--json OUT.json] [--markdown OUT.md]
// Prints each violation in our own markup and the number of findings per owner, level and rule (theme.cjs
// tells ours from the theme's); exits non-zero on any violation of ours or any request off 127.0.0.1.
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");
const { classify } = require("./theme.cjs");

const CHROMIUM = "/usr/bin/chromium";
const LEVELS = ["violation", "potentialviolation"];
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
  const option = name => { const at = args.indexOf(name); return at >= 0 ? args.splice(at, 2)[1] : null; };
  const jsonOut = option("--json");
  const markdownOut = option("--markdown");
  if (args.length !== 1) { console.error("gebruik: node run.cjs SITE_DIR [--json OUT.json] [--markdown OUT.md]"); process.exit(2); }
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
    const found = report.results.filter(result => LEVELS.includes(result.level)).map(result => ({
      page: "/" + urlPath, rule: result.ruleId, level: result.level, message: result.message,
      dom: result.path.dom, snippet: result.snippet }));
    await classify(page, found);
    findings.push(...found);
  }
  await browser.close();
  await aChecker.close();
  rules.server.close();
  pages.server.close();
  const config = await aChecker.getConfig();
  const pageCount = sitePages(site).length;
  const ownViolations = findings.filter(f => f.owner === "ours" && f.level === "violation");
  for (const f of ownViolations) console.log(`EIGEN ${f.page}: ${f.rule} ${f.snippet.slice(0, 140)} — ${f.message}`);
  const summary = { tool: config.toolID, archive: config.ruleArchiveLabel, pages: pageCount,
                    byRule: countByRule(findings), foreign: [...new Set(foreign)] };
  for (const [key, count] of Object.entries(summary.byRule)) console.log(`${key}: ${count}`);
  console.log(`${config.toolID}, regels ${config.ruleArchiveLabel}, ${pageCount} pagina's: ` +
              `${ownViolations.length} overtredingen in eigen opmaak`);
  if (foreign.length) console.log(`GEWEIGERD (niet lokaal): ${summary.foreign.join(", ")}`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ ...summary, findings }, null, 1));
  if (markdownOut) fs.writeFileSync(markdownOut, markdown(summary));
  process.exit(ownViolations.length || foreign.length ? 1 : 0);
}

// "owner level rule" -> number of findings, sorted.
function countByRule(findings) {
  const counts = {};
  for (const f of findings) counts[`${f.owner} ${f.level} ${f.rule}`] = (counts[`${f.owner} ${f.level} ${f.rule}`] || 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
}

// Where the theme's violations come from (Material for MkDocs 9.7, as this site configures it).
const THEME_NOTES = {
  aria_attribute_valid: "`aria-expanded` op de `<nav>` van een open navigatiesectie",
  aria_landmark_name_unique: "hoofdnavigatie en kruimelpad (`md-path`) heten allebei \"Navigatie\"",
  aria_navigation_label_unique: "idem, en geneste sectienavigatie met het label van de sectie",
  element_tabbable_role_valid: "sectielabels in de navigatie: `<label tabindex=\"0\">` zonder widgetrol",
  form_label_unique: "twee labels voor het menuvakje `__drawer` (overlay en navigatietitel)",
  input_checkboxes_grouped: "de twee keuzerondjes van licht/donker staan niet in een fieldset",
  label_content_exists: "labels met alleen een pictogram: overlay, licht/donker, sectielabels",
  label_ref_valid: "labels voor verborgen vakjes (`__drawer`, `__toc`, navigatiesecties)",
  svg_graphics_labelled: "pictogrammen in logo, licht/donker-knop, terug-naar-boven-knop en voettekstlinks",
  target_spacing_sufficient: "dicht op elkaar staande links in diep geneste navigatie",
};

function markdown(summary) {
  const table = (owner, level) => {
    const notes = owner === "theme" && level === "violation";
    const rows = Object.entries(summary.byRule).filter(([key]) => key.startsWith(`${owner} ${level} `))
      .map(([key, count]) => {
        const rule = key.split(" ")[2];
        return `| \`${rule}\` | ${count} |` + (notes ? ` ${THEME_NOTES[rule] || "(nog niet toegelicht)"} |` : "");
      });
    const head = notes ? ["| regel | aantal | waar |", "| --- | ---: | --- |"] : ["| regel | aantal |", "| --- | ---: |"];
    return rows.length ? [...head, ...rows].join("\n") : "Geen.";
  };
  return `# IBM Equal Access: bevindingen per regel

Geschreven door \`node run.cjs SITE_DIR --markdown theme-findings.md\` (zie README.md); niet met de hand bijwerken.
${summary.tool}, regelarchief ${summary.archive}, beleid IBM_Accessibility, ${summary.pages} pagina's,
1280 x 800 px, licht schema. Welke bevinding van het thema is en welke van ons: \`theme.cjs\`.

## Eigen opmaak: overtredingen (doel: 0)

${table("ours", "violation")}

## Eigen opmaak: mogelijke overtredingen (door een mens te beoordelen)

${table("ours", "potentialviolation")}

## Thema (Material for MkDocs): overtredingen

${table("theme", "violation")}

## Thema: mogelijke overtredingen

${table("theme", "potentialviolation")}
`;
}

module.exports = { markdown };
if (require.main === module) main().catch(error => { console.error(error); process.exit(2); });
