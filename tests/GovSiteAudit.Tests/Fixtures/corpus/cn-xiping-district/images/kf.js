// 在线客服浮窗：页面加载后由脚本插入（无 <a> 链接，点击后打开对话窗口）
(function () {
  var bubble = document.createElement('div');
  bubble.className = 'kf-float';
  bubble.setAttribute('role', 'button');
  bubble.setAttribute('tabindex', '0');
  bubble.setAttribute('aria-label', '在线咨询');
  bubble.setAttribute('onclick', 'openKf()');
  bubble.innerHTML = '<svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="12" fill="#fff"/></svg><span>咨询</span>';
  document.body.appendChild(bubble);
  var panel = document.createElement('div');
  panel.className = 'kf-panel';
  panel.hidden = true;
  panel.innerHTML = '<p>您好，我是西平区政务服务智能客服“小西”，请输入您要咨询的问题。</p><input type="text" name="kfq" aria-label="请输入问题"><button type="button">发送</button>';
  document.body.appendChild(panel);
  window.openKf = function () { panel.hidden = !panel.hidden; };
})();
