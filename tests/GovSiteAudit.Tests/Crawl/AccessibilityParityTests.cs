using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovSiteAudit.Crawl;
using GovSiteAudit.Tests.Support;
using Microsoft.Playwright;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

/// <summary>
/// Parity: on the same page, the rules failing and their element counts are exactly what axe-core 4.14 reports when
/// run directly — by <c>axe.run</c> injected from the same packaged source, and by Deque.AxeCore.Playwright's own
/// <c>RunAxe</c> — on the fixture pages and on real government pages of <c>../shared/real-pages</c>. The reference page
/// is loaded like the crawler loads it (images, media and fonts not downloaded), in the same browser.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class AccessibilityParityTests
{
    private static readonly string[] RealPages =
        ["01-tw-taichung-city-gov-proto", "02-tw-nhi-proto", "05-cn-beijing-zjw-housing-trading", "07-uk-govuk-2012", "10-us-usagov-2023"];

    private SiteCrawler _crawler = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        var browser = await TestBrowser.LocateAsync();
        _crawler = await SiteCrawler.LaunchAsync(browser, AccessibilityScanTests.HomeOnly, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _crawler.DisposeAsync();

    private static IEnumerable<string> FixturePages() =>
        ["clean.html", "image-alt.html", "contrast.html", "label.html", "lang.html", "empty-link.html", "duplicate-id.html", "aria.html", "index.html"];

    [TestCaseSource(nameof(FixturePages))]
    public async Task Fixture_page_matches_axe_run_directly(string page)
    {
        await using var server = await FixtureServer.StartAsync(AccessibilityScanTests.Site);
        await AssertParity(server.Url(page), withFrames: false);
    }

    [TestCaseSource(nameof(RealPages))]
    public async Task Real_government_page_matches_axe_run_directly(string folder)
    {
        var root = RealPagesRoot();
        if (root is null || !Directory.Exists(Path.Combine(root, folder)))
        {
            Assert.Ignore($"real-page corpus not found beside the repository (../shared/real-pages/{folder})");
        }

        await using var server = await FixtureServer.StartAsync(Path.Combine(root!, folder));
        await AssertParity(server.Url(""), withFrames: true);
    }

    private async Task AssertParity(string url, bool withFrames)
    {
        var crawled = await _crawler.CrawlAsync(url, AccessibilityScanTests.HomeOnly, CancellationToken.None);
        var scan = crawled.Snapshot.Accessibility!.Pages.Single();
        Assert.That(scan.Measured, Is.True, scan.Error);
        var ours = scan.Violations.ToDictionary(v => v.Rule, v => v.Nodes);

        var deque = await OnFreshPageAsync(url, async page =>
        {
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AccessibilityOptions.DefaultTags] } });
            return result.Violations.ToDictionary(v => v.Id, v => v.Nodes.Length);
        });
        Assert.That(ours, Is.EquivalentTo(deque), $"{url}: ours vs Deque.AxeCore.Playwright RunAxe");

        if (!withFrames || scan.FramesNotEntered.Count == 0)
        {
            var direct = await OnFreshPageAsync(url, DirectAxeRunAsync);
            Assert.That(ours, Is.EquivalentTo(direct), $"{url}: ours vs axe.run");
        }

        TestContext.Out.WriteLine($"{url}: {ours.Count} failing rule(s), {ours.Values.Sum()} element(s): {string.Join(", ", ours.Select(o => $"{o.Key} {o.Value}"))}");
    }

    /// <summary>axe.run from the same packaged source, with the same tags, in the top document.</summary>
    private static async Task<Dictionary<string, int>> DirectAxeRunAsync(IPage page)
    {
        await page.EvaluateAsync("() => {" + AxeSource.Script + "\n}");
        var result = await page.EvaluateAsync<JsonElement>(
            "async (tags) => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false }); return r.violations.map(v => [v.id, v.nodes.length]); }",
            AccessibilityOptions.DefaultTags.ToArray());
        return result.EnumerateArray().ToDictionary(e => e[0].GetString()!, e => e[1].GetInt32());
    }

    private async Task<T> OnFreshPageAsync<T>(string url, Func<IPage, Task<T>> run)
    {
        var context = await _crawler.CurrentBrowser.NewContextAsync();
        try
        {
            // Rendered as the crawler renders: images, media and fonts are not downloaded.
            await context.RouteAsync("**/*", route => route.Request.ResourceType is "image" or "media" or "font"
                ? route.AbortAsync("blockedbyclient")
                : route.ContinueAsync());
            var page = await context.NewPageAsync();
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });
            await Task.Delay(1000);
            return await run(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    internal static string? RealPagesRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "real-pages");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
