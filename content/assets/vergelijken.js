/* Vergelijken per soort zorg: choose the regions to put side by side. Without JavaScript the form stays
   hidden and every region is listed, one after the other. The choice is kept in the address (?regio=…). */
(function () {
  function setup(form) {
    if (form.dataset.kwCompareReady) return;
    form.dataset.kwCompareReady = "1";
    form.hidden = false;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-kw-compare-select]"));
    var status = form.querySelector("[data-kw-compare-status]");
    var grid = document.querySelector(".kw-compare-grid");
    var sections = Array.prototype.slice.call(document.querySelectorAll("[data-kw-region]"));
    var wanted = new URLSearchParams(window.location.search).getAll("regio");
    selects.forEach(function (select, i) { if (wanted[i]) select.value = wanted[i]; });

    function names(ids) {
      return ids.map(function (id) {
        var heading = document.getElementById("regio-" + id);
        return heading ? heading.textContent.replace(/\s*¶\s*$/, "").trim() : id;
      });
    }

    function apply() {
      var chosen = [];
      selects.forEach(function (select) {
        if (select.value && chosen.indexOf(select.value) === -1) chosen.push(select.value);
      });
      sections.forEach(function (section) {
        // Shown in the page's own (alphabetical) order, so reading order and visual order stay the same.
        section.hidden = chosen.length > 0 && chosen.indexOf(section.dataset.kwRegion) === -1;
      });
      if (grid) grid.classList.toggle("kw-compare-grid--chosen", chosen.length > 1);
      if (status) {
        var shown = names(chosen);
        status.textContent = chosen.length === 0 ? "Alle " + sections.length + " regio's onder elkaar"
          : chosen.length === 1 ? "Alleen " + shown[0]
          : shown.slice(0, -1).join(", ") + " en " + shown[shown.length - 1] + " naast elkaar";
      }
      var query = new URLSearchParams();
      chosen.forEach(function (id) { query.append("regio", id); });
      var search = query.toString();
      window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }

    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    apply();
  }

  function init() { document.querySelectorAll("form[data-kw-compare]").forEach(setup); }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
