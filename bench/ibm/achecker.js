// IBM Equal Access checker settings for bench/ibm/run.cjs (read from the working directory, bench/ibm/).
// Offline: the rules come from the accessibility-checker-engine npm package in node_modules, which run.cjs
// serves on 127.0.0.1 and names in KW_IBM_RULE_SERVER; the checker never reaches its default CDN.
const server = process.env.KW_IBM_RULE_SERVER;
if (!server) throw new Error("KW_IBM_RULE_SERVER ontbreekt: start de controle met `node run.cjs SITE_DIR`");
module.exports = {
  ruleServer: server,          // where archives.json is read
  rulePack: server,            // where ace.js and ace-node.js are read
  ruleArchive: "02September2026",  // the archive of engine 4.0.32, the version pinned in package.json
  policies: ["IBM_Accessibility"],
  failLevels: ["violation", "potentialviolation"],
  reportLevels: ["violation", "potentialviolation"],
  outputFormat: ["disable"],
  cacheFolder: require("os").tmpdir() + "/kaderwijzer-ibm-cache",
  headless: true,
};
