using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Runs axe-core in a page the crawl has already rendered: no extra page load. It follows the same steps as
/// Deque's own integrations (<c>axe.runPartial</c> in each frame, <c>axe.finishRun</c> over the parts), with
/// three differences a crawler needs: cross-origin frames are not entered (they are another site's content; they
/// are listed instead), the whole run has a time budget and a cancellation token, and very large documents skip
/// the slowest rules. <c>finishRun</c> runs in the audited page itself rather than in a blank page of another
/// browser context: that would cost a context per page and step outside the crawl's network guard, and the
/// results are the same. A page without a same-origin frame to enter takes one <c>axe.run</c> instead (the same
/// engine and options, fewer steps: in a quick timing on real government pages it was about a quarter faster).
/// </summary>
internal static class AccessibilityScan
{
    /// <summary>Examples of elements kept per rule and page; the count of elements is always exact.</summary>
    public const int MaxExamples = 5;

    /// <summary>Characters of an element's markup kept as an example.</summary>
    public const int MaxExampleHtml = 300;

    private const string CountElementsScript = "() => document.getElementsByTagName('*').length";

    private const string RunPartialScript = """
        async ([context, options]) => {
            const parsed = JSON.parse(context);
            return JSON.stringify(await axe.runPartial(parsed === null ? document : parsed, JSON.parse(options)));
        }
        """;

    private const string FrameContextsScript = """
        ([context, options]) => {
            const parsed = JSON.parse(context);
            return JSON.stringify(axe.utils.getFrameContexts(parsed === null ? document : parsed, JSON.parse(options)));
        }
        """;

    private const string FrameElementScript = "(selector) => axe.utils.shadowSelect(JSON.parse(selector))";

    // Results are cut down in the page: only counts and a few examples cross over to .NET.
    private const string FinishRunScript = """
        async ([partials, options, maxExamples, maxHtml]) => {
            const results = await axe.finishRun(partials.map(p => p === null ? null : JSON.parse(p)), JSON.parse(options));
        """ + CompactScript;

    // With no frame to enter, one axe.run in the page does the same work in one step, and measurably faster.
    private const string RunScript = """
        async ([options, maxExamples, maxHtml]) => {
            const results = await axe.run(document, Object.assign(JSON.parse(options), { iframes: false }));
        """ + CompactScript;

    private const string CompactScript = """
            const target = t => Array.isArray(t)
                ? t.map(x => Array.isArray(x) ? x.map(String).join(' >>> ') : String(x)).join(' >> ')
                : String(t);
            const compact = r => ({
                rule: r.id, impact: r.impact || null, tags: r.tags || [], help: r.help || '', helpUrl: r.helpUrl || '',
                nodes: r.nodes.length,
                examples: r.nodes.slice(0, maxExamples).map(n => ({ target: target(n.target), html: String(n.html || '').slice(0, maxHtml) })),
            });
            return JSON.stringify({ violations: results.violations.map(compact), incomplete: results.incomplete.map(compact) });
        }
        """;

    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The axe options for a run: rules by tag, only violations and incomplete results in full.</summary>
    public static string OptionsJson(IReadOnlyList<string> tags, IReadOnlyList<string> skippedRules)
    {
        var options = new Dictionary<string, object>
        {
            ["runOnly"] = new Dictionary<string, object> { ["type"] = "tag", ["values"] = tags },
            // Passes and inapplicable rules are then reported with one node each: far less to serialise.
            ["resultTypes"] = new[] { "violations", "incomplete" },
        };
        if (skippedRules.Count > 0)
        {
            options["rules"] = skippedRules.ToDictionary(r => r, _ => (object)new Dictionary<string, bool> { ["enabled"] = false });
        }

        return JsonSerializer.Serialize(options);
    }

