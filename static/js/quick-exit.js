// "Snel weg": leave for a neutral site at once. Without this script the link still works; with it,
// the click (or the Escape key) replaces the current history entry, so the browser's Back button
// does not lead back to the meldroutekaart.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      leave(event);
    }
  });

  var hint = document.querySelector("[data-quick-exit-hint]");
  if (hint) {
    hint.hidden = false;
  }
})();
