// The meldroutekaart on one page. Without this script every answer loads the next step as a new
// page (a plain GET form). With it, the next step is fetched and swapped in place.
//
// The address bar still shows the answers so far (so a reload or a shared link lands on the same
// step), but through history.replaceState rather than pushState: the whole route stays a single
// history entry, which "Snel weg" then replaces, so Back shows none of the answers. The page's own
// "Vorige vraag" link takes over from the Back button.
(function () {
  "use strict";

  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () {
      window.print();
    });
  }

  var region = document.querySelector("[data-meldroute]");
  if (!region || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }

  function show(url) {
    return fetch(url, { credentials: "same-origin", referrerPolicy: "no-referrer" })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var next = page.querySelector("[data-meldroute]");
        if (!next) {
          throw new Error("no step in the response");
        }
        region.innerHTML = next.innerHTML;
        document.title = page.title;
        window.history.replaceState(null, "", url);
        var heading = region.querySelector("[data-step-heading]");
        if (heading) {
          heading.focus();
        }
      })
      .catch(function () {
        window.location.assign(url);
      });
  }

  region.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-step-form")) {
      return;
    }
    event.preventDefault();
    var query = new URLSearchParams(new FormData(form)).toString();
    show(form.getAttribute("action") + (query ? "?" + query : ""));
  });

  region.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-step-link]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    show(link.getAttribute("href"));
  });
})();
