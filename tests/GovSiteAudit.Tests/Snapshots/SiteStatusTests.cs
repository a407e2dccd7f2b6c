using GovSiteAudit.Snapshots;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Snapshots;

public sealed class SiteStatusTests
{
    [Test]
    public void Readme_documents_every_status_with_its_kind()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovSiteAudit.sln")))
        {
            dir = dir.Parent;
        }

        Assert.That(dir, Is.Not.Null, "repository root not found");
        var readme = File.ReadAllLines(Path.Combine(dir!.FullName, "README.md"));
        foreach (var status in SiteStatus.All)
        {
            var row = readme.SingleOrDefault(l => l.StartsWith($"| `{status}` |", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"README has no row for {status}");
            Assert.That(row, Does.StartWith($"| `{status}` | {SiteStatus.Kind(status) ?? "—"} |"));
        }
    }

    [Test]
    public void Transient_and_permanent_are_as_documented()
    {
        Assert.That(SiteStatus.All.Where(SiteStatus.IsTransient), Is.EquivalentTo(new[]
        {
            SiteStatus.Timeout, SiteStatus.ConnectionReset, SiteStatus.ServerError, SiteStatus.BrowserError, SiteStatus.NetworkError,
        }));
        Assert.That(SiteStatus.Kind(SiteStatus.Ok), Is.Null);
        Assert.That(SiteStatus.Kind(SiteStatus.Dns), Is.EqualTo("permanent"));
    }
}
