// The inbox: keyboard triage on the Conversations list and a thread, and new or changed
// conversations arriving live over Server-Sent Events.
(function () {
  "use strict";
  var list = document.getElementById("conversation-list");
  var inbox = document.querySelector("[data-inbox]");
  var thread = document.querySelector("[data-thread]");
  var page = inbox || thread;
  if (!page) {
    return;
  }
  var help = document.getElementById("shortcuts-help");

  function csrf() {
    var field = document.querySelector("input[name=_csrf]");
    return field ? field.value : "";
  }

  function rows() {
    return list ? Array.prototype.slice.call(list.querySelectorAll("li[data-conversation-id]")) : [];
  }

  function selected() {
    return list ? list.querySelector("li.selected") : null;
  }

  function select(row) {
    rows().forEach(function (r) { r.classList.remove("selected"); r.removeAttribute("aria-current"); });
    if (row) {
      row.classList.add("selected");
      row.setAttribute("aria-current", "true");
      row.scrollIntoView({block: "nearest"});
    }
  }

  function move(step) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    var index = all.indexOf(selected());
    var next = index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + step));
    select(all[next]);
  }

  function currentId() {
    if (thread) {
      return thread.dataset.conversationId;
    }
    var row = selected();
    return row ? row.dataset.conversationId : null;
  }

  function post(path, fields) {
    var body = new URLSearchParams(fields);
    body.set("_csrf", csrf());
    return fetch(path, {method: "POST", body: body, credentials: "same-origin",
      headers: {"X-CSRF-Token": csrf()}});
  }

  function say(text) {
    var live = document.getElementById("inbox-live");
    if (live) {
      live.textContent = text;
    }
  }

  function act(path, fields, done) {
    var id = currentId();
    if (!id || page.dataset.canManage !== "true") {
      return;
    }
    post("/conversations/" + id + path, fields).then(function (response) {
      if (!response.ok) {
        say("That did not work (" + response.status + ").");
        return;
      }
      say(done);
      if (thread) {
        window.location.reload();
      } else {
        refreshRow(id);
      }
    });
  }

  function refreshRow(id) {
    if (!list) {
      return;
    }
    fetch("/conversations/" + id + "/row" + window.location.search, {credentials: "same-origin"}).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null) {
        return;
      }
      if (html.trim() === "") {
        var gone = document.getElementById("conversation-" + id);
        if (gone) {
          gone.remove();
        }
        return;
      }
      var holder = document.createElement("ul");
      holder.innerHTML = html.trim();
      var fresh = holder.querySelector("li[data-conversation-id]");
      if (!fresh) {
        return;
      }
      var old = document.getElementById("conversation-" + id);
      var wasSelected = old && old.classList.contains("selected");
      if (old) {
        old.remove();
      }
      var before = rows().find(function (r) { return Number(r.dataset.last) < Number(fresh.dataset.last); });
      list.insertBefore(fresh, before || list.querySelector("#conversations-more"));
      list.hidden = false;
      var empty = document.querySelector(".inbox-list > .empty");
      if (empty) {
        empty.remove();
      }
      if (wasSelected) {
        select(fresh);
      }
    });
  }

  function toggleHelp(show) {
    if (!help) {
      return;
    }
    help.hidden = show === undefined ? !help.hidden : !show;
    if (!help.hidden) {
      var close = help.querySelector("[data-shortcuts-close]");
      if (close) {
        close.focus();
      }
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.closest && target.closest("[data-shortcuts-help]")) {
      toggleHelp(true);
    } else if (target.closest && target.closest("[data-shortcuts-close]")) {
      toggleHelp(false);
    }
  });

  function typing(element) {
    if (!element) {
      return false;
    }
    var tag = element.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || element.isContentEditable;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    if (event.key === "Escape" && help && !help.hidden) {
      toggleHelp(false);
      return;
    }
    if (typing(event.target)) {
      return;
    }
    var handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "o":
      case "Enter": {
        var row = selected();
        if (row && !thread) {
          window.location.href = row.dataset.href;
        } else {
          handled = false;
        }
        break;
      }
      case "a":
        if (page.dataset.me) {
          act("/assign", {member: page.dataset.me}, "Assigned to you.");
        }
        break;
      case "e": act("/status", {status: "answered"}, "Marked answered."); break;
      case "i": act("/status", {status: "ignored"}, "Ignored."); break;
      case "r": {
        var reply = document.getElementById("reply-text");
        if (reply) {
          reply.focus();
        } else {
          handled = false;
        }
        break;
      }
      case "/": {
        var search = document.getElementById("nav-search-q");
        if (search) {
          search.focus();
        }
        break;
      }
      case "?": toggleHelp(); break;
      default: handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  // Live updates: the server names each new or changed conversation; the row is fetched and put
  // in its place, newest first. The browser reconnects on its own after a dropped stream.
  if (inbox && list && window.EventSource && inbox.dataset.events) {
    var source = new EventSource(inbox.dataset.events);
    source.addEventListener("conversation", function (event) {
      refreshRow(event.data);
      say("A conversation changed just now.");
    });
    source.addEventListener("reload", function () {
      say("Many conversations changed: reload the page to see them.");
    });
  }
})();
