/* Progressive enhancement for tables: filter rows by data attributes and sort by column.
   Without JavaScript every table is complete and readable. Re-run on Material's instant navigation. */
(function () {
  function text(cell) { return (cell.textContent || "").trim().toLocaleLowerCase("nl"); }

  function setupSort(table) {
    if (table.dataset.kwSortReady) return;
    table.dataset.kwSortReady = "1";
    table.querySelectorAll("thead th").forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kw-sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var result = text(a.cells[index]).localeCompare(text(b.cells[index]), "nl", { numeric: true });
          return ascending ? result : -result;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function setupFilter(form) {
    if (form.dataset.kwFilterReady) return;
    form.dataset.kwFilterReady = "1";
    form.hidden = false;
    var selects = form.querySelectorAll("select[data-kw-filter-attr]");
    var status = form.querySelector("[data-kw-filter-status]");
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (params.get(select.name)) select.value = params.get(select.name);
    });
    function apply() {
      var shown = 0;
      document.querySelectorAll("table.kw-sortable").forEach(function (table) {
        var visible = 0;
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var ok = true;
          selects.forEach(function (select) {
            var wanted = select.value;
            var have = (row.getAttribute("data-" + select.dataset.kwFilterAttr) || "").split(" ");
            if (wanted && have.indexOf(wanted) === -1) ok = false;
          });
          row.hidden = !ok;
          if (ok) visible += 1;
        });
        var wrapper = table.closest(".kw-table");
        var heading = wrapper && wrapper.previousElementSibling;
        if (wrapper) wrapper.hidden = visible === 0;
        if (heading && heading.tagName === "H2") heading.hidden = visible === 0;
        shown += visible;
      });
      if (status) status.textContent = shown + (shown === 1 ? " indicator" : " indicatoren");
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    // The filters apply as soon as a choice changes; the submit button is there for those who expect
    // one (and for keyboard users who press Enter). It keeps the choice in the address, to share it.
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply();
      var query = new URLSearchParams();
      selects.forEach(function (select) { if (select.value) query.set(select.name, select.value); });
      var search = query.toString();
      window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    });
    apply();
  }

  function init() {
    document.querySelectorAll("table[data-kw-sortable]").forEach(setupSort);
    document.querySelectorAll("form[data-kw-filter]").forEach(setupFilter);
  }

  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
