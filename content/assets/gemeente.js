/* Mijn gemeente: filter the list of municipalities while typing. Without JavaScript the form stays
   hidden and the full list (with its index of links) is the page. Re-run on Material's instant navigation. */
(function () {
  function normal(value) {
    return (value || "").trim().toLocaleLowerCase("nl").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function setup(form) {
    if (form.dataset.kwFinderReady) return;
    form.dataset.kwFinderReady = "1";
    form.hidden = false;
    var input = form.querySelector("input");
    var status = form.querySelector("[data-kw-finder-status]");
    var blocks = Array.prototype.slice.call(document.querySelectorAll("[data-kw-municipality]"));
    var index = Array.prototype.slice.call(document.querySelectorAll(".kw-municipality-index li"));
    // The list filters while typing; the button (for who expects one, and HTML_CodeSniffer H32) does the same.
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    function apply() {
      var query = normal(input.value);
      var shown = 0;
      blocks.forEach(function (block, i) {
        var ok = !query || normal(block.getAttribute("data-kw-municipality")).indexOf(query) !== -1;
        block.hidden = !ok;
        if (index[i]) index[i].hidden = !ok;
        if (ok) shown += 1;
      });
      if (!query) status.textContent = "";
      else if (shown === 0) status.textContent = "Geen gemeente gevonden. Controleer de spelling, of kijk bij de regio's hieronder.";
      else status.textContent = shown + (shown === 1 ? " gemeente gevonden" : " gemeenten gevonden");
    }
    input.addEventListener("input", apply);
    if (input.value) apply();
  }

  function init() { document.querySelectorAll("form[data-kw-finder]").forEach(setup); }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
