// Plaza's small behaviours. No inline scripts anywhere: the content security policy forbids them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Mobile navigation: the Menu button shows and hides the main navigation.
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("open")) {
        toggle.setAttribute("aria-expanded", "false");
        nav.classList.remove("open");
        toggle.focus();
      }
    });
  }

  // Forms that undo or remove something ask first (data-confirm holds the question).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // After htmx sent a form marked data-reset-after-request (the archive upload), empty it again.
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail && event.detail.elt;
    if (form instanceof HTMLFormElement && form.hasAttribute("data-reset-after-request") && event.detail.successful) {
      form.reset();
    }
  });

  // htmx leaves failed requests unswapped; say so instead of doing nothing.
  function problem(text) {
    var box = document.getElementById("request-problem");
    if (box) {
      box.textContent = text;
      box.hidden = false;
    }
  }
  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    problem(status === 403 ? "That was refused. Reload the page and try again; your session may have ended."
        : "The server could not do that (error " + status + "). Reload the page and try again.");
  });
  document.addEventListener("htmx:sendError", function () {
    problem("Plaza could not be reached. Check the connection and try again.");
  });

  // The compose form counts what the text uses of each chosen network's limit as it is typed:
  // characters on the fediverse, graphemes (what a reader sees as one character) on Bluesky.
  var composed = document.querySelector("textarea[data-count]");
  if (composed) {
    var counter = document.getElementById(composed.dataset.count);
    var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
    var graphemes = function (text) {
      if (!segmenter) {
        return Array.from(text).length;
      }
      var n = 0;
      for (var ignored of segmenter.segment(text)) {
        n++;
      }
      return n;
    };
    var part = function (label, used, limit) {
      var span = document.createElement("span");
      span.textContent = label + ": " + used + " / " + limit;
      if (used > limit) {
        span.className = "over";
        span.textContent += " (" + (used - limit) + " too many)";
      }
      return span;
    };
    var count = function () {
      var text = composed.value;
      var fediverse = document.getElementById("network_fediverse");
      var bluesky = document.getElementById("network_bluesky");
      var parts = [];
      if (fediverse && fediverse.checked) {
        parts.push(part("Fediverse", Array.from(text).length, Number(composed.dataset.fediverseLimit)));
      }
      if (bluesky && bluesky.checked) {
        parts.push(part("Bluesky", graphemes(text), Number(composed.dataset.blueskyLimit)));
      }
      counter.replaceChildren();
      parts.forEach(function (span, i) {
        if (i > 0) {
          counter.append(" · ");
        }
        counter.append(span);
      });
    };
    composed.addEventListener("input", count);
    document.querySelectorAll(".networks input[type=checkbox]").forEach(function (box) {
      box.addEventListener("change", count);
    });
    count();
  }
})();
