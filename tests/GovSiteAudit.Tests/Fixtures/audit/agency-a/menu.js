// The navigation exists only after this script runs: a crawler that reads raw HTML misses the FAQ.
document.addEventListener('DOMContentLoaded', function () {
  var menu = document.getElementById('menu');
  [['faq.html', '常見問答'], ['services.html', '便民服務']].forEach(function (item) {
    var a = document.createElement('a');
    a.href = item[0];
    a.textContent = item[1];
    menu.appendChild(a);
  });
});
