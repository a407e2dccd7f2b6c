// 字体大小：记住访客选择（cookie 保存一年）
(function () {
  var m = document.cookie.match(/(?:^|; )siteFont=([^;]*)/);
  var size = m ? m[1] : 'm';
  if (!m) document.cookie = 'siteFont=' + size + '; max-age=31536000; path=/';
  var px = { s: '12px', m: '14px', l: '17px' };
  document.documentElement.style.fontSize = px[size];
  window.setFont = function (s) {
    document.cookie = 'siteFont=' + s + '; max-age=31536000; path=/';
    document.documentElement.style.fontSize = px[s];
  };
})();
