(function () {
  "use strict";
  if (/[?&]wrong=1/.test(window.location.search)) {
    document.getElementById("wrong").hidden = false;
  }
})();
