// Menus whose entries do not exist until they are opened, each a different way.
(function () {
  document.getElementById('click-menu').addEventListener('click', function () {
    this.setAttribute('aria-expanded', 'true');
    document.getElementById('click-panel').hidden = false;
    document.getElementById('click-panel').innerHTML = '<li><a href="/click.html">Click menu entry</a></li>';
  });
  document.querySelector('.hover-menu').addEventListener('mouseenter', function () {
    document.getElementById('hover-panel').innerHTML = '<li><a href="/hover.html">Hover menu entry</a></li>';
  });
  // A link that is also a menu: opening it must not follow it.
  document.getElementById('nav-link-menu').addEventListener('click', function () {
    document.getElementById('link-panel').innerHTML = '<li><a href="/link-menu.html">Link menu entry</a></li>';
  });
  // A menu button inside a form (type submit by default): opening it must not submit the form.
  document.getElementById('form-menu').addEventListener('click', function () {
    document.getElementById('form-panel').innerHTML = '<a href="/form-menu.html">Form menu entry</a>';
  });
  // A menu whose entries are fetched when it opens (the test delays menu.json).
  document.getElementById('fetch-menu').addEventListener('click', function () {
    fetch('/menu.json').then(function (r) { return r.json(); }).then(function (items) {
      document.getElementById('fetch-panel').innerHTML = items.map(function (i) { return '<li><a href="' + i.href + '">' + i.text + '</a></li>'; }).join('');
    });
  });
  // A footer written a moment after load, by a timer and without any request.
  setTimeout(function () {
    document.getElementById('footer').innerHTML = '<a href="/timer.html">Timer link</a>';
  }, 300);
})();
