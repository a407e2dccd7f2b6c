// 换肤：读取上次选择的皮肤，没有则写入默认皮肤，下次访问沿用
(function () {
  var skin = localStorage.getItem('jbscjg_skin');
  if (!skin) { skin = 'skin-blue'; localStorage.setItem('jbscjg_skin', skin); }
  document.body.className = skin;
  document.querySelectorAll('[data-skin]').forEach(function (b) {
    b.addEventListener('click', function () { localStorage.setItem('jbscjg_skin', b.dataset.skin); document.body.className = b.dataset.skin; });
  });
})();
