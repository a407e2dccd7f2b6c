using System.Text;
using GovSiteAudit.Auditing;
using GovSiteAudit.Reporting;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

public sealed class ResumeStateTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-resume-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private string Scores => Path.Combine(_dir, "scores.csv");

    private string Indicators => Path.Combine(_dir, "indicators.csv");

    private void WriteSites(params string[] urls)
    {
        using var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), []);
        foreach (var url in urls)
        {
            writer.Write(TestData.Audit(url));
        }
    }

    private static IReadOnlyList<string> Header() => CsvReportWriter.ScoresHeader(TestData.TwoDimensionRubric(), []);

    [Test]
    public void Complete_run_is_read_without_repairs()
    {
        WriteSites("https://a.gov.tw/", "https://b.gov.tw/");

        var state = ResumeState.Prepare(_dir, Header());

        Assert.That(state.RecordedUrls, Is.EquivalentTo(new[] { "https://a.gov.tw/", "https://b.gov.tw/" }));
        Assert.That(state.Repairs, Is.Empty);
    }

    [Test]
    public void Half_written_rows_are_cut_and_indicator_rows_of_uncommitted_sites_dropped()
    {
        WriteSites("https://a.gov.tw/", "https://b.gov.tw/");
        var indicatorsBefore = File.ReadAllBytes(Indicators);
        // A crash while c was written: its indicator rows went out, its scores row only in part, and a .tmp is left.
        File.AppendAllText(Indicators, "https://c.gov.tw/,security,https,true,1,https://c.gov.tw/,x\r\nhttps://c.gov.tw/,secu", new UTF8Encoding(false));
        File.AppendAllText(Scores, "https://c.gov.tw/,https://c.gov", new UTF8Encoding(false));
        Directory.CreateDirectory(Path.Combine(_dir, "sites"));
        File.WriteAllText(Path.Combine(_dir, "sites", "c.gov.tw.json.tmp"), "{\"url\":");

        var state = ResumeState.Prepare(_dir, Header());

        Assert.That(state.RecordedUrls, Is.EquivalentTo(new[] { "https://a.gov.tw/", "https://b.gov.tw/" }));
        Assert.That(state.Repairs, Has.Count.EqualTo(4), string.Join("\n", state.Repairs));
        Assert.That(File.ReadAllText(Scores), Does.EndWith("\r\n"));
        Assert.That(CsvTable.Read(Scores).Select(r => r[0]), Is.EqualTo(new[] { "url", "https://a.gov.tw/", "https://b.gov.tw/" }));
        var indicators = CsvTable.Read(Indicators);
        Assert.That(indicators.Skip(1).Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "https://a.gov.tw/", "https://b.gov.tw/" }));
        Assert.That(File.ReadAllBytes(Indicators), Is.EqualTo(indicatorsBefore), "byte for byte what was there before c, BOM included");
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "sites"), "*.tmp"), Is.Empty);
    }

    [Test]
    public void Links_rows_of_uncommitted_sites_are_dropped_like_indicator_rows()
    {
        WriteSites("https://a.gov.tw/");
        // links.csv rows are written with the indicator rows, before the scores row: a's are committed, c's are not.
        new LinksCsvWriter(_dir).Dispose();

        File.AppendAllText(Path.Combine(_dir, LinksCsvWriter.FileName),
            "https://a.gov.tw/,https://a.gov.tw/,https://a.gov.tw/x,404,HTTP 404\r\nhttps://c.gov.tw/,https://c.gov.tw/,https://c.gov.tw/y,500,HTTP 500\r\nhttps://c.gov.tw/,https://c", new UTF8Encoding(false));

        var state = ResumeState.Prepare(_dir, Header());

        Assert.That(state.Repairs, Has.Some.Contains(LinksCsvWriter.FileName));
        var rows = CsvTable.Read(Path.Combine(_dir, LinksCsvWriter.FileName));
        Assert.That(rows[0], Is.EqualTo(LinksCsvWriter.Columns));
        Assert.That(rows.Skip(1).Select(r => r[2]), Is.EqualTo(new[] { "https://a.gov.tw/x" }));
    }

    [Test]
    public void Appending_after_repair_continues_the_files_with_one_header()
    {
        WriteSites("https://a.gov.tw/");
        File.AppendAllText(Scores, "https://b.gov.tw/,partial", new UTF8Encoding(false));
        ResumeState.Prepare(_dir, Header());

        using (var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), [], append: true))
        {
            writer.Write(TestData.Audit("https://b.gov.tw/"));
        }

        Assert.That(CsvTable.Read(Scores).Select(r => r[0]), Is.EqualTo(new[] { "url", "https://a.gov.tw/", "https://b.gov.tw/" }));
        Assert.That(CsvTable.Read(Indicators).Count(r => r[0] == "url"), Is.EqualTo(1));
    }

    [Test]
    public void Header_cut_short_starts_the_files_afresh()
    {
        File.WriteAllText(Scores, "url,final_u", new UTF8Encoding(true));
        File.WriteAllText(Indicators, "url,dimension,indicator,found,points,evidence_url,evidence\r\nhttps://a.gov.tw/,x,y,true,1,,\r\n", new UTF8Encoding(true));

        var state = ResumeState.Prepare(_dir, Header());

        Assert.That(state.RecordedUrls, Is.Empty);
        Assert.That(new FileInfo(Scores).Length, Is.Zero);
        Assert.That(CsvTable.Read(Indicators), Has.Count.EqualTo(1), "the header stays, the uncommitted row goes");
    }

    [Test]
    public void Other_columns_than_this_run_writes_are_refused()
    {
        WriteSites("https://a.gov.tw/");

        var e = Assert.Throws<ResumeException>(() => ResumeState.Prepare(_dir, [.. Header().Take(4), "usability", .. Header().Skip(4)]));

        Assert.That(e!.Message, Does.Contain("cannot resume").And.Contain("usability").And.Contain("rubric"));
    }

    [Test]
    public void A_status_this_tool_does_not_write_is_refused_with_its_file_and_line_and_left_as_it_is()
    {
        WriteSites("https://a.gov.tw/", "https://b.gov.tw/");
        var lines = File.ReadAllLines(Scores);
        lines[2] = lines[2].Replace(",ok,", ",OK,", StringComparison.Ordinal);
        File.WriteAllLines(Scores, lines, new UTF8Encoding(true));
        var before = File.ReadAllBytes(Scores);

        var e = Assert.Throws<ResumeException>(() => ResumeState.Prepare(_dir, Header()));

        Assert.That(e!.Message, Does.Contain($"{Scores}:3: column 'status': 'OK' is not a site status (expected ok, dns,"));
        Assert.That(e.Message, Does.Contain("correct or delete that line"));
        Assert.That(File.ReadAllBytes(Scores), Is.EqualTo(before));
    }

    [Test]
    public void Missing_directory_means_nothing_recorded()
    {
        var state = ResumeState.Prepare(Path.Combine(_dir, "none"), Header());

        Assert.That(state.RecordedUrls, Is.Empty);
    }

    [Test]
    public void Line_breaks_inside_cells_become_spaces_so_each_record_is_one_line()
    {
        using (var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), ["agency"]))
        {
            writer.Write(TestData.Audit("https://a.gov.tw/", new Dictionary<string, string> { ["agency"] = "臺中市\r\n政府\n二" }, SiteStatus.Timeout, "line one\nline two"));
        }

        var lines = File.ReadAllText(Scores).Split("\r\n");
        Assert.That(lines, Has.Length.EqualTo(3), "header, one row, and the empty rest after the last CRLF");
        Assert.That(File.ReadAllText(Scores).Count(c => c is '\n' or '\r'), Is.EqualTo(4));
        var row = CsvTable.ReadRecords(Scores).Single();
        Assert.That(row["agency"], Is.EqualTo("臺中市 政府 二"));
        Assert.That(row["error"], Is.EqualTo("line one line two"));
    }

    [Test]
    public void Input_columns_that_look_like_formulas_are_compared_as_written()
    {
        string[] metadata = ["=agency", "+level", "-code", "@note"];
        using (var writer = new CsvReportWriter(_dir, TestData.TwoDimensionRubric(), metadata))
        {
            writer.Write(TestData.Audit("https://a.gov.tw/", metadata.ToDictionary(m => m, m => "x")));
        }

        var state = ResumeState.Prepare(_dir, CsvReportWriter.ScoresHeader(TestData.TwoDimensionRubric(), metadata));

        Assert.That(state.RecordedUrls, Is.EquivalentTo(new[] { "https://a.gov.tw/" }));
    }

    [TestCase("scores.csv", ",ok,", ",\"ok,")]
    [TestCase("scores.csv", ",ok,", ",o\"k,")]
    [TestCase("scores.csv", ",ok,", ",ok,extra,")]
    [TestCase("indicators.csv", ",security,https,", ",\"security,https,")]
    public void A_file_that_cannot_be_read_cleanly_is_refused_with_its_line_and_left_alone(string file, string find, string replace)
    {
        WriteSites("https://a.gov.tw/", "https://b.gov.tw/", "https://c.gov.tw/");
        var path = Path.Combine(_dir, file);
        var lines = File.ReadAllLines(path).ToList();
        var edited = lines.FindIndex(1, l => l.Contains("https://b.gov.tw/", StringComparison.Ordinal) && l.Contains(find, StringComparison.Ordinal));
        Assert.That(edited, Is.GreaterThan(0));
        lines[edited] = lines[edited].Replace(find, replace, StringComparison.Ordinal);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));
        var before = File.ReadAllBytes(path);

        var e = Assert.Throws<ResumeException>(() => ResumeState.Prepare(_dir, Header()));

        Assert.That(e!.Message, Does.Contain($"{file}:{edited + 1}:").And.Contain("cannot resume"));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(before), "nothing was cut or dropped");
    }

    [Test]
    public void A_run_of_another_rubric_with_the_same_columns_is_refused()
    {
        WriteSites("https://a.gov.tw/");
        new RunInfo(1, "GovSiteAudit", "0", "test", "test.yaml", "sha256:" + new string('a', 64), ["security", "self_service"]).Write(_dir);

        var e = Assert.Throws<ResumeException>(() => ResumeState.Prepare(_dir, Header(), "sha256:" + new string('b', 64)));
        var same = ResumeState.Prepare(_dir, Header(), "sha256:" + new string('a', 64));

        Assert.That(e!.Message, Does.Contain("cannot resume").And.Contain("rubric 'test' (sha256:aaaaaaaaaaaa…)"));
        Assert.That(same.RecordedUrls, Has.Count.EqualTo(1));
    }
}
