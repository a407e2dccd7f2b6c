// A hash router: #/fares draws its view from data fetched when the route is shown (the test delays fares.json);
// #!/timetables (hashbang) is drawn at once. Other fragments are ordinary anchors: the home view stays.
(function () {
  var view = document.getElementById('view');
  function render() {
    var hash = location.hash;
    if (hash === '#/fares') {
      view.innerHTML = '<p>Loading…</p>';
      fetch('fares.json').then(function (r) { return r.json(); }).then(function (data) {
        if (location.hash === '#/fares') view.innerHTML = '<h1>Fares</h1><p>' + data.text + '</p><a href="#/fares/concessions">Concessions</a>';
      });
    } else if (hash === '#/fares/concessions') {
      view.innerHTML = '<h1>Concessions</h1><p>Concession fares route text.</p>';
    } else if (hash === '#!/timetables') {
      view.innerHTML = '<h1>Timetables</h1><p>Hashbang route text.</p>';
    } else {
      view.innerHTML = '<h1>Home</h1><p>Home view text.</p>';
    }
  }
  window.addEventListener('hashchange', render);
  render();
})();
