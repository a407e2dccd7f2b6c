// A History API router: links with data-route are intercepted (pushState, no page load); the "Opening hours"
// button pushes /hours without any <a> naming it. The server answers every path without extension with this page.
(function () {
  var views = {
    '/': '<h1>Home</h1><p>History home view text.</p>',
    '/about': '<h1>About</h1><p>About route text, drawn by the router.</p>',
    '/hours': '<h1>Opening hours</h1><p>Hours route text, reached only through pushState.</p>'
  };
  function render() {
    document.getElementById('view').innerHTML = views[location.pathname] || '<h1>Not found</h1>';
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-route]');
    if (!link) return;
    e.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    render();
  });
  document.getElementById('hours').addEventListener('click', function () {
    this.setAttribute('aria-expanded', 'true');
    history.pushState({}, '', '/hours');
    render();
  });
  window.addEventListener('popstate', render);
  render();
})();
