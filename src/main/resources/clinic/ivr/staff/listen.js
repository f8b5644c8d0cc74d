// The Listen buttons of /staff/prompts: speak the words in the boxes, as they are now, with the browser's
// own voice (the Web Speech API), in the right language, at the normal pace or the slower one callers can
// ask for; and show how long they take to hear at the pace the line's checks count (the page gives it, on
// the slow-pace box). Nothing is sent anywhere.
(function () {
  'use strict';
  var pace = document.getElementById('slow-pace');
  if (!pace) {
    return;
  }
  var WORDS_PER_MINUTE = parseFloat(pace.getAttribute('data-words-per-minute'));
  var SLOW = parseFloat(pace.getAttribute('data-slow-pace'));

  function box(id) {
    var element = document.getElementById(id);
    return element ? element.value : '';
  }

  // The words of one box as said: notes and part breaks left out, ${...} filled in.
  function said(text, values) {
    return text.split(/\r?\n/).filter(function (line) {
      var t = line.trim();
      return t.charAt(0) !== '#' && !/^-{3,}$/.test(t);
    }).join('\n').replace(/\$\{\s*([A-Za-z_.]+)[^}]*\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
    });
  }

  // Each piece of what the button says: a box, or how an option is said with its words and key.
  function text(button) {
    var values = JSON.parse(button.getAttribute('data-values') || '{}');
    return JSON.parse(button.getAttribute('data-say') || '[]').map(function (piece) {
      var own = {};
      Object.keys(values).forEach(function (k) { own[k] = values[k]; });
      if (piece.choice) {
        own.choice = said(box(piece.choice), values).replace(/\s+/g, ' ').trim();
        own.key = piece.key;
      }
      return said(box(piece.f), own).trim();
    }).filter(function (t) { return t.length > 0; });
  }

  function words(pieces) {
    var all = pieces.join(' ').trim();
    return all ? all.split(/\s+/).length : 0;
  }

  function showTime(button) {
    var n = words(text(button));
    var normal = Math.round(n * 60 / WORDS_PER_MINUTE);
    var slow = Math.round(n * 60 / (WORDS_PER_MINUTE * SLOW));
    var time = document.getElementById(button.id + '-time');
    if (time) {
      time.textContent = n + ' words, about ' + normal + ' s (' + slow + ' s at the slower pace)';
    }
  }

  function speak(button) {
    var synth = window.speechSynthesis;
    if (synth.speaking) {
      synth.cancel();
    }
    text(button).forEach(function (piece) {
      var utterance = new SpeechSynthesisUtterance(piece);
      utterance.lang = button.getAttribute('data-voice');
      utterance.rate = pace.checked ? SLOW : 1;
      synth.speak(utterance);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!('speechSynthesis' in window)) {
      return; // the buttons stay hidden: this browser cannot speak
    }
    var buttons = Array.prototype.slice.call(document.querySelectorAll('button.listen-button'));
    Array.prototype.forEach.call(document.querySelectorAll('[data-listen]'), function (element) {
      element.hidden = false;
    });
    buttons.forEach(function (button) {
      showTime(button);
      button.addEventListener('click', function () { speak(button); });
    });
    var form = document.getElementById('words');
    if (form) {
      form.addEventListener('input', function () { buttons.forEach(showTime); });
    }
  });
})();
