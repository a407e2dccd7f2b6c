// Local stand-in for the Google Translate website widget (the real one loads translate.google.com).
(function () {
  var host = document.getElementById('google_translate_element');
  var select = document.createElement('select');
  select.className = 'goog-te-combo';
  select.setAttribute('aria-label', 'Language Translate Widget');
  ['Select Language', 'Español', 'Tiếng Việt', '中文 (简体)', 'Tagalog'].forEach(function (t) {
    var o = document.createElement('option'); o.textContent = t; select.appendChild(o);
  });
  host.appendChild(select);
  var p = document.createElement('span'); p.textContent = 'Powered by Google Translate'; host.appendChild(p);
})();
