// Whose markup an IBM finding is about: ours, or the theme's (Material for MkDocs 9.7).
//
// Ours: everything in the page content (<article>: our Markdown, generated pages and macros), and the
// parts of the frame that we write: elements with a kw- class or data-kw- attribute (search button and
// dialog, menu button, preview banner text, skip-link landmark), the announcement bar (our `announce`
// block decides whether it exists) and the skip link (kaderwijzer/site/themefix.py writes it).
// The theme's: the rest of the frame as its templates and script write it: header logo and palette
// switch, hidden drawer and search checkboxes with their labels, navigation sidebar, breadcrumb, table
// of contents, footer, back-to-top button.
"use strict";

const OURS = [
  "article",
  "[class*='kw-']", "[data-kw-search-open]", "[data-kw-search]",
  "aside.md-banner",
  "[data-md-component='skip']",
].join(", ");

// Runs in the page: for each XPath (IBM's path.dom), "ours", "theme", or "ours" when the element is gone
// (a finding nobody can place counts against us).
// XPath in an HTML page does not find SVG elements by name (other namespace): then judge the nearest
// ancestor it does find, e.g. the link or button around an icon.
const CLASSIFY_JS = `(paths, ours) => paths.map(path => {
  let node = null;
  for (let steps = path.split("/"); !node && steps.length > 2; steps = steps.slice(0, -1)) {
    node = document.evaluate(steps.join("/"), document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  }
  const element = node && (node.nodeType === 1 ? node : node.parentElement);
  if (!element || element === document.documentElement || element === document.body) return "ours";
  return element.closest(ours) ? "ours" : "theme";
})`;

async function classify(page, findings) {
  const owners = await page.evaluate(`(${CLASSIFY_JS})(${JSON.stringify(findings.map(f => f.dom))}, ${JSON.stringify(OURS)})`);
  findings.forEach((finding, i) => { finding.owner = owners[i]; });
}

module.exports = { classify, OURS };
