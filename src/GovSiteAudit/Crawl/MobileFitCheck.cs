using System.Text.Json;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The home page on a phone: the page as loaded for the speed measure (with its images, which shape the layout) is laid
/// out again at 360 × 740 CSS pixels with touch, device scale 2 and a phone's viewport handling (a page without a viewport
/// meta tag is laid out at 980 px and shrunk), and read: whether the document is wider than the screen, and the size of
/// most of its text as the phone shows it. What a page decides only when it loads (a mobile user agent, a script that
/// measures the window once) is not seen: the layout follows the viewport as CSS media queries and resize handlers do.
/// </summary>
internal static class MobileFitCheck
{
    public const int Width = 360;
    public const int Height = 740;
    public const float DeviceScale = 2;

    private static readonly TimeSpan ScriptBudget = TimeSpan.FromSeconds(5);

    // The font size of the most characters of visible text, weighted by their length (at most 5000 text nodes).
    private const string Script = """
        () => {
          const doc = document.documentElement;
          const width = Math.max(doc ? doc.scrollWidth : 0, document.body ? document.body.scrollWidth : 0);
          const layout = window.innerWidth || 0;
          const meta = !!document.querySelector('meta[name="viewport" i]');
          const sizes = new Map();
          const root = document.body || doc;
          let seen = 0;
          if (root) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode()) && seen < 5000) {
              const text = (node.textContent || '').trim();
              const el = node.parentElement;
              if (!text || !el) continue;
              const style = getComputedStyle(el);
              if (style.display === 'none' || style.visibility === 'hidden') continue;
              const box = el.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              const px = parseFloat(style.fontSize);
              if (!(px > 0)) continue;
              seen++;
              const key = Math.round(px * 10) / 10;
              sizes.set(key, (sizes.get(key) || 0) + text.length);
            }
          }
          let base = null, most = -1;
          for (const [size, chars] of sizes) if (chars > most) { most = chars; base = size; }
          return { width, layout, meta, base };
        }
        """;

    /// <summary>
    /// Reads the fit on the home page already in the crawl's tab: the tab is shaped like the phone through DevTools,
    /// read once the layout has followed, and shaped back to the crawl's viewport. No second context, no second load:
    /// the phone costs a re-layout instead of a page load (it was a quarter of the measures' CPU as a second context).
    /// </summary>
    /// <remarks>
    /// A page that hangs on the resize (a resize handler that never returns) would hold the crawl's tab: after any failure
    /// the tab is replaced, so the inner pages are read in a fresh one.
    /// </remarks>
    public static async Task<MobileFit?> MeasureInPlaceAsync(SiteTabs tabs, IPage page, List<string> notes, CancellationToken token)
    {
        ICDPSession? session = null;
        var viewport = page.ViewportSize;
        var healthy = false;
        try
        {
            session = await page.Context.NewCDPSessionAsync(page).WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            await session.SendAsync("Emulation.setDeviceMetricsOverride", new Dictionary<string, object>
            {
                ["width"] = Width, ["height"] = Height, ["deviceScaleFactor"] = DeviceScale, ["mobile"] = true,
                ["screenWidth"] = Width, ["screenHeight"] = Height,
            }).WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            await session.SendAsync("Emulation.setTouchEmulationEnabled", new Dictionary<string, object> { ["enabled"] = true, ["maxTouchPoints"] = 5 })
                .WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            // Two animation frames: the resize has been laid out and the page's own resize handlers have run.
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))")
                .WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            var found = await page.EvaluateAsync<JsonElement>(Script).WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            var fit = Read(found, notes);
            // Back to the crawl's desktop viewport (not "cleared": that would fall back to the window's size).
            await session.SendAsync("Emulation.setTouchEmulationEnabled", new Dictionary<string, object> { ["enabled"] = false })
                .WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            await session.SendAsync("Emulation.setDeviceMetricsOverride", new Dictionary<string, object>
            {
                ["width"] = viewport?.Width ?? 1280, ["height"] = viewport?.Height ?? 720, ["deviceScaleFactor"] = 1, ["mobile"] = false,
            }).WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            await session.DetachAsync().WaitAsync(ScriptBudget, token).ConfigureAwait(false);
            healthy = true;
            return fit;
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e) || e is JsonException or InvalidOperationException)
        {
            notes.Add($"phone fit not measured: {e.Message.Split('\n')[0]} (the inner pages are read in a fresh tab)");
            return null;
        }
        finally
        {
            if (!healthy)
            {
                await tabs.ReplaceWorkPageAsync(page).ConfigureAwait(false);
            }
        }
    }

    private static MobileFit? Read(JsonElement found, List<string> notes)
    {
        var width = Number(found, "width");
        var layout = Number(found, "layout");
        if (width is null || layout is null || layout <= 0)
        {
            notes.Add("phone fit not measured: the home page reported no layout");
            return null;
        }

        // A layout wider than the screen is shown shrunk (no viewport meta: 980 px) or scrolls sideways; text shrinks with it.
        var shrink = Math.Min(1, Width / Math.Max(layout.Value, width.Value));
        var text = Number(found, "base") is { } px ? Math.Round(px * shrink, 1) : (double?)null;
        var meta = found.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.True;
        return new MobileFit(Width, Math.Round(width.Value, 1), width.Value > Width + 1, text, meta);
    }

    private static double? Number(JsonElement element, string name) => ScriptNumbers.Read(element, name, 1e7);
}
