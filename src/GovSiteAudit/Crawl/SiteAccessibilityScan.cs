using System.Globalization;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// axe-core over one site's crawl: decides page by page (<see cref="AccessibilitySample"/>) whether the page just
/// rendered is tested, tests it in place (<see cref="AccessibilityScan"/>) and gathers the results and the notes
/// worth putting in the site's <c>error</c> column.
/// </summary>
internal sealed class SiteAccessibilityScan(AccessibilityOptions options, List<string> siteNotes, CancellationToken token)
{
    // True when the page has a real form: a text area, or two or more fields that are not search boxes or buttons.
    private const string HasFormScript = """
        () => Array.from(document.forms).some(f =>
            f.querySelector('textarea') !== null ||
            f.querySelectorAll('select, input:not([type=hidden]):not([type=search]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset])').length >= 2)
        """;

    private readonly AccessibilitySample _sample = new(options);
    private readonly List<PageAccessibility> _pages = [];

    /// <summary>What was measured so far (the partial result of a site cut short too).</summary>
    public SiteAccessibility Result => new(options.ModeName, options.Tags, AxeSource.Version, [.. _pages]);

    /// <summary>Tests the home page; false when its tab should be replaced before the crawl goes on.</summary>
    public Task<bool> HomeAsync(IPage page) =>
        _sample.ChooseHome() is { } kind ? TestAsync(page, kind) : Task.FromResult(true);

    public void Observe(IEnumerable<FoundLink> links) => _sample.Observe(links);

    /// <summary>Tests an inner page if the sample wants it; false when its tab should be replaced before the crawl goes on.</summary>
    public async Task<bool> InnerAsync(IPage page, string linkText)
    {
        if (_sample.Remaining <= 0)
        {
            return true;
        }

        var hasForm = false;
        if (_sample.WantsForm)
        {
            try
            {
                hasForm = await page.EvaluateAsync<bool>(HasFormScript).WaitAsync(options.PageBudget, token).ConfigureAwait(false);
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
            {
                // Not known: taken for no form.
            }
        }

        return _sample.Choose(page.Url, linkText, hasForm) is not { } kind || await TestAsync(page, kind).ConfigureAwait(false);
    }

    private async Task<bool> TestAsync(IPage page, string kind)
    {
        var (result, tabSuspect) = await AccessibilityScan.RunAsync(page, kind, options, token).ConfigureAwait(false);
        _pages.Add(result);
        if (!result.Measured)
        {
            siteNotes.Add($"accessibility of {result.Url} not measured: {result.Error}");
        }

        if (result.SkippedRules.Count > 0)
        {
            siteNotes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{result.Url} has {result.Elements:N0} elements; axe skipped {string.Join(", ", result.SkippedRules)} there (too slow on documents this large)"));
        }

        if (result.FramesNotEntered.Count > 0)
        {
            siteNotes.Add(string.Create(CultureInfo.InvariantCulture,
                $"axe did not enter {result.FramesNotEntered.Count} cross-origin frame(s) of {result.Url}"));
        }

        return !tabSuspect;
    }
}
