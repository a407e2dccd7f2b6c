// Text-size buttons; the chosen size is remembered in localStorage.
(function () {
  var saved = localStorage.getItem('qx-font-size');
  if (!saved) { saved = 'medium'; localStorage.setItem('qx-font-size', saved); }
  document.body.className = 'font-' + saved;
  document.querySelectorAll('[data-font]').forEach(function (b) {
    b.addEventListener('click', function () {
      localStorage.setItem('qx-font-size', b.dataset.font);
      document.body.className = 'font-' + b.dataset.font;
    });
  });
})();
