// Header navigation rendered client-side (single-page style build output).
document.addEventListener('DOMContentLoaded', function () {
  var items = [['About us', 'about.html'], ['Heritage list', 'list.html'], ['Te Reo Māori', 'https://heritage.govt.example/mi/'], ['Privacy', 'privacy.html']];
  var nav = document.querySelector('[data-nav]');
  nav.innerHTML = items.map(function (i) { return '<a href="' + i[1] + '">' + i[0] + '</a>'; }).join(' | ');
});