    /// <summary>
    /// Tests the page now in <paramref name="page"/>. Never throws for the page's sake: a failure or a run over budget is a
    /// result that is not measured, with the reason. <c>TabSuspect</c> says the tab may still be busy with axe and should
    /// be replaced. Only the site's own cancellation (its budget, or the run's) propagates.
    /// </summary>
    public static async Task<(PageAccessibility Result, bool TabSuspect)> RunAsync(
        IPage page, string reason, AccessibilityOptions options, CancellationToken siteToken)
    {
        var clock = Stopwatch.StartNew();
        var url = page.Url;
        var elements = 0;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(siteToken);
        budget.CancelAfter(options.PageBudget);
        try
        {
            elements = await page.EvaluateAsync<int>(CountElementsScript).WaitAsync(budget.Token).ConfigureAwait(false);
            var skipped = elements > options.LargeDocumentElements ? AccessibilityOptions.SlowRules : [];
            var optionsJson = OptionsJson(options.Tags, skipped);
            var origin = new Uri(url);
            var framesNotEntered = new List<string>();
            string json;
            if (page.Frames.All(f => f == page.MainFrame || !SameOrigin(f.Url, origin)))
            {
                framesNotEntered.AddRange(page.MainFrame.ChildFrames.Select(f => f.Url));
                await page.EvaluateAsync("() => {" + AxeSource.Script + "\n}").WaitAsync(budget.Token).ConfigureAwait(false);
                json = await page.EvaluateAsync<string>(RunScript, new object[] { optionsJson, MaxExamples, MaxExampleHtml })
                    .WaitAsync(budget.Token).ConfigureAwait(false);
            }
            else
            {
                var partials = await PartialAsync(page.MainFrame, "null", optionsJson, origin, framesNotEntered, top: true, budget.Token).ConfigureAwait(false);
                json = await page.EvaluateAsync<string>(FinishRunScript, new object[] { partials.ToArray(), optionsJson, MaxExamples, MaxExampleHtml })
                    .WaitAsync(budget.Token).ConfigureAwait(false);
            }

            var parsed = JsonSerializer.Deserialize<CompactResults>(json, ReadOptions) ?? new CompactResults([], []);
            return (new PageAccessibility(url, reason, true, null, elements, Seconds(clock), skipped, framesNotEntered,
                parsed.Violations.Select(ToResult).ToList(), parsed.Incomplete.Select(ToResult).ToList()), false);
        }
        catch (OperationCanceledException) when (!siteToken.IsCancellationRequested)
        {
            var limit = options.PageBudget.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return (PageAccessibility.NotMeasured(url, reason, $"axe did not finish within {limit} s", elements, Seconds(clock)), true);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e) || e is JsonException)
        {
            // A page that navigated away, broke the script's globals or crashed: not measured, and said why.
            var message = e.Message.Split('\n', 2)[0].Trim();
            return (PageAccessibility.NotMeasured(url, reason, $"axe failed: {message}", elements, Seconds(clock)), page.IsClosed);
        }
    }

    /// <summary>
    /// axe.runPartial in <paramref name="frame"/>, then in each frame axe asks for, depth first, as axe.finishRun expects.
    /// A frame that cannot be tested contributes null, which axe accounts for.
    /// </summary>
    private static async Task<List<string?>> PartialAsync(
        IFrame frame, string context, string optionsJson, Uri origin, List<string> framesNotEntered, bool top, CancellationToken ct)
    {
        await frame.EvaluateAsync("() => {" + AxeSource.Script + "\n}").WaitAsync(ct).ConfigureAwait(false);
        var results = new List<string?>
        {
            await frame.EvaluateAsync<string>(RunPartialScript, new[] { context, optionsJson }).WaitAsync(ct).ConfigureAwait(false),
        };
        var contextsJson = await frame.EvaluateAsync<string>(FrameContextsScript, new[] { context, optionsJson }).WaitAsync(ct).ConfigureAwait(false);
        using var contexts = JsonDocument.Parse(contextsJson);
        foreach (var frameContext in contexts.RootElement.EnumerateArray())
        {
            var child = await ChildFrameAsync(frame, frameContext.GetProperty("frameSelector").GetRawText(), ct).ConfigureAwait(false);
            if (child is null)
            {
                results.Add(null);
                continue;
            }

            if (!SameOrigin(child.Url, origin))
            {
                framesNotEntered.Add(child.Url);
                results.Add(null);
                continue;
            }

            try
            {
                results.AddRange(await PartialAsync(child, frameContext.GetProperty("frameContext").GetRawText(), optionsJson, origin, framesNotEntered, top: false, ct)
                    .ConfigureAwait(false));
            }
            catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e) && !top)
            {
                results.Add(null); // A frame that went away or broke; the page's own results still stand.
            }
        }

        return results;
    }

    private static async Task<IFrame?> ChildFrameAsync(IFrame frame, string selectorJson, CancellationToken ct)
    {
        try
        {
            var handle = await frame.EvaluateHandleAsync(FrameElementScript, selectorJson).WaitAsync(ct).ConfigureAwait(false);
            return handle.AsElement() is { } element ? await element.ContentFrameAsync().WaitAsync(ct).ConfigureAwait(false) : null;
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e))
        {
            return null;
        }
    }

    /// <summary>about:blank and srcdoc frames belong to their parent; anything else must match scheme, host and port.</summary>
    internal static bool SameOrigin(string frameUrl, Uri origin) =>
        frameUrl.StartsWith("about:", StringComparison.OrdinalIgnoreCase)
        || (Uri.TryCreate(frameUrl, UriKind.Absolute, out var u)
            && u.Scheme == origin.Scheme && string.Equals(u.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase) && u.Port == origin.Port);

    private static double Seconds(Stopwatch clock) => Math.Round(clock.Elapsed.TotalSeconds, 2);

    private static AxeRuleResult ToResult(CompactRule r) =>
        new(r.Rule, r.Impact, r.Tags, r.Help, r.HelpUrl, r.Nodes, r.Examples.Select(e => new AxeNode(e.Target, e.Html)).ToList());

    private sealed record CompactResults(IReadOnlyList<CompactRule> Violations, IReadOnlyList<CompactRule> Incomplete);

    private sealed record CompactRule(string Rule, string? Impact, IReadOnlyList<string> Tags, string Help, string HelpUrl, int Nodes, IReadOnlyList<CompactNode> Examples);

    private sealed record CompactNode(string Target, string Html);
}
