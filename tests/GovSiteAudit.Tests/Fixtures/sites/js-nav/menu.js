// Builds the site menu, as many CMS front ends do: the HTML as served has no links.
(function () {
  var items = [["常見問答 FAQ", "faq.html"], ["About", "about.html"]];
  var ul = document.createElement("ul");
  items.forEach(function (item) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.textContent = item[0];
    a.href = item[1];
    li.appendChild(a);
    ul.appendChild(li);
  });
  document.getElementById("menu").appendChild(ul);
})();
