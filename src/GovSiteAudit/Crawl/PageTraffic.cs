using Microsoft.Playwright;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The requests one page made (every URL, blocked images included) and how many are still under way, so the
/// crawler can wait for scripts that fetch their menus without waiting for <c>networkidle</c>, which costs
/// at least half a second on every page and never comes on pages that poll.
/// A page that makes requests without end — an image whose error handler sets a source that fails again, which every
/// blocked image with such a handler does, or a script polling in a tight loop — is braked (<see cref="ScriptBrake"/>):
/// every <see cref="FloodStep"/> requests its scripts are paused for a moment, which ends an error-handler loop. Left
/// alone, such a page made over 4,000 requests a second, each an event to this process, until Playwright discarded
/// the objects of older requests and the page's own response with them ("collected to prevent unbounded heap growth").
/// </summary>
internal sealed class PageTraffic
{
    /// <summary>Requests of one page after which, and after every further as many, its scripts are paused.</summary>
    internal const int FloodStep = 1_000;

    /// <summary>Pauses per page at most: a page that keeps flooding after them is left to the site's time budget.</summary>
    internal const int MaxBrakes = 5;

    /// <summary>Request URLs kept per page (the count goes on): a flood must not fill the snapshot.</summary>
    internal const int MaxUrls = 2 * FloodStep;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    private readonly List<string> _urls = [];
    private int _made;
    private int _inFlight;
    private int _brakes;

    public PageTraffic(IPage page, ScriptBrake? brake = null)
    {
        page.Request += (_, request) =>
        {
            Interlocked.Increment(ref _inFlight);
            var pause = false;
            lock (_urls)
            {
                _made++;
                if (_urls.Count < MaxUrls)
                {
                    _urls.Add(request.Url);
                }

                if (_made % FloodStep == 0 && _brakes < MaxBrakes && brake is not null)
                {
                    _brakes++;
                    pause = true;
                }
            }

            if (pause)
            {
                brake!.Pause();
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
            _made = 0;
            _brakes = 0;
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

    /// <summary>How many times the page's scripts were paused since <see cref="Reset"/> (see <see cref="ScriptBrake"/>).</summary>
    public int Brakes
    {
        get
        {
            lock (_urls)
            {
                return _brakes;
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
