// 字級切換：只在點選時記住
document.querySelectorAll('.fontsize button').forEach(function (b) {
  b.addEventListener('click', function () {
    document.body.style.fontSize = b.dataset.size;
    localStorage.setItem('haian-font', b.dataset.size);
  });
});
