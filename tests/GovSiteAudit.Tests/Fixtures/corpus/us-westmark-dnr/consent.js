document.getElementById('accept-cookies').addEventListener('click', function () {
  document.cookie = 'dnr_consent=accepted; max-age=31536000; path=/';
  document.getElementById('cookie-notice').hidden = true;
});
