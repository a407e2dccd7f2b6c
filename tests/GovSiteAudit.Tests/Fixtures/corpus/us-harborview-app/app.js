// Harborview's app: every view is drawn by this script. Hash routes (#/help, #!/connect) and History API routes
// (/services, links with data-route) render into <main id="view">; the server answers every path with index.html.
(function () {
  var views = {
    home: '<h1>Harborview City Services</h1><p>Welcome to the City of Harborview. Choose a topic above.</p>',
    help: '<h1>Help</h1><p><a href="#/help/faq">Frequently asked questions</a></p>' +
      '<p>Call us: (555) 201-3000</p>' +
      '<label>Show questions about <select id="topic"><option value="all">All topics</option>' +
      '<option value="water">Water</option><option value="roads">Roads</option></select></label>',
    faq: '<h1>Questions people ask</h1><p>When is bulk waste collected? On the first Monday of each month.</p>',
    connect: '<h1>Stay in touch</h1><p><a href="#!/connect/newsletter">Subscribe to our newsletter</a></p>' +
      '<p><a href="#!/connect/chat">Live chat</a></p>',
    services: '<h1>Get things done</h1><ul><li><a href="/services/pay" data-route>Pay a bill online</a></li>' +
      '<li><a href="/services/book" data-route>Book an appointment</a></li></ul>',
    missing: '<h1>Page not found</h1><p><a href="#/">Go back</a></p>'
  };

  function viewFor() {
    var hash = location.hash;
    if (hash.indexOf('#/help/faq') === 0) return 'faq';
    if (hash.indexOf('#/help') === 0) return 'help';
    if (hash.indexOf('#!/connect') === 0) return hash === '#!/connect' ? 'connect' : 'missing';
    if (hash.indexOf('#/') === 0 && hash.length > 2) return 'missing';
    if (location.pathname === '/services') return 'services';
    if (location.pathname === '/' || location.pathname === '/index.html') return 'home';
    return 'missing';
  }

  function render() {
    document.getElementById('view').innerHTML = views[viewFor()];
  }

  window.addEventListener('hashchange', render);
  window.addEventListener('popstate', render);
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-route]');
    if (!link) return;
    e.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    render();
  });

  // The "More" menu is built only when opened, and emptied when closed.
  var more = document.getElementById('more-button');
  var moreMenu = document.getElementById('more-menu');
  more.addEventListener('click', function () {
    var open = more.getAttribute('aria-expanded') === 'true';
    more.setAttribute('aria-expanded', open ? 'false' : 'true');
    moreMenu.hidden = open;
    moreMenu.innerHTML = open ? '' :
      '<li><a href="/forms.html">Forms and documents</a></li><li><a href="/transparency.html">Open data</a></li>';
  });

  // The "Requests" menu is built when the pointer first rests on it.
  var requests = document.querySelector('.has-menu');
  requests.addEventListener('mouseenter', function () {
    document.getElementById('requests-menu').innerHTML = '<li><a href="/requests/status.html">Where is my request?</a></li>';
  });

  // The footer's links arrive a moment after the page has loaded.
  setTimeout(function () {
    document.getElementById('footer-links').innerHTML =
      '<a href="/privacy.html">Privacy policy</a> · <a href="/accessibility.html">Accessibility</a>';
  }, 300);

  render();
})();
