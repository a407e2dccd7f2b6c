using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The requests one page made (every URL, blocked images included) and how many are still under way, so the
/// crawler can wait for scripts that fetch their menus without waiting for <c>networkidle</c>, which costs
/// at least half a second on every page and never comes on pages that poll. A page that requests without end (a script
/// polling in a tight loop, a burst of thousands of images) keeps at most <see cref="MaxUrls"/> distinct URLs; the count
/// goes on (image error-handler loops are stopped in the page itself, see <see cref="PageSafety"/>).
/// </summary>
internal sealed class PageTraffic
{
    /// <summary>Distinct request URLs kept per page: a flood must not fill the snapshot, nor crowd out the URLs after it.</summary>
    internal const int MaxUrls = 2_000;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private readonly List<string> _urls = [];
    private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);
    private int _made;
    private int _inFlight;

    public PageTraffic(IPage page)
    {
        page.Request += (_, request) =>
        {
            Interlocked.Increment(ref _inFlight);
            lock (_urls)
            {
                _made++;
                if (_urls.Count < MaxUrls && _distinct.Add(request.Url))
                {
                    _urls.Add(request.Url);
                }
            }
        };
        page.RequestFinished += (_, _) => Interlocked.Decrement(ref _inFlight);
        page.RequestFailed += (_, _) => Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>Starts the list again for the next page loaded in the same tab.</summary>
    public void Reset()
    {
        lock (_urls)
        {
            _urls.Clear();
            _distinct.Clear();
            _made = 0;
        }

        Volatile.Write(ref _inFlight, 0);
    }

    /// <summary>How many requests the page has made since <see cref="Reset"/>, and how many are under way now.</summary>
    public (int Made, int InFlight) Count
    {
        get
        {
            lock (_urls)
            {
                return (_made, Volatile.Read(ref _inFlight));
            }
        }
    }

    /// <summary>The distinct URLs requested since <see cref="Reset"/>, in order, at most <see cref="MaxUrls"/>.</summary>
    public IReadOnlyList<string> Urls
    {
        get
        {
            lock (_urls)
            {
                return [.. _urls];
            }
        }
    }

    /// <summary>
    /// Waits until no request has been under way at two looks a poll apart, or <paramref name="budget"/> passes. The
    /// first look is at once: a page already quiet costs one poll, not two (every page of every site pays it).
    /// </summary>
    public async Task SettleAsync(TimeSpan budget, CancellationToken ct)
    {
        var quietLooks = Volatile.Read(ref _inFlight) <= 0 ? 1 : 0;
        for (var waited = TimeSpan.Zero; waited < budget && quietLooks < 2; waited += Poll)
        {
            await Task.Delay(Poll, ct).ConfigureAwait(false);
            quietLooks = Volatile.Read(ref _inFlight) <= 0 ? quietLooks + 1 : 0;
        }
    }
}
