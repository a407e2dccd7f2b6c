// Main menu, generated from data (the CMS writes this file).
var MENU = [
  ['縣府簡介', 'about.htm'],
  ['為民服務', 'service.htm'],
  ['線上申辦', 'service.htm#apply'],
  ['表單下載', 'service.htm#forms'],
  ['常見問題', 'faq.htm'],
  ['政府資訊公開', 'about.htm#open'],
  ['縣民留言板', 'board.htm']
];
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('menu');
  MENU.forEach(function (m) {
    var a = document.createElement('a');
    a.href = m[1];
    a.textContent = m[0];
    box.appendChild(a);
  });
});
