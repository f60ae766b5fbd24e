// Which IBM findings belong to the theme (Material for MkDocs) and not to our own markup; filled in below.
"use strict";
function classify(finding) { return "ours"; }
module.exports = { classify };
