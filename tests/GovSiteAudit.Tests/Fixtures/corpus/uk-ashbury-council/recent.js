// Remembers the services a resident used most recently so the home page can list them first.
(function () {
  var key = 'ashbury.recentServices';
  var recent = JSON.parse(localStorage.getItem(key) || '[]');
  localStorage.setItem(key, JSON.stringify(recent));
  document.querySelectorAll('[data-service]').forEach(function (a) {
    a.addEventListener('click', function () {
      recent = [a.dataset.service].concat(recent.filter(function (s) { return s !== a.dataset.service; })).slice(0, 5);
      localStorage.setItem(key, JSON.stringify(recent));
    });
  });
})();
