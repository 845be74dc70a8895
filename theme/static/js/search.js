// Start Pagefind's search box; a ?q= from the masthead form runs at once.
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") {
    return;
  }
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: root.getAttribute("data-bundle-path"),
    // Result links start at the site's root path, also when it is not "/".
    baseUrl: root.getAttribute("data-base-url") || "/",
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
