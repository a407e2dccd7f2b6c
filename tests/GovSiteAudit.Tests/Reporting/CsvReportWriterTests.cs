using GovSiteAudit.Reporting;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Reporting;

public sealed class CsvReportWriterTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-csv-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    [Test]
    public void Scores_and_indicators_are_written_cell_by_cell_with_bom_and_formula_escaping()
    {
        var rubric = TestData.TwoDimensionRubric();
        using (var writer = new CsvReportWriter(_dir, rubric, ["agency", "status"]))
        {
            writer.Write(TestData.Audit("https://a.gov.tw/", new Dictionary<string, string> { ["agency"] = "=cmd|' /C calc'!A0", ["status"] = "central" }));
            writer.Write(TestData.Audit("https://b.gov.tw/", new Dictionary<string, string> { ["agency"] = "臺中市政府" }, SiteStatus.Dns, "the name b.gov.tw does not resolve", pages: 0));
        }

        var scoresBytes = File.ReadAllBytes(Path.Combine(_dir, "scores.csv"));
        Assert.That(scoresBytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 BOM for Excel");
        var scores = CsvTable.Read(Path.Combine(_dir, "scores.csv"));
        Assert.That(scores[0], Is.EqualTo((string[])["url", "final_url", "status", "error", "agency", "input_status", "security", "self_service", "total", "pages", "seconds", .. AccessibilitySummary.Columns, .. GovSiteAudit.Results.QualitySummary.Columns]));
        Assert.That(scores[1], Is.EqualTo((string[])["https://a.gov.tw/", "https://a.gov.tw/", "ok", "", "'=cmd|' /C calc'!A0", "central", "50", "100", "66.7", "1", "1.3", "", "", "", "", "", "", "", .. Enumerable.Repeat("", GovSiteAudit.Results.QualitySummary.Columns.Count)]), "not measured: empty a11y and quality cells");
        Assert.That(scores[2], Is.EqualTo((string[])["https://b.gov.tw/", "", "dns", "the name b.gov.tw does not resolve", "臺中市政府", "", "", "", "", "0", "1.3", "", "", "", "", "", "", "", .. Enumerable.Repeat("", GovSiteAudit.Results.QualitySummary.Columns.Count)]));

        var indicators = CsvTable.Read(Path.Combine(_dir, "indicators.csv"));
        Assert.That(indicators[0], Is.EqualTo(new[] { "url", "dimension", "indicator", "found", "points", "evidence_url", "evidence" }));
        Assert.That(indicators[1], Is.EqualTo(new[] { "https://a.gov.tw/", "security", "https", "true", "1", "https://a.gov.tw/", "https://a.gov.tw/ (final URL)" }));
        Assert.That(indicators[2], Is.EqualTo(new[] { "https://a.gov.tw/", "security", "privacy_policy", "false", "0", "", "" }));
        Assert.That(indicators[3][6], Is.EqualTo("'=HYPERLINK(\"x\") 常見問答 (a[href=\"/faq.html\"])"), "formula-looking evidence is neutralised");
        Assert.That(indicators, Has.Count.EqualTo(7));
    }

    [TestCase("+1 555", "'+1 555")]
    [TestCase("-2", "'-2")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("plain", "plain")]
    public void Metadata_cells_that_look_like_formulas_are_prefixed(string value, string expected)
    {
        using (var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), ["note"]))
        {
            writer.Write(TestData.Audit("https://a.gov.tw/", new Dictionary<string, string> { ["note"] = value }));
        }

        Assert.That(CsvTable.Read(Path.Combine(_dir, "scores.csv"))[1][4], Is.EqualTo(expected));
    }

    [Test]
    public void Appending_keeps_one_header_and_one_bom()
    {
        var rubric = TestData.TwoDimensionRubric();
        using (var writer = new CsvReportWriter(_dir, rubric, []))
        {
            writer.Write(TestData.Audit("https://a.gov.tw/"));
        }
        using (var writer = new CsvReportWriter(_dir, rubric, [], append: true))
        {
            writer.Write(TestData.Audit("https://b.gov.tw/"));
        }

        var bytes = File.ReadAllBytes(Path.Combine(_dir, "scores.csv"));
        var boms = Enumerable.Range(0, bytes.Length - 2).Count(i => bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF);
        Assert.That(boms, Is.EqualTo(1));
        var rows = CsvTable.Read(Path.Combine(_dir, "scores.csv"));
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "url", "https://a.gov.tw/", "https://b.gov.tw/" }));
    }

    [Test]
    public void Rows_are_flushed_as_each_site_is_written()
    {
        using var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), []);
        writer.Write(TestData.Audit("https://a.gov.tw/"));

        // Read while the writer is still open: the row must already be on disk.
        using var stream = new FileStream(Path.Combine(_dir, "scores.csv"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        Assert.That(reader.ReadToEnd(), Does.Contain("https://a.gov.tw/"));
    }

    [Test]
    public void Input_columns_named_like_output_columns_keep_distinct_names_and_their_values()
    {
        // "total" is renamed input_total, which the input already has: neither may overwrite the other.
        string[] metadata = ["total", "input_total", "Status", "input_input_total", "security"];
        using (var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), metadata))
        {
            writer.Write(TestData.Audit("https://a.gov.tw/", new Dictionary<string, string>
            {
                ["total"] = "t", ["input_total"] = "it", ["Status"] = "s", ["input_input_total"] = "iit", ["security"] = "sec",
            }));
        }

        var rows = CsvTable.Read(Path.Combine(_dir, "scores.csv"));
        var header = rows[0];
        Assert.That(header, Is.Unique);
        Assert.That(header.Select(h => h.ToLowerInvariant()), Is.Unique, "Excel and our readers match names case-insensitively");
        Assert.That(header.Take(4), Is.EqualTo(new[] { "url", "final_url", "status", "error" }));
        Assert.That(header.TakeLast(OutputColumns.ScoresTrailing.Count), Is.EqualTo(OutputColumns.ScoresTrailing));
        var row = header.Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.That(row["input_total"], Is.EqualTo("it"), "an input column keeps its own name when that is free");
        Assert.That(row["input_input_input_total"], Is.EqualTo("t"));
        Assert.That(row["input_input_total"], Is.EqualTo("iit"));
        Assert.That(row["input_Status"], Is.EqualTo("s"));
        Assert.That(row["input_security"], Is.EqualTo("sec"));
        Assert.That(row["total"], Is.EqualTo("66.7"));
        Assert.That(row["security"], Is.EqualTo("50"));
    }
}
