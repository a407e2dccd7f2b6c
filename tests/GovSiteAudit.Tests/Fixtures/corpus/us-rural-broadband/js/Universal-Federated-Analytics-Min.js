// Stand-in for the federal Digital Analytics Program loader (dap.digitalgov.gov), served locally so
// tests never leave 127.0.0.1. Like the real one, it sets Google Analytics cookies with an expiry.
(function () {
  var id = 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_ga=' + id + '; max-age=63072000; path=/';
  document.cookie = '_ga_CSLL4ZEK4L=GS1.1.' + Math.floor(Date.now() / 1000) + '; max-age=63072000; path=/';
})();
