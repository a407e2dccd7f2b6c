using System.Text.Json;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Links a plain read of the rendered DOM misses: menus that open (or are built) only on hover or click, announced
/// by <c>aria-expanded</c>, <c>aria-haspopup</c> or <c>aria-controls</c>; <c>&lt;select&gt;</c> quick-link menus whose
/// options are addresses; and the routes an app gave the History API (recorded by <see cref="AppRender.InitScript"/>).
/// Menus are opened without following any navigation (link clicks and form submits are cancelled), a bounded number
/// of them within a bounded time, after the page was read and tested, so what was read is the page as it loaded.
/// </summary>
internal static class HiddenLinks
{
    /// <summary>Controls opened per page.</summary>
    public const int MaxControls = 20;

    /// <summary>Time the page may spend opening menus, waits included.</summary>
    public static readonly TimeSpan OpenBudget = TimeSpan.FromSeconds(2);

    /// <summary>Links kept per page from this step (a hostile page cannot flood the frontier).</summary>
    public const int MaxLinks = 2000;

    // The page's own click and submit handlers still run; only the browser's default action (following a link,
    // submitting a form) is cancelled, so a menu opens and nothing navigates. Form fields (comboboxes) are left alone.
    private const string Script = """
        async ([maxControls, budgetMs, maxLinks]) => {
            const found = new Map();
            // kind: 'a' for a link in the document (one a menu drew when opened, if the page's own read lacked it),
            // 'option' for a quick-link option, 'route' for a History API route.
            const add = (raw, text, kind) => {
                if (found.size >= maxLinks || raw === null || raw === undefined) return;
                try {
                    const url = new URL(String(raw).trim(), document.baseURI);
                    if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.has(url.href)) {
                        found.set(url.href, [String(text || '').trim().slice(0, 300), kind]);
                    }
                } catch (e) { }
            };
            const anchors = () => {
                for (const a of document.querySelectorAll('a[href], area[href]')) {
                    add(a.getAttribute('href'), a.innerText || a.textContent || a.getAttribute('title') || a.getAttribute('aria-label'), 'a');
                }
            };
            const state = window.__govSiteAudit;

            // <select> quick links: values that are addresses, or any single-word value when the select's own handler
            // sends the browser somewhere (onchange="location.href = this.value").
            const addressLike = /^(https?:\/\/|\/|\.\.?\/|#!?\/)|\.(s?html?|php|aspx?|jsp|cfm)([?#]|$)/i;
            for (const select of Array.from(document.querySelectorAll('select')).slice(0, 30)) {
                const handler = (select.getAttribute('onchange') || '') + ' ' + ((select.form && select.form.getAttribute('onsubmit')) || '');
                const navigates = /location|window\.open|navigate|\.href/i.test(handler);
                for (const option of Array.from(select.options).slice(0, 300)) {
                    const value = (option.getAttribute('data-href') || option.getAttribute('data-url') || option.getAttribute('value') || '').trim();
                    const isAddress = addressLike.test(value)
                        || (navigates && /^[^\s]+$/.test(value) && !/^(\d+|javascript:.*|#.*)$/i.test(value) && /[a-z]/i.test(value) && /[\/.]/.test(value));
                    if (isAddress) add(value, option.text, 'option');
                }
            }

            const controls = Array.from(document.querySelectorAll('[aria-expanded="false"], [aria-haspopup]:not([aria-haspopup="false"]), [aria-controls]'))
                .filter(e => !e.matches('input, textarea, select, option, [contenteditable]') && e.getAttribute('aria-expanded') !== 'true')
                .slice(0, maxControls);
            let opened = 0;
            if (controls.length > 0) {
                const cancel = e => e.preventDefault();
                const cancelLinks = e => { const a = e.target && e.target.closest && e.target.closest('a[href], area[href]'); if (a) e.preventDefault(); };
                window.addEventListener('submit', cancel, true);
                window.addEventListener('click', cancelLinks, true);
                const start = performance.now();
                // A menu drawn at once costs one tick; one that is still drawing gets a short quiet wait.
                const drawn = async before => {
                    await new Promise(r => setTimeout(r, 0));
                    const began = performance.now();
                    while (state && state.last > before && performance.now() - state.last < 60 && performance.now() - began < 300) {
                        await new Promise(r => setTimeout(r, 20));
                    }
                };
                try {
                    for (const control of controls) {
                        if (performance.now() - start > budgetMs) break;
                        if (!control.isConnected) continue;
                        let before = performance.now();
                        for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter']) {
                            control.dispatchEvent(new MouseEvent(type, { bubbles: type.endsWith('over'), cancelable: true, view: window }));
                        }
                        await drawn(before);
                        if (control.getAttribute('aria-expanded') !== 'true') {
                            before = performance.now();
                            control.click();
                            await drawn(before);
                        }
                        opened++;
                        anchors();
                    }
                } finally {
                    window.removeEventListener('submit', cancel, true);
                    window.removeEventListener('click', cancelLinks, true);
                }
            }

            anchors();
            for (const route of (state ? state.routes : []).slice(0, 200)) add(route, '', 'route');
            return { opened, links: Array.from(found.entries()).map(([url, [text, kind]]) => [url, text, kind]) };
        }
        """;

