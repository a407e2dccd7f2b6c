using System.Text.Json;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The home page on a phone: loaded once more, in a browser context of its own shaped like a phone (360 × 740 CSS pixels,
/// touch, device scale 2, a mobile user agent), through the same guarded proxy and in the host's turn. Its images load
/// too, since they shape the layout. Two things are read: whether the document is wider than the screen, and the size of
/// most of its text as the phone shows it (a page without a viewport meta tag is laid out at 980 px and shrunk).
/// </summary>
internal static class MobileFitCheck
{
    public const int Width = 360;
    public const int Height = 740;
    public const float DeviceScale = 2;

    private static readonly TimeSpan ScriptBudget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(200);

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

    /// <summary>Options of the phone-shaped context (the proxy and the rest are the crawl's).</summary>
    public static void Shape(BrowserNewContextOptions options)
    {
        options.ViewportSize = new ViewportSize { Width = Width, Height = Height };
        options.ScreenSize = new ScreenSize { Width = Width, Height = Height };
        options.IsMobile = true;
        options.HasTouch = true;
        options.DeviceScaleFactor = DeviceScale;
    }

    /// <summary>Loads <paramref name="home"/> in the phone context's tab and reads the fit; null (with a note) when it cannot.</summary>
    public static async Task<MobileFit?> MeasureAsync(SiteTabs tabs, Uri home, TimeSpan pageTimeout, List<string> notes, CancellationToken token)
    {
        try
        {
            var (page, traffic) = await tabs.WorkPageAsync().ConfigureAwait(false);
            try
            {
                await tabs.LoadAsync(page, home, WaitUntilState.Load, (float)pageTimeout.TotalMilliseconds).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The load event never came (a tracker that hangs): the layout is read as far as it came.
            }

            await traffic.SettleAsync(SettleTime, token).ConfigureAwait(false);
            var found = await page.EvaluateAsync<JsonElement>(Script).WaitAsync(ScriptBudget, token).ConfigureAwait(false);
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
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e) || e is JsonException or InvalidOperationException)
        {
            notes.Add($"phone fit not measured: {e.Message.Split('\n')[0]}");
            return null;
        }
    }

    private static double? Number(JsonElement element, string name) => ScriptNumbers.Read(element, name, 1e7);
}
