var banner = document.getElementById('cookie-banner');
document.getElementById('cookies-accept').addEventListener('click', function () { document.cookie = 'cookies_policy=accepted; max-age=31536000; path=/'; banner.hidden = true; });
document.getElementById('cookies-reject').addEventListener('click', function () { document.cookie = 'cookies_policy=rejected; max-age=31536000; path=/'; banner.hidden = true; });