    /// <summary>
    /// <paramref name="links"/> plus what this step finds that they lack, and the links that opened menus drew (links
    /// a citizen sees once the menu is open: evidence for detection, see <see cref="OpenedMenus"/>). When menus were
    /// opened, the requests they started are waited for (boundedly) and the links read once more. Errors (the page
    /// navigated anyway, hung, closed) leave the links found so far.
    /// </summary>
    public static async Task<HiddenLinksRead> AddToAsync(IPage page, PageTraffic traffic, IReadOnlyList<FoundLink> links, CancellationToken ct)
    {
        var known = new HashSet<string>(links.Select(l => l.Url), StringComparer.Ordinal);
        var added = new List<FoundLink>();
        var drawn = new List<FoundLink>();
        var opened = await ReadAsync(page, MaxControls, known, added, drawn, ct).ConfigureAwait(false);
        if (opened > 0)
        {
            // Menus whose entries are fetched when opened: their requests, then their drawing.
            await traffic.SettleAsync(SettleAfterOpening, ct).ConfigureAwait(false);
            await AppRender.SettleAsync(page, ct).ConfigureAwait(false);
            await ReadAsync(page, 0, known, added, drawn, ct).ConfigureAwait(false);
        }

        // Links the page's own read lacked appear in the document only because a menu was opened; without an opened
        // menu they are at most links a timer drew meanwhile, which are followed but not taken as the page's content.
        return new HiddenLinksRead(added.Count == 0 ? links : [.. links, .. added], opened > 0 ? drawn : []);
    }

    private static readonly TimeSpan SettleAfterOpening = TimeSpan.FromSeconds(1);

    /// <summary>One pass of the script (opening at most <paramref name="maxControls"/> controls); returns how many it opened.</summary>
    private static async Task<int> ReadAsync(IPage page, int maxControls, HashSet<string> known, List<FoundLink> added, List<FoundLink> drawn, CancellationToken ct)
    {
        JsonElement found;
        try
        {
            found = await page.EvaluateAsync<JsonElement>(Script, new object[] { maxControls, OpenBudget.TotalMilliseconds, MaxLinks })
                .WaitAsync(OpenBudget + PageReader.FrameBudget, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return 0;
        }

        try
        {
            foreach (var pair in found.GetProperty("links").EnumerateArray())
            {
                var url = pair[0].GetString() ?? "";
                if (url.Length > 0 && known.Add(url))
                {
                    var link = new FoundLink(url, pair[1].GetString() ?? "");
                    added.Add(link);
                    if (pair[2].GetString() == "a")
                    {
                        drawn.Add(link);
                    }
                }
            }

            return found.GetProperty("opened").GetInt32();
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException)
        {
            // A page that replaced Map or Array.from gets nothing more from this step.
            return 0;
        }
    }
}
