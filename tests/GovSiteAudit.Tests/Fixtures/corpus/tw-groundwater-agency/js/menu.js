// 主選單由內容管理系統輸出的 JSON 產生
var MENU = [
  { t: '關於本署', u: 'about.html', c: [{ t: '署長簡介', u: 'about.html#dg' }, { t: '組織架構', u: 'about.html#org' }] },
  { t: '業務專區', u: 'business.html', c: [{ t: '地下水觀測', u: 'business.html#obs' }, { t: '水權登記', u: 'business.html#right' }] },
  { t: '便民服務', u: 'service.html', c: [{ t: '線上申辦', u: 'service.html#apply' }, { t: '書表下載', u: 'service.html#forms' }, { t: '問答集', u: 'qa.html' }, { t: '案件進度查詢', u: 'service.html#track' }] },
  { t: '政府資訊公開', u: 'open.html', c: [{ t: '法規草案預告', u: 'open.html#draft' }, { t: '開放資料', u: 'open.html#data' }] },
  { t: '署長信箱', u: 'mail.html', c: [] }
];
(function () {
  var ul = document.getElementById('menu');
  MENU.forEach(function (m) {
    var li = document.createElement('li');
    var a = document.createElement('a'); a.href = m.u; a.textContent = m.t; li.appendChild(a);
    if (m.c.length) {
      var sub = document.createElement('ul');
      m.c.forEach(function (c) { var l = document.createElement('li'); var s = document.createElement('a'); s.href = c.u; s.textContent = c.t; l.appendChild(s); sub.appendChild(l); });
      li.appendChild(sub);
    }
    ul.appendChild(li);
  });
  document.getElementById('search-toggle').addEventListener('click', function () {
    var p = document.getElementById('search-panel'); p.hidden = !p.hidden;
  });
  document.getElementById('cookie-ok').addEventListener('click', function () {
    document.cookie = 'gwa_consent=1; max-age=15552000; path=/';
    document.getElementById('cookie').remove();
  });
})();
