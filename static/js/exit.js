/* "Exit this page": leave at once, replacing this page in the history so
   the Back button does not return to it. Escape pressed three times within
   two seconds does the same. The plain link works without this script. */
(function () {
  "use strict";
  var link = document.querySelector("[data-exit]");
  if (!link) {
    return;
  }
  var leave = function () {
    document.body.style.visibility = "hidden";
    window.location.replace(link.href);
  };
  link.addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) {
      leave();
    }
  });
})();
