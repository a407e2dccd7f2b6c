// Builds the mega-menu from menu.json and applies the saved colour theme.
(function () {
  var theme = localStorage.getItem('dg-theme');
  if (!theme) { theme = 'light'; localStorage.setItem('dg-theme', theme); }
  document.documentElement.dataset.theme = theme;
  document.getElementById('theme-toggle').addEventListener('click', function () {
    theme = theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('dg-theme', theme);
    document.documentElement.dataset.theme = theme;
  });
  var size = 100;
  document.querySelectorAll('[data-size]').forEach(function (b) {
    b.addEventListener('click', function () {
      size = b.dataset.size === '+' ? size + 10 : b.dataset.size === '-' ? size - 10 : 100;
      document.body.style.fontSize = size + '%';
    });
  });
  fetch('js/menu.json').then(function (r) { return r.json(); }).then(function (menu) {
    var ul = document.createElement('ul');
    menu.forEach(function (m) {
      var li = document.createElement('li');
      li.innerHTML = '<a></a><ul class="sub"></ul>';
      li.firstChild.href = m.url; li.firstChild.textContent = m.title;
      m.items.forEach(function (it) {
        var s = document.createElement('li'), a = document.createElement('a');
        a.href = it.url; a.textContent = it.title; s.appendChild(a); li.lastChild.appendChild(s);
      });
      ul.appendChild(li);
    });
    document.getElementById('menu').appendChild(ul);
  });
})();
