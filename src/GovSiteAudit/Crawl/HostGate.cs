using System.Globalization;

namespace GovSiteAudit.Crawl;

/// <summary>
/// Politeness across all sites crawled at once: one page load at a time per host (name and port), and an optional
/// pause between two loads on the same host. A host is forgotten as soon as nobody waits for it and its pause has
/// passed, so the gate holds only the hosts in use and a long list does not make it grow.
/// </summary>
public sealed class HostGate(TimeProvider time)
{
    private readonly Dictionary<string, Host> _hosts = new(StringComparer.Ordinal);

    /// <summary>Hosts currently known (in use or within their pause); for tests and memory checks.</summary>
    public int TrackedHosts
    {
        get
        {
            lock (_hosts)
            {
                return _hosts.Count;
            }
        }
    }

    public static string KeyOf(Uri url) => url.IdnHost.ToLowerInvariant() + ":" + url.Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Waits for the host's turn, and for <paramref name="delay"/> since its previous page; dispose the result when the page is loaded.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan delay, CancellationToken ct)
    {
        var key = KeyOf(url);
        Host host;
        lock (_hosts)
        {
            Sweep();
            if (!_hosts.TryGetValue(key, out host!))
            {
                host = new Host();
                _hosts[key] = host;
            }

            host.Users++;
        }

        try
        {
            await host.Turn.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, host);
            throw;
        }

        try
        {
            if (delay > TimeSpan.Zero && host.LastRelease is { } last)
            {
                var wait = delay - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, ct).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            host.Turn.Release();
            Leave(key, host);
            throw;
        }

        return new Pass(this, key, host, delay);
    }

    private void Release(Host host, TimeSpan delay)
    {
        // The time is set before the turn passes on, so the next page on the host sees it.
        lock (_hosts)
        {
            host.LastRelease = time.GetTimestamp();
            host.Delay = delay;
        }

        host.Turn.Release();
    }

    private void Leave(string key, Host host)
    {
        lock (_hosts)
        {
            host.Users--;
            if (host.Users == 0 && (host.LastRelease is null || host.Delay <= TimeSpan.Zero))
            {
                _hosts.Remove(key);
            }
        }
    }

    /// <summary>Forgets idle hosts whose pause has passed. Called under the lock.</summary>
    private void Sweep()
    {
        List<string>? idle = null;
        foreach (var (key, host) in _hosts)
        {
            if (host.Users == 0 && (host.LastRelease is not { } last || time.GetElapsedTime(last) >= host.Delay))
            {
                (idle ??= []).Add(key);
            }
        }

        foreach (var key in idle ?? [])
        {
            _hosts.Remove(key);
        }
    }

    private sealed class Host
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public int Users { get; set; }

        public long? LastRelease { get; set; }

        public TimeSpan Delay { get; set; }
    }

    private sealed class Pass(HostGate gate, string key, Host host, TimeSpan delay) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Release(host, delay);
                gate.Leave(key, host);
            }
        }
    }
}
