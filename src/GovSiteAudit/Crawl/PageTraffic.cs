using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The requests one page made (every URL, blocked images included) and how many are still under way, so the
/// crawler can wait for scripts that fetch their menus without waiting for <c>networkidle</c>, which costs
/// at least half a second on every page and never comes on pages that poll.
/// </summary>
internal sealed class PageTraffic
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private readonly List<string> _urls = [];
    private int _inFlight;

    public PageTraffic(IPage page)
    {
        page.Request += (_, request) =>
        {
            Interlocked.Increment(ref _inFlight);
            lock (_urls)
            {
                _urls.Add(request.Url);
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
                return (_urls.Count, Volatile.Read(ref _inFlight));
            }
        }
    }

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
