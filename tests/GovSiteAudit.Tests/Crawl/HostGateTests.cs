using GovSiteAudit.Crawl;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class HostGateTests
{
    [Test]
    public async Task One_page_at_a_time_per_host_and_other_hosts_go_ahead()
    {
        var gate = new HostGate(TimeProvider.System);
        var a = new Uri("https://a.gov.tw/x");

        var first = await gate.EnterAsync(a, TimeSpan.Zero, CancellationToken.None);
        var second = gate.EnterAsync(new Uri("https://A.gov.tw/y"), TimeSpan.Zero, CancellationToken.None);
        var other = gate.EnterAsync(new Uri("https://b.gov.tw/"), TimeSpan.Zero, CancellationToken.None);
        var otherPort = gate.EnterAsync(new Uri("https://a.gov.tw:8443/"), TimeSpan.Zero, CancellationToken.None);

        Assert.That(await Task.WhenAny(second, Task.Delay(200)), Is.Not.SameAs(second), "the same host waits");
        Assert.That(other.IsCompleted && otherPort.IsCompleted, Is.True, "other hosts (and ports) do not");
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
        (await otherPort).Dispose();
        Assert.That(gate.TrackedHosts, Is.Zero, "hosts are forgotten once idle");
    }

    [Test]
    public async Task Delay_separates_two_loads_on_a_host()
    {
        var time = new FakeTimeProvider();
        var gate = new HostGate(time);
        var url = new Uri("https://a.gov.tw/");
        var delay = TimeSpan.FromMilliseconds(300);

        (await gate.EnterAsync(url, delay, CancellationToken.None)).Dispose();
        var second = gate.EnterAsync(url, delay, CancellationToken.None);

        Assert.That(second.IsCompleted, Is.False, "the second load waits for the pause");
        time.Advance(delay - TimeSpan.FromMilliseconds(1));
        Assert.That(second.IsCompleted, Is.False, "still 1 ms to go");
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();

        time.Advance(delay);
        (await gate.EnterAsync(new Uri("https://b.gov.tw/"), delay, CancellationToken.None)).Dispose();
        Assert.That(gate.TrackedHosts, Is.EqualTo(1), "a.gov.tw is forgotten once its pause has passed");
    }

    [Test]
    public async Task Cancelled_wait_gives_up_its_place()
    {
        var gate = new HostGate(TimeProvider.System);
        var url = new Uri("https://a.gov.tw/");
        var held = await gate.EnterAsync(url, TimeSpan.Zero, CancellationToken.None);
        using var cts = new CancellationTokenSource(100);

        Assert.That(async () => await gate.EnterAsync(url, TimeSpan.Zero, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        held.Dispose();
        Assert.That(gate.TrackedHosts, Is.Zero);
    }
}
