// The search page: Pagefind's own interface over the site's index, started with ?q= from the
// search box on every page. Results link relative to where the site is served from.
(function () {
  "use strict";
  if (location.protocol === "file:") {
    document.getElementById("search-offline").hidden = false;
    return;
  }
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: new URL(".", document.baseURI).pathname,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
  });
  var query = new URLSearchParams(location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
