// Header controls. Preferences are saved only when the visitor uses a control.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('search-toggle');
  var panel = document.getElementById('search-panel');
  toggle.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
  var size = 100;
  document.getElementById('font-up').addEventListener('click', function () { size += 10; document.body.style.fontSize = size + '%'; localStorage.setItem('mol-font', size); });
  document.getElementById('font-down').addEventListener('click', function () { size -= 10; document.body.style.fontSize = size + '%'; localStorage.setItem('mol-font', size); });
  document.getElementById('contrast').addEventListener('click', function () { document.body.classList.toggle('contrast'); localStorage.setItem('mol-contrast', document.body.classList.contains('contrast')); });
  var bar = document.getElementById('cookie-bar');
  document.getElementById('cookie-ok').addEventListener('click', function () {
    document.cookie = 'cookieConsent=yes; max-age=15552000; path=/';
    bar.remove();
  });
});
