using System.Text.Json;
using GovSiteAudit.Snapshots;
using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Reads the home page's timings from the browser once it has loaded with its own images, fonts and scripts: Navigation
/// Timing (first byte, DOMContentLoaded, load), Largest Contentful Paint (a buffered PerformanceObserver) and Resource
/// Timing (bytes transferred). One load from one place: lab data, not what citizens get in the field (see README).
/// </summary>
internal static class HomeSpeed
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    // transferSize is 0 for a resource of another origin without Timing-Allow-Origin; its encodedBodySize too, so such
    // bytes are not counted (said in README). LCP entries are buffered by the browser, so asking late loses none.
    private const string Script = """
        async () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const lcp = await new Promise(resolve => {
            let last = null;
            const time = e => e.renderTime || e.loadTime || e.startTime;
            try {
              const po = new PerformanceObserver(list => { const e = list.getEntries(); if (e.length) last = e[e.length - 1]; });
              po.observe({ type: 'largest-contentful-paint', buffered: true });
              // The buffered entries are in the observer's queue at once: taken here, no wait for its callback.
              const queued = po.takeRecords();
              if (queued.length) { po.disconnect(); resolve(time(queued[queued.length - 1])); return; }
              setTimeout(() => { try { po.disconnect(); } catch {} resolve(last ? time(last) : null); }, 60);
            } catch { resolve(null); }
          });
          let bytes = nav ? (nav.transferSize || nav.encodedBodySize || 0) : 0;
          for (const r of performance.getEntriesByType('resource')) bytes += r.transferSize || r.encodedBodySize || 0;
          return {
            ttfb: nav ? nav.responseStart : null,
            dcl: nav ? nav.domContentLoadedEventEnd : null,
            load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null,
            lcp: lcp,
            bytes: bytes
          };
        }
        """;

    /// <summary>The timings, or null (with a note) when the page cannot tell them.</summary>
    public static async Task<HomeTimings?> MeasureAsync(IPage page, int requests, List<string> notes, CancellationToken token)
    {
        try
        {
            var found = await page.EvaluateAsync<JsonElement>(Script).WaitAsync(Budget, token).ConfigureAwait(false);
            var ttfb = Number(found, "ttfb");
            var dcl = Number(found, "dcl");
            if (ttfb is null || dcl is null)
            {
                notes.Add("speed not measured: the home page reported no navigation timing");
                return null;
            }

            return new HomeTimings(
                Round(ttfb.Value), Round(dcl.Value), Number(found, "load") is { } load ? Round(load) : null,
                Number(found, "lcp") is { } lcp && lcp > 0 ? Round(lcp) : null,
                (long)(Number(found, "bytes") ?? 0), requests);
        }
        catch (Exception e) when (LoadFailure.IsPlaywrightFailure(e) || e is JsonException or InvalidOperationException)
        {
            notes.Add($"speed not measured: {e.Message.Split('\n')[0]}");
            return null;
        }
    }

    private static double? Number(JsonElement element, string name) => ScriptNumbers.Read(element, name, 1e12);

    private static double Round(double ms) => Math.Round(ms, 1);
}
