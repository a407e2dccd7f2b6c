using GovSiteAudit.Crawl;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Crawl;

public sealed class AppRenderTests
{
    [Test]
    public void Init_script_carries_its_bounds()
    {
        // The bounds are written into the script when it is built: a bound left at zero would silently wait for nothing.
        Assert.That(AppRender.InitScript, Does.Contain("<= 1000 &&"), "timers of up to a second are waited for");
        Assert.That(AppRender.InitScript, Does.Contain($"< {AppRender.MaxRoutes}"));
        Assert.That(AppRender.InitScript, Does.Not.Contain("MAX_"));
    }

    [Test]
    public void Hash_routes_differ_from_anchors()
    {
        Assert.That(AppRoute.FragmentOf(new Uri("https://a.gov/app/#/fares?x=1")), Is.EqualTo("#/fares?x=1"));
        Assert.That(AppRoute.FragmentOf(new Uri("https://a.gov/#!/news")), Is.EqualTo("#!/news"));
        Assert.That(AppRoute.FragmentOf(new Uri("https://a.gov/#!news")), Is.EqualTo("#!news"));
        foreach (var same in new[] { "https://a.gov/#top", "https://a.gov/#/", "https://a.gov/#!/", "https://a.gov/#!", "https://a.gov/#", "https://a.gov/" })
        {
            Assert.That(AppRoute.FragmentOf(new Uri(same)), Is.Empty, same);
        }

        Assert.That(AppRoute.SameDocument(new Uri("https://a.gov/app/#/b"), "https://a.gov/app/#/a"), Is.True);
        Assert.That(AppRoute.SameDocument(new Uri("https://a.gov/app/#/b"), "https://a.gov/other/#/a"), Is.False);
    }
}
