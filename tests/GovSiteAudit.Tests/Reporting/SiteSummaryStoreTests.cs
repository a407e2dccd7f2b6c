using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Reporting;

public sealed class SiteSummaryStoreTests
{
    [Test]
    public void Summaries_read_back_from_disk_equal_the_ones_built_in_memory()
    {
        var dir = TempFolder.Create("gsa-summary-");
        try
        {
            var rubric = TestData.TwoDimensionRubric();
            var sites = new[] { TestData.Audit("https://b.gov.tw/"), TestData.Audit("https://a.gov.tw/", status: SiteStatus.Dns, error: "no such name", pages: 0) };
            using (var csv = new CsvReportWriter(dir, rubric, []))
            {
                foreach (var site in sites)
                {
                    csv.Write(site);
                    SiteJsonWriter.Write(dir, site);
                }
            }
            // A stale site file with no scores.csv row is not part of the run.
            SiteJsonWriter.Write(dir, TestData.Audit("https://stale.gov.tw/"));

            var read = SiteSummaryStore.ReadAll(dir, rubric);

            Assert.That(read.Select(s => s.Url), Is.EqualTo(new[] { "https://a.gov.tw/", "https://b.gov.tw/" }));
            var expected = SiteSummary.From(sites[0]);
            var actual = read[1];
            Assert.That(actual.Score!.Total, Is.EqualTo(expected.Score!.Total));
            Assert.That(actual.Score.Dimensions.Select(d => (d.DimensionId, d.Score, d.EarnedWeight, d.TotalWeight)),
                Is.EqualTo(expected.Score.Dimensions.Select(d => (d.DimensionId, d.Score, d.EarnedWeight, d.TotalWeight))));
            Assert.That(actual.Findings, Is.EqualTo(expected.Findings));
            Assert.That(actual.Pages, Is.EqualTo(expected.Pages));
            Assert.That(read[0].Score, Is.Null, "an unread site has no score");
        }
        finally
        {
            TempFolder.Delete(dir);
        }
    }
}
