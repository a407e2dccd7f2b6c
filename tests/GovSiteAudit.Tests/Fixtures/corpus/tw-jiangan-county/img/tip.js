// 圖示按鈕的提示框：滑鼠移入或鍵盤聚焦時顯示 data-tip 的文字（仿 Bootstrap tooltip，不用 title 屬性）
document.querySelectorAll('[data-tip]').forEach(function (el) {
  var tip = null;
  function show() {
    tip = document.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = el.getAttribute('data-tip');
    el.after(tip);
  }
  function hide() { if (tip) { tip.remove(); tip = null; } }
  el.addEventListener('mouseenter', show);
  el.addEventListener('focus', show);
  el.addEventListener('mouseleave', hide);
  el.addEventListener('blur', hide);
});
// 字級：小 中 大
function setFont(px) { document.documentElement.style.fontSize = px + 'px'; }
// 登入區塊的頁籤
function showTab(id) {
  document.querySelectorAll('[role=tabpanel]').forEach(function (p) { p.hidden = p.id !== id; });
  document.querySelectorAll('[role=tab]').forEach(function (t) { t.setAttribute('aria-selected', String(t.getAttribute('aria-controls') === id)); });
}
