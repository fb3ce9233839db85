// Tierdesk: small progressive enhancements. Every page works without JavaScript.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // The browser's time zone, for showing dates to people without a time zone setting
  // (the server checks the value; without it the desk's time zone is used).
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('tierdesk-tz=' + encodeURIComponent(zone)) < 0) {
      document.cookie = 'tierdesk-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) { /* no Intl: the desk's time zone */ }

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) {
      event.detail.headers[c.header] = c.token;
    }
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches && target.matches('[data-autosubmit]')) {
      if (target.form) {
        target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
      }
    }
    // Refuse files over the limit before uploading them.
    if (target.matches && target.matches('input[type=file][data-max-bytes]')) {
      var max = parseInt(target.getAttribute('data-max-bytes'), 10);
      var message = target.getAttribute('data-too-large') || 'File too large';
      var tooLarge = Array.prototype.some.call(target.files, function (f) { return f.size > max; });
      var empty = Array.prototype.some.call(target.files, function (f) { return f.size === 0; });
      target.setCustomValidity(tooLarge ? message : (empty ? (target.getAttribute('data-empty') || message) : ''));
      target.reportValidity();
    }
  });

  // Confirm destructive actions: <button data-confirm="...">
  document.addEventListener('click', function (event) {
    var el = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (el && !window.confirm(el.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // Copy buttons: <button data-copy="#id">
  document.addEventListener('click', function (event) {
    var el = event.target.closest ? event.target.closest('[data-copy]') : null;
    if (el) {
      var source = document.querySelector(el.getAttribute('data-copy'));
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.value || source.textContent);
        el.setAttribute('data-copied', 'true');
      }
    }
  });
  // Text handed over by an htmx response for a text box, e.g. an article inserted into a
  // reply: <textarea hidden data-insert-into="reply-body">. Appended, then removed.
  document.addEventListener('htmx:afterSettle', function () {
    document.querySelectorAll('[data-insert-into]').forEach(function (source) {
      var box = document.getElementById(source.getAttribute('data-insert-into'));
      if (box) {
        box.value = box.value.trim() ? box.value.replace(/\s+$/, '') + '\n\n' + source.value : source.value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.focus();
      }
      source.remove();
    });
  });

})();
