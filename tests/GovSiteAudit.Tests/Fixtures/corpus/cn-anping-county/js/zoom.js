document.querySelectorAll('.f-big,.f-mid,.f-small').forEach(function (a) {
  a.addEventListener('click', function () { document.body.style.fontSize = a.className === 'f-big' ? '20px' : a.className === 'f-mid' ? '16px' : '14px'; });
});
