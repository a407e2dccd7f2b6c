function doZoom(size) { document.body.style.fontSize = size + 'px'; }
