// Start Pagefind's search box; a ?q= from the masthead form runs at once.
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") {
    return;
  }
  // One Pagefind bundle per year (per quarter in the newest), newest first: search
  // the newest, merge the rest.
  // Paths from the site root: Pagefind reads a relative one from its own script.
  var bundleRoot = root.getAttribute("data-bundle-root");
  // A bundle named "2026-ru" holds 2026's stories in Russian: merged as that language.
  var bundles = (root.getAttribute("data-bundles") || "").split(" ").filter(Boolean)
    .map(function (name) {
      var dash = name.indexOf("-");
      return {
        path: new URL(bundleRoot + name + "/", window.location.href).pathname,
        language: dash < 0 ? null : name.slice(dash + 1)
      };
    });
  if (!bundles.length) {
    return;
  }
  // Result links start at the site's root path, also when it is not "/".
  var baseUrl = root.getAttribute("data-base-url") || "/";
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: bundles[0].path,
    mergeIndex: bundles.slice(1).map(function (bundle) {
      var merged = { bundlePath: bundle.path, baseUrl: baseUrl };
      if (bundle.language) {
        merged.language = bundle.language;
      }
      return merged;
    }),
    baseUrl: baseUrl,
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  // Pagefind's input carries only a title; give it a visible label of its own.
  var input = root.querySelector("input");
  if (input) {
    input.id = "search-q";
    var label = document.createElement("label");
    label.htmlFor = "search-q";
    label.className = "search__label";
    label.textContent = "Search every story";
    root.parentNode.insertBefore(label, root);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
