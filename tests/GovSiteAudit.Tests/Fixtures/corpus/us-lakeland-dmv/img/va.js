// Virtual assistant: the launcher is drawn by this script after load; it has no words, only an accessible name.
(function () {
  var b = document.createElement('button');
  b.type = 'button';
  b.className = 'va-launcher';
  b.setAttribute('aria-label', "Open chat with Max, Lakeland DMV's virtual assistant");
  b.setAttribute('onclick', 'lakelandVa.open()');
  b.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M2 3h20v14H6l-4 4z"/></svg>';
  document.body.appendChild(b);
  var panel = document.createElement('div');
  panel.hidden = true;
  panel.innerHTML = '<p>Hi, I am Max. Ask me about licenses, registration renewals and appointments.</p>';
  document.body.appendChild(panel);
  window.lakelandVa = { open: function () { panel.hidden = !panel.hidden; } };
})();
