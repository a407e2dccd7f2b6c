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

    [Test]
    public void A_site_file_with_a_status_this_tool_does_not_write_is_refused_with_its_file_and_line()
    {
        var dir = TempFolder.Create("gsa-summary-");
        try
        {
            var path = SiteJsonWriter.Write(dir, TestData.Audit("https://a.gov.tw/", status: SiteStatus.Timeout, error: "slow"));
            var lines = File.ReadAllLines(path);
            var line = Array.FindIndex(lines, l => l.Contains("\"status\": \"timeout\"", StringComparison.Ordinal)) + 1;
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"status\": \"timeout\"", "\"status\": \"slow\"", StringComparison.Ordinal));

            var e = Assert.Throws<RunReadException>(() => SiteJsonWriter.Read(path))!;

            Assert.That(line, Is.GreaterThan(1));
            Assert.That(e.Message, Does.StartWith($"{path}:{line}: not a site file as GovSiteAudit writes it: 'slow' is not a site status"));
        }
        finally
        {
            TempFolder.Delete(dir);
        }
    }
}
