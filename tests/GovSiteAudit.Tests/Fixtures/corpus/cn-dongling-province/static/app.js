// 头部“登录”按钮展开统一身份认证登录面板；面板内的个人/法人页签切换表单
function togglePanel(btn) {
  var p = document.getElementById(btn.getAttribute('aria-controls'));
  p.hidden = !p.hidden;
  btn.setAttribute('aria-expanded', String(!p.hidden));
}
function pickTab(tab) {
  document.querySelectorAll('.tabs [role=tab]').forEach(function (t) {
    var on = t === tab;
    t.setAttribute('aria-selected', String(on));
    document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
  });
}
