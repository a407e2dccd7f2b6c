(function () {
  var m = document.getElementById('masthead-toggle');
  m.addEventListener('click', function () { var d = document.getElementById('masthead-info'); d.hidden = !d.hidden; });
  var banner = document.getElementById('cookie-banner');
  document.getElementById('cookie-accept').addEventListener('click', function () {
    document.cookie = 'hpb_cookie_consent=accepted; max-age=31536000; path=/'; banner.hidden = true;
  });
  document.getElementById('ask-jamie').addEventListener('click', function () { document.getElementById('jamie-panel').hidden = false; });
})();
