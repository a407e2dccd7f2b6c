// Coastal Flood Agency – single-page application. Every "page" is a hash route rendered below.
(function () {
  'use strict';

  // Remember the map layer the user last chose; start with flood warnings on the first visit.
  if (!localStorage.getItem('cfa.mapLayer')) {
    localStorage.setItem('cfa.mapLayer', 'warnings');
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function link(href, text) { return el('a', { href: href, text: text }); }

  var routes = {
    '/': function () {
      return [
        el('h1', { text: 'Coastal flood risk and warnings' }),
        el('p', { text: 'Find out if you are at risk of flooding from the sea, sign up for warnings and tell us about flooding.' }),
        el('form', { id: 'risk-form', action: '#/risk' }, [
          el('label', { for: 'postcode', text: 'Check your flood risk: enter a postcode' }),
          el('input', { id: 'postcode', name: 'postcode', autocomplete: 'postal-code' }),
          el('button', { type: 'submit', text: 'Check flood risk' })
        ]),
        el('h2', { text: 'What you can do' }),
        el('ul', {}, [
          el('li', {}, [link('#/sign-up', 'Get flood warnings by email or text')]),
          el('li', {}, [link('#/report', 'Report a flood')]),
          el('li', {}, [link('#/consultation', 'Have your say on the draft Coastal Flood Strategy'), ' (consultation closes 31 January 2027)'])
        ])
      ];
    },
    '/risk': function () {
      return [el('h1', { text: 'Flood risk for your area' }), el('p', { text: 'Coastal flooding: medium risk. Surface water: low risk.' })];
    },
    '/sign-up': function () {
      return [
        el('h1', { text: 'Get flood warnings' }),
        el('p', { text: 'We will send you a message when flooding is expected near your address.' }),
        el('form', { action: '#/sign-up' }, [
          el('label', { for: 'em', text: 'Email address' }), el('input', { id: 'em', type: 'email' }),
          el('label', { for: 'mob', text: 'Mobile phone number (for text alerts)' }), el('input', { id: 'mob', type: 'tel' }),
          el('button', { type: 'submit', text: 'Subscribe to warnings' })
        ])
      ];
    },
    '/report': function () {
      return [
        el('h1', { text: 'Report a flood' }),
        el('form', { action: '#/report' }, [
          el('label', { for: 'where', text: 'Where is the flooding?' }), el('input', { id: 'where' }),
          el('label', { for: 'what', text: 'Describe what you can see' }), el('textarea', { id: 'what' }),
          el('button', { type: 'submit', text: 'Send report' })
        ])
      ];
    },
    '/consultation': function () {
      return [
        el('h1', { text: 'Draft Coastal Flood Strategy: consultation' }),
        el('p', { text: 'We want your views on how we manage coastal flood risk for the next 25 years.' }),
        el('form', { action: '#/consultation' }, [
          el('label', { for: 'view', text: 'Your response' }), el('textarea', { id: 'view' }),
          el('button', { type: 'submit', text: 'Submit your response' })
        ]),
        el('p', {}, [link('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcoastalflood.example.gov.uk%2F%23%2Fconsultation', 'Share this consultation on Facebook')])
      ];
    },
    '/account': function () {
      return [
        el('h1', { text: 'Your account' }),
        el('p', { text: 'Manage the addresses you get warnings for and change how we contact you.' }),
        el('p', {}, [link('#/sign-in', 'Sign in to manage your flood warnings')])
      ];
    },
    '/sign-in': function () {
      return [
        el('h1', { text: 'Sign in' }),
        el('p', {}, [link('#/account', 'Sign in with GOV.UK One Login')]),
        el('p', {}, ['No account? ', link('#/create-account', 'Create your GOV.UK One Login')])
      ];
    },
    '/create-account': function () {
      return [el('h1', { text: 'Create an account' }), el('p', { text: 'You will create a GOV.UK One Login to use this service.' })];
    },
    '/statistics': function () {
      return [el('h1', { text: 'Flood statistics 2025' }), el('p', { text: '1,240 properties flooded from the sea in 2025; 38,900 warnings issued.' })];
    },
    '/accessibility': function () {
      return [el('h1', { text: 'Accessibility statement for Coastal Flood Agency' }),
        el('p', { text: 'This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.' })];
    },
    '/privacy': function () {
      return [el('h1', { text: 'Privacy notice' }), el('p', { text: 'How we use your personal information when you sign up for flood warnings.' })];
    },
    '/cookies': function () {
      return [el('h1', { text: 'Cookies' }), el('p', { text: 'We use essential cookies and, if you agree, analytics cookies.' })];
    },
    '/cy': function () {
      return [el('h1', { lang: 'cy', text: 'Perygl llifogydd arfordirol a rhybuddion' }), el('p', {}, [link('#/', 'English')])];
    }
  };

  function header() {
    var menuButton = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'nav', text: 'Menu' });
    var nav = el('nav', { id: 'nav', 'aria-label': 'Menu', hidden: 'hidden' });
    menuButton.addEventListener('click', function () {
      if (!nav.firstChild) {
        var ul = el('ul');
        [['#/', 'Flood risk'], ['#/sign-up', 'Get flood warnings'], ['#/report', 'Report a flood'], ['#/consultation', 'Have your say'], ['#/account', 'Your account']]
          .forEach(function (i) { ul.appendChild(el('li', {}, [link(i[0], i[1])])); });
        nav.appendChild(ul);
      }
      var open = nav.hasAttribute('hidden');
      if (open) { nav.removeAttribute('hidden'); } else { nav.setAttribute('hidden', 'hidden'); }
      menuButton.setAttribute('aria-expanded', String(open));
    });
    var quick = el('select', { id: 'quick-links', 'aria-label': 'Quick links' });
    [['', 'Quick links'], ['#/sign-in', 'Sign in'], ['#/create-account', 'Create an account'], ['#/statistics', 'Flood statistics 2025'], ['#/cookies', 'Cookies']]
      .forEach(function (o) { var opt = el('option', { value: o[0], text: o[1] }); quick.appendChild(opt); });
    quick.addEventListener('change', function () { if (quick.value) { location.hash = quick.value; } });
    return el('header', { class: 'header' }, [
      el('a', { href: '#/' }, [el('img', { src: 'assets/crown.svg', alt: '' }), ' Coastal Flood Agency']),
      ' ', link('#/cy', 'Cymraeg'), ' ', menuButton, ' ', quick, nav
    ]);
  }

  function cookieBanner() {
    if (document.cookie.indexOf('cfa_cookies_policy=') !== -1) { return el('div'); }
    var banner = el('div', { class: 'cookie-banner', role: 'region', 'aria-label': 'Cookies on Coastal Flood Agency' }, [
      el('h2', { text: 'Cookies on Coastal Flood Agency' }),
      el('p', { text: 'We use some essential cookies to make this service work. We would also like to use analytics cookies so we can understand how you use the service.' })
    ]);
    ['Accept analytics cookies', 'Reject analytics cookies'].forEach(function (label, i) {
      var b = el('button', { type: 'button', text: label });
      b.addEventListener('click', function () {
        document.cookie = 'cfa_cookies_policy=' + (i === 0 ? 'yes' : 'no') + '; max-age=31536000; path=/';
        banner.remove();
      });
      banner.appendChild(b);
    });
    banner.appendChild(link('#/cookies', 'View cookies'));
    return banner;
  }

  function footer() {
    return el('footer', { class: 'footer' }, [
      el('ul', {}, [
        el('li', {}, [link('#/accessibility', 'Accessibility statement')]),
        el('li', {}, [link('#/privacy', 'Privacy notice')]),
        el('li', {}, [link('#/cookies', 'Cookies')])
      ]),
      el('p', { text: '© Crown copyright' })
    ]);
  }

  var main = el('main', { id: 'main-content' });
  var app = document.getElementById('app');
  app.appendChild(cookieBanner());
  app.appendChild(header());
  app.appendChild(main);
  app.appendChild(footer());

  function render() {
    var path = location.hash.replace(/^#/, '') || '/';
    var view = routes[path] || function () { return [el('h1', { text: 'Page not found' })]; };
    main.innerHTML = '';
    view().forEach(function (n) { main.appendChild(n); });
    document.title = (main.querySelector('h1') || {}).textContent + ' - Coastal Flood Agency';
  }
  window.addEventListener('hashchange', render);
  render();
})();
