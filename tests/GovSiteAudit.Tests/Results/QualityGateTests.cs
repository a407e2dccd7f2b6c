using System.Xml.Linq;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Tests.Reporting;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Results;

public sealed class QualityGateTests
{
    // a: total 78.6, security 100; b: total 21.4, security 0; unreachable: not scored.
    private static readonly RunReport Run = ReportData.Run(
        ReportData.Site("https://a.gov.tw/", 0b1111111, 0b1010101),
        ReportData.Site("https://b.gov.tw/", 0b0000011, 0b0000001),
        ReportData.Unreachable("https://d.gov.tw/"));

    [Test]
    public void Sites_below_the_total_or_a_dimension_threshold_are_named()
    {
        var gate = new QualityGate(50, new Dictionary<string, double> { ["security"] = 60, ["usability"] = 100 });

        var violations = gate.Check(Run.Sites);

        Assert.That(violations.Select(v => v.ToString()), Is.EquivalentTo(new[]
        {
            "https://b.gov.tw/: security 0 is below 60",
            "https://b.gov.tw/: total 21.4 is below 50",
        }), "a score equal to the threshold passes (usability 100); the unreachable site is not scored, not a violation");
    }

    [Test]
    public void Unknown_dimension_ids_are_reported()
    {
        var gate = new QualityGate(null, new Dictionary<string, double> { ["securty"] = 60, ["security"] = 1 });

        Assert.That(gate.UnknownDimensions(Run.Rubric), Is.EqualTo(new[] { "securty" }));
    }

    [Test]
    public void JUnit_has_one_case_per_site_and_dimension_failing_below_threshold()
    {
        var path = Path.Combine(TempFolder.Create("gsa-junit-"), "ci", "junit.xml");
        var gate = new QualityGate(50, new Dictionary<string, double> { ["security"] = 60 });
        var hostile = Run with { Sites = [.. Run.Sites, ReportData.Unreachable("https://e.gov.tw/") with { Error = "bad \u0001 <char> & \"quote\"" }] };

        JUnitWriter.Write(path, hostile, gate);

        var xml = XDocument.Load(path);
        Assert.That(xml.Root!.Name.LocalName, Is.EqualTo("testsuites"));
        var cases = xml.Descendants("testcase").ToList();
        Assert.That(cases, Has.Count.EqualTo(4 * 8), "4 sites × (7 dimensions + total)");
        Assert.That(cases.Where(c => c.Element("failure") is not null).Select(c => $"{c.Attribute("classname")!.Value} {c.Attribute("name")!.Value}"),
            Is.EquivalentTo(new[] { "https://b.gov.tw/ security (安全與隱私)", "https://b.gov.tw/ total" }));
        Assert.That(cases.Count(c => c.Element("error") is not null), Is.EqualTo(16), "unreachable sites cannot pass");
        Assert.That(xml.Root.Attribute("failures")!.Value, Is.EqualTo("2"));
        Assert.That(xml.Descendants("error").First(e => e.Parent!.Attribute("classname")!.Value == "https://e.gov.tw/").Attribute("message")!.Value,
            Is.EqualTo("site not read: dns (bad  <char> & \"quote\")"));
    }

    [Test]
    public void JUnit_without_a_gate_has_no_failures()
    {
        var path = Path.Combine(TempFolder.Create("gsa-junit-"), "junit.xml");

        JUnitWriter.Write(path, Run, gate: null);

        Assert.That(XDocument.Load(path).Descendants("failure"), Is.Empty);
    }
}
