/*
 * The staff pages' one script, served by the line under the pages' Content-Security-Policy. The page
 * works without it; with it, the list of messages keeps itself up to date: every few seconds (the
 * live region's data-refresh-seconds) it asks the line for the same page again and brings in what
 * changed, without ever moving the keyboard focus. A message being read or written in (focus inside
 * it, or a note not yet saved) is left as it is. New messages are announced in the live region.
 */
(function () {
  'use strict';

  var live = document.getElementById('live');
  var seconds = live ? parseInt(live.getAttribute('data-refresh-seconds'), 10) : 0;
  if (!(seconds > 0) || !window.fetch || !window.DOMParser) {
    return;
  }

  /** Someone is using this part of the page: focus is inside it, or it holds words not yet saved. */
  function busy(node) {
    var active = document.activeElement;
    if (active && active !== document.body && node.contains(active)) {
      return true;
    }
    var fields = node.querySelectorAll('textarea, input[type="text"], input[type="search"]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value !== fields[i].defaultValue) {
        return true;
      }
    }
    return false;
  }

  function sameText(id, page) {
    var here = document.getElementById(id);
    var there = page.getElementById(id);
    if (here && there && here.textContent !== there.textContent) {
      here.textContent = there.textContent;
    }
  }

  /** A page left open for hours keeps forms that work: every form gets the fresh page's token. */
  function freshToken(page) {
    var token = page.querySelector('input[name="token"]');
    if (token) {
      Array.prototype.forEach.call(document.querySelectorAll('input[name="token"]'), function (input) {
        input.value = token.value;
      });
    }
  }

  /** Brings the fresh list into this one, in its order; returns the messages that arrived on top. */
  function merge(page) {
    var list = document.getElementById('list');
    var fresh = page.getElementById('list');
    if (!list || !fresh) {
      return [];
    }
    var firstBefore = list.firstElementChild;
    var arrived = [];
    var wanted = {};
    var previous = null;
    var onTop = true;
    var items = Array.prototype.slice.call(fresh.children);
    items.forEach(function (item) {
      wanted[item.id] = true;
      var mine = document.getElementById(item.id);
      if (!mine) {
        mine = document.importNode(item, true);
        if (previous) {
          previous.after(mine);
        } else {
          list.prepend(mine);
        }
        if (onTop && firstBefore) {
          arrived.push(mine);
        }
      } else {
        onTop = false;
        if (mine.getAttribute('data-version') !== item.getAttribute('data-version') && !busy(mine)) {
          var copy = document.importNode(item, true);
          mine.replaceWith(copy);
          mine = copy;
        }
      }
      previous = mine;
    });
    Array.prototype.slice.call(list.children).forEach(function (item) {
      if (!wanted[item.id] && !busy(item)) {
        item.remove();
      }
    });
    return arrived;
  }

  function announce(arrived) {
    if (arrived.length === 0) {
      return;
    }
    live.textContent = arrived.length === 1
      ? 'A new message arrived, from ' + arrived[0].getAttribute('data-caller') + '.'
      : arrived.length + ' new messages arrived.';
  }

  function refresh() {
    fetch(window.location.href, {headers: {'Accept': 'text/html'}, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var page = new DOMParser().parseFromString(html, 'text/html');
        if (document.title !== page.title) {
          document.title = page.title;
        }
        freshToken(page);
        sameText('summary', page);
        sameText('found', page);
        announce(merge(page));
      })
      .catch(function () {
        // the line is restarting or the network is down: the next try will tell
      })
      .then(function () {
        window.setTimeout(refresh, seconds * 1000);
      });
  }

  window.setTimeout(refresh, seconds * 1000);
}());
