using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>
/// Detection is bounded per site (issue 9, item 8): a pattern that times out is reported, not silently "not found",
/// and not run again on that site; a site whose budget ran out gets no further rules; a rule that fails is reported.
/// </summary>
public sealed class DetectionBudgetTests
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private static Regex Evil() => new("(a+)+b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);

    private static Rubric RubricOf(params Indicator[] indicators) =>
        new("t", "Test", null, null, [new Dimension("d", "D", 1, null, indicators)], "test");

    private static Indicator Indicator(string id, Rule rule) => new(id, id, 1, null, rule);

    /// <summary>One page with 30 long links of the kind that make <c>(a+)+b</c> backtrack for ever.</summary>
    private static GovSiteAudit.Snapshots.SiteSnapshot HostilePage()
    {
        var html = new StringBuilder("<body><a href=\"/faq\">FAQ</a>");
        for (var i = 0; i < 30; i++)
        {
            html.Append("<a href=\"/").Append(new string('a', 40)).Append(i).Append("\">x</a>");
        }

        return Sites.Of(html.Append("</body>").ToString());
    }

    [Test]
    public void A_pattern_that_times_out_is_run_once_per_site_and_reported_as_such()
    {
        var rubric = RubricOf(Indicator("evil", new HrefRule(Evil(), "(a+)+b", PageScope.All)));

        var watch = Stopwatch.StartNew();
        var finding = Detector.Detect(rubric, HostilePage()).Single();
        watch.Stop();

        Assert.That(finding.Found, Is.False);
        Assert.That(finding.Note, Does.Contain("not determined").And.Contain("(a+)+b").And.Contain("timed out"));
        // 30 links × 2 forms of each href × 0.2 s before; one timed-out match now.
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void The_same_pattern_in_another_rule_is_not_run_again_on_that_site()
    {
        var rubric = RubricOf(
            Indicator("first", new HrefRule(Evil(), "(a+)+b", PageScope.All)),
            Indicator("second", new RequestRule(Evil(), PageScope.All)),
            Indicator("faq", Sites.Link(["FAQ"])));
        var site = HostilePage() with { };
        var pages = site.Pages.Select(p => p with { Requests = [new string('a', 40)] }).ToList();

        var watch = Stopwatch.StartNew();
        var findings = Detector.Detect(rubric, site with { Pages = pages });
        watch.Stop();

        Assert.That(findings[1].Note, Does.Contain("timed out"));
        Assert.That(findings[2].Found, Is.True, "other rules go on");
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Not_over_a_rule_that_timed_out_is_not_determined_rather_than_found()
    {
        var rubric = RubricOf(Indicator("no_evil", new NotRule(new HrefRule(Evil(), "(a+)+b", PageScope.All))));

        var finding = Detector.Detect(rubric, HostilePage()).Single();

        Assert.That(finding.Found, Is.False);
        Assert.That(finding.Note, Does.Contain("not determined"));
    }

    [Test]
    public void A_finding_made_by_another_alternative_stands()
    {
        var rubric = RubricOf(Indicator("faq", new AnyRule([new HrefRule(Evil(), "(a+)+b", PageScope.All), Sites.Link(["FAQ"])])));

        var finding = Detector.Detect(rubric, HostilePage()).Single();

        Assert.That(finding.Found, Is.True);
        Assert.That(finding.Note, Is.Null);
    }

    [Test]
    public void Once_the_site_budget_is_spent_no_rule_is_evaluated_and_each_says_so()
    {
        var rubric = RubricOf(Indicator("faq", Sites.Link(["FAQ"])), Indicator("https", new SchemeRule("https")));

        var findings = Detector.Detect(rubric, HostilePage(), new CancellationToken(canceled: true));

        Assert.That(findings.Select(f => f.Found), Is.All.False);
        Assert.That(findings.Select(f => f.Note), Is.All.Contains("not evaluated").And.All.Contains("--site-timeout"));
    }

    /// <summary>
    /// An XPath expression cannot be stopped halfway, and over a page of several megabytes it takes seconds: once the site's
    /// time is up it is not started on a further page, and the rule says it could not decide rather than "not found".
    /// </summary>
    [Test]
    public void An_xpath_rule_is_not_started_on_a_page_once_the_site_budget_is_spent()
    {
        var site = Sites.Of(Sites.Page("<body><p>nothing here</p></body>"), Sites.Page("<body><a href=\"/faq\">FAQ</a></body>", Sites.HomeUrl + "help"));
        var rule = new XPathRule("//a[@href='/faq']", PageScope.All);
        Assert.That(MarkupDetection.XPath(rule, new SiteDocuments(site)), Is.Not.Null, "the rule matches the second page");

        var spent = new SiteDocuments(site, new PatternBudget(TimeProvider.System, new CancellationToken(canceled: true)));

        Assert.That(MarkupDetection.XPath(rule, spent), Is.Null);
        Assert.That(spent.Patterns.Undetermined, Is.EqualTo(1));
        Assert.That(spent.Patterns.LastReason, Does.Contain("--site-timeout"));
    }

    [Test]
    public void A_rule_that_fails_on_a_page_is_reported_and_the_others_are_evaluated()
    {
        // A rubric built in code skips the loader's checks; the detector must still not throw.
        var rubric = RubricOf(Indicator("broken", new XPathRule("//a[lower-case(@href)='/faq']", PageScope.All)), Indicator("faq", Sites.Link(["FAQ"])));

        var findings = Detector.Detect(rubric, HostilePage());

        Assert.That(findings[0].Found, Is.False);
        Assert.That(findings[0].Note, Does.Contain("rule failed"));
        Assert.That(findings[1].Found, Is.True);
    }

    /// <summary>
    /// The detector's own patterns are not run through the budget: one that runs out of time (a starved machine, a hostile
    /// address) throws, and the detector must turn that into "not determined" for its indicator alone. Here the feed path
    /// pattern gets 1 ms against an address of 40,000 characters that makes it backtrack (each "feed" restarts the search
    /// for ".xml"), while the indicators before and after it on the same page are found.
    /// </summary>
    [Test]
    public void A_built_in_pattern_that_times_out_leaves_its_indicator_not_determined_and_the_others_found()
    {
        var hostile = "/" + string.Concat(Enumerable.Repeat("feed", 10_000));
        var site = Sites.Of($"<body><a href=\"/faq\">FAQ</a><a href=\"{hostile}\">news</a><a href=\"/contact\">Contact us</a></body>");
        var rubric = RubricOf(
            Indicator("faq", Sites.Link(["FAQ"])),
            Indicator("feed", new FeedRule(false, PageScope.All)),
            Indicator("contact", Sites.Link(["Contact us"])));
        var tiny = BuiltInPatterns.WithMatchTimeout(TimeSpan.FromMilliseconds(1));

        var findings = Detector.Detect(rubric, site, CancellationToken.None, TimeProvider.System, builtIn: tiny);

        Assert.That(findings.Select(f => (f.IndicatorId, f.Found)), Is.EqualTo(new[] { ("faq", true), ("feed", false), ("contact", true) }));
        Assert.That(findings[1].Note, Does.StartWith("not determined: a pattern timed out after"));
        Assert.That(findings[0].Note, Is.Null);
        Assert.That(findings[2].Note, Is.Null);
        // The seam changes the bound only: the same patterns with the same options as every audit uses.
        Assert.That(tiny.FeedPath.ToString(), Is.EqualTo(BuiltInPatterns.Default.FeedPath.ToString()));
        Assert.That(tiny.FeedPath.Options, Is.EqualTo(BuiltInPatterns.Default.FeedPath.Options));
        Assert.That(BuiltInPatterns.Default.FeedPath.MatchTimeout, Is.EqualTo(BuiltInPatterns.MatchTimeout));
    }
}
