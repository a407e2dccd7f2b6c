using GovSiteAudit.Crawl;
using GovSiteAudit.Tests.Support;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class AppRenderTests
{
    [Test]
    public void Init_script_carries_its_bounds()
    {
        // The bounds are written into the script when it is built: a bound left at zero would silently wait for nothing.
        Assert.That(AppRender.InitScript, Does.Contain("<= 1000 &&"), "timers of up to a second are waited for");
        Assert.That(AppRender.InitScript, Does.Contain($"< {AppRender.MaxRoutes}"));
        Assert.That(AppRender.InitScript, Does.Not.Contain("MAX_"));
    }

    /// <summary>
    /// The settle's short cut — a DOM unchanged since the load event counts as drawn soon after it — must not cut short a
    /// page that its own load handler keeps changing: thirty animation frames (about half a second), the last adding a link.
    /// </summary>
    [Test]
    [Category("Browser")]
    [CancelAfter(120_000)]
    public async Task Settle_waits_for_a_page_its_load_handler_keeps_drawing(CancellationToken ct)
    {
        const string Html = """
            <html><body><p id="count">0</p><div id="late"></div>
            <script>
            window.addEventListener('load', () => {
              let n = 0;
              const step = () => {
                document.getElementById('count').textContent = String(++n);
                // 12 frames (~200 ms at 60 fps): longer than the quiet window, so settling early would miss the late
                // link, yet well inside the 1.5 s cap even when a loaded machine slows frames to ~100 ms.
                if (n < 12) { requestAnimationFrame(step); return; }
                document.getElementById('late').innerHTML = '<a href="/late.html">Late link</a>';
              };
              requestAnimationFrame(step);
            });
            </script></body></html>
            """;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = (await TestBrowser.LocateAsync()).ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
        });
        var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(AppRender.InitScript);
        var page = await context.NewPageAsync();
        // Served by the route itself: nothing goes to the network.
        await page.RouteAsync("**/*", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = Html }));
        await page.GotoAsync("http://app.test/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var characterSet = await AppRender.SettleAsync(page, ct);

        Assert.That(characterSet, Is.Not.Null, "the page answered");
        Assert.That(await page.EvaluateAsync<string>("() => document.getElementById('late').innerHTML"), Does.Contain("Late link"),
            "settled only once the frames stopped changing the page");
    }

    [Test]
    public void Hash_routes_differ_from_anchors()
    {
        Assert.That(AppRoute.FragmentOf(new Uri("https://a.gov/app/#/fares?x=1")), Is.EqualTo("#/fares?x=1"));
        Assert.That(AppRoute.FragmentOf(new Uri("https://a.gov/#!/news")), Is.EqualTo("#!/news"));
        Assert.That(AppRoute.FragmentOf(new Uri("https://a.gov/#!news")), Is.EqualTo("#!news"));
        foreach (var same in new[] { "https://a.gov/#top", "https://a.gov/#/", "https://a.gov/#!/", "https://a.gov/#!", "https://a.gov/#", "https://a.gov/" })
        {
            Assert.That(AppRoute.FragmentOf(new Uri(same)), Is.Empty, same);
        }

        Assert.That(AppRoute.SameDocument(new Uri("https://a.gov/app/#/b"), "https://a.gov/app/#/a"), Is.True);
        Assert.That(AppRoute.SameDocument(new Uri("https://a.gov/app/#/b"), "https://a.gov/other/#/a"), Is.False);
    }
}
