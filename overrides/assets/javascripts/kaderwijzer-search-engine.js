// Kaderwijzer site search, the search itself: Pagefind's JavaScript API behind the dialog.
// Markup: overrides/partials/kw-search.html. Index: kaderwijzer/site/search.py (runs Pagefind after every build).
// The dialog shell (kaderwijzer-search.js, on every page) loads this file when the dialog first opens, so a
// page view loads none of it. Here, at once: Pagefind (on the main thread, no worker to download), its
// WebAssembly and the small kaderwijzer.json (abbreviations and filter values from our data). While the
// visitor types, Pagefind already fetches the index chunks for the word so far; a query then loads only the
// fragments of the results it shows.
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var SUB_RESULTS = 3;
  var DEBOUNCE_MS = 150;
  var PRELOAD_FROM = 3;

  var dialog = document.querySelector("[data-kw-search]");
  if (!dialog) return;

  var form = dialog.querySelector("[data-kw-search-form]");
  var input = dialog.querySelector("#kw-search-query");
  var filterBox = dialog.querySelector("[data-kw-search-filters]");
  var status = dialog.querySelector("[data-kw-search-status]");
  var list = dialog.querySelector("[data-kw-search-results]");
  var more = dialog.querySelector("[data-kw-search-more]");
  var root = new URL((dialog.getAttribute("data-kw-root") || ".").replace(/\/?$/, "/"), window.location.href);

  var engine = null; // Promise of { pagefind, data }
  var generation = 0;
  var timer = 0;
  var current = { results: [], shown: 0, summary: "" };

  function load() {
    if (engine) return engine;
    var bundle = new URL("pagefind/", root);
    engine = Promise.all([
      import(new URL("pagefind.js", bundle).href),
      fetch(new URL("kaderwijzer.json", bundle)).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }),
    ]).then(function (parts) {
      var pagefind = parts[0];
      return pagefind.options({ baseUrl: root.pathname, excerptLength: 24, noWorker: true }).then(function () {
        pagefind.init();
        buildFilters(parts[1].filters);
        return { pagefind: pagefind, data: parts[1] };
      });
    });
    engine.catch(function () {
      engine = null;
      say("De zoekfunctie kon niet worden geladen. Probeer het later opnieuw.");
    });
    return engine;
  }

  function buildFilters(filters) {
    if (filterBox.querySelector("select")) return;
    filters.forEach(function (filter) {
      var id = "kw-search-filter-" + filter.key;
      var wrap = document.createElement("div");
      wrap.className = "kw-search__filter";
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = filter.label;
      var select = document.createElement("select");
      select.id = id;
      select.name = filter.key;
      select.add(new Option(filter.all, ""));
      filter.values.forEach(function (value) { select.add(new Option(value, value)); });
      select.addEventListener("change", function () { search(); });
      wrap.append(label, select);
      filterBox.append(wrap);
    });
    filterBox.hidden = false;
  }

  function chosenFilters() {
    var chosen = {};
    filterBox.querySelectorAll("select").forEach(function (select) {
      if (select.value) chosen[select.name] = select.value;
    });
    return chosen;
  }

  // Abbreviations from the glossary ("hbh", "Wmo") are searched as the term they stand for as well.
  function variants(query, abbreviations) {
    var found = [{ query: query, because: "" }];
    var whole = abbreviations[query.toLocaleLowerCase("nl")];
    if (whole) return found.concat([{ query: whole, because: query }]);
    var words = query.split(/\s+/);
    words.forEach(function (word, index) {
      var full = abbreviations[word.toLocaleLowerCase("nl")];
      if (!full) return;
      var copy = words.slice();
      copy[index] = full;
      found.push({ query: copy.join(" "), because: word });
    });
    return found.slice(0, 4);
  }

  function say(text) {
    status.textContent = text;
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  function search() {
    window.clearTimeout(timer);
    var mine = ++generation;
    var query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      say("");
      return Promise.resolve();
    }
    return load().then(function (loaded) {
      var tries = variants(query, loaded.data.abbreviations);
      var filters = chosenFilters();
      return Promise.all(tries.map(function (t) { return loaded.pagefind.search(t.query, { filters: filters }); }))
        .then(function (answers) {
          if (mine !== generation) return;
          var seen = new Set();
          var results = [];
          answers.forEach(function (answer) {
            (answer ? answer.results : []).forEach(function (result) {
              if (!seen.has(result.id)) { seen.add(result.id); results.push(result); }
            });
          });
          var extra = tries.slice(1).map(function (t) { return "‘" + t.query + "’ (voor " + t.because + ")"; });
          var summary = (results.length ? plural(results.length, "resultaat", "resultaten") : "Geen resultaten")
            + " voor ‘" + query + "’"
            + (Object.keys(filters).length ? " met filter " + Object.values(filters).join(", ") : "")
            + (extra.length ? ". Ook gezocht naar " + extra.join(" en ") : "") + ".";
          current = { results: results, shown: 0, summary: summary };
          list.replaceChildren();
          return showMore(mine, loaded.data, false);
        });
    }, function () { /* reported by load() */ });
  }

  function showMore(mine, data, moveFocus) {
    var batch = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (pages) {
      if (mine !== generation) return;
      var first = null;
      pages.forEach(function (page) {
        var item = renderResult(page, data);
        first = first || item.querySelector("a");
        list.append(item);
      });
      current.shown += batch.length;
      more.hidden = current.shown >= current.results.length;
      var shown = current.shown < current.results.length
        ? " De eerste " + current.shown + " staan hieronder." : "";
      say(current.summary + shown);
      if (moveFocus && first) first.focus();
    });
  }

  function textWithMarks(excerpt) {
    // Pagefind escapes page text and marks the hits with <mark>; keep exactly that and nothing else.
    var parsed = new DOMParser().parseFromString("<p>" + (excerpt || "") + "</p>", "text/html").body.firstChild;
    var out = document.createDocumentFragment();
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function renderResult(page, data) {
    var meta = page.meta || {};
    var item = element("li", "kw-search__result");
    var link = element("a", "kw-search__link", meta.title || page.url);
    link.href = page.url;
    var facts = [meta.regio, meta.document].filter(Boolean);
    var about = element("p", "kw-search__meta");
    about.append(element("span", "kw-search__kind", meta.soort || ""));
    if (facts.length) about.append(document.createTextNode(" · " + facts.join(" · ")));
    var excerpt = element("p", "kw-search__excerpt");
    excerpt.append(textWithMarks(page.excerpt));
    item.append(link, about, excerpt);
    var parts = (page.sub_results || []).filter(function (sub) { return sub.anchor && sub.url !== page.url; });
    if (parts.length) {
      var sublist = element("ul", "kw-search__parts");
      parts.slice(0, SUB_RESULTS).forEach(function (sub) {
        var kind = data.anchorKinds[sub.anchor.id] || (meta.soort === data.glossaryKind ? data.glossaryKind : "");
        var entry = element("li");
        var sublink = element("a", "kw-search__link", (kind ? kind + ": " : "") + sub.title);
        sublink.href = sub.url;
        var subexcerpt = element("p", "kw-search__excerpt");
        subexcerpt.append(textWithMarks(sub.excerpt));
        entry.append(sublink, subexcerpt);
        sublist.append(entry);
      });
      item.append(sublist);
    }
    return item;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DEBOUNCE_MS);
    var words = input.value.trim();
    // Fetch the index chunks for what is typed so far, while the debounce waits. Not for one or two letters:
    // words with so short a prefix span several index chunks (a first query then fetched two or three).
    if (words.length >= PRELOAD_FROM) load().then(function (loaded) { loaded.pagefind.preload(words); }, function () {});
  });
  more.addEventListener("click", function () {
    load().then(function (loaded) { showMore(generation, loaded.data, true); });
  });

  // Arrow keys move between the search field and the result links; Tab works as usual.
  dialog.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    if (at === -1 && document.activeElement !== input) return;
    event.preventDefault();
    var next = event.key === "ArrowDown" ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)].focus();
  });

  load();
  if (input.value.trim()) search();
})();
