using GovSiteAudit.Reporting;
using GovSiteAudit.Research;
using GovSiteAudit.Snapshots;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Research;

public sealed class RunComparisonTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-compare-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private (RunData Old, RunData New) Runs()
    {
        const string a = "https://a.gov.tw/", b = "https://b.gov.tw/", c = "https://c.gov.tw/", d = "https://d.gov.tw/";
        var old = RunDirectories.Write(Path.Combine(_dir, "old"),
            [(a, "ok", "50", "100", "66.7"), (b, "ok", "100", "0", "66.7"), (c, "ok", "50", "50", "50")],
            [
                (a, "d1", "i1", true), (a, "d1", "i2", false), (a, "d2", "i3", true),
                (b, "d1", "i1", true), (b, "d1", "i2", true), (b, "d2", "i3", false),
                (c, "d1", "i1", true), (c, "d1", "i2", false), (c, "d2", "i3", true),
            ]);
        var @new = RunDirectories.Write(Path.Combine(_dir, "new"),
            [(a, "ok", "100", "0", "66.7"), (b, "timeout", "", "", ""), (c, "ok", "50", "50", "50"), (d, "ok", "0", "0", "0")],
            [
                (a, "d1", "i1", true), (a, "d1", "i2", true), (a, "d2", "i3", false),
                (b, "d1", "i1", false), (b, "d1", "i2", false), (b, "d2", "i3", false),
                (c, "d1", "i1", true), (c, "d1", "i2", false), (c, "d2", "i3", true),
                (d, "d1", "i1", false), (d, "d1", "i2", false), (d, "d2", "i3", false),
            ]);
        return (RunReader.Read(old), RunReader.Read(@new));
    }

    [Test]
    public void Gained_and_lost_indicators_and_dimension_moves_per_site()
    {
        var (old, @new) = Runs();

        var comparison = RunComparison.Compare(old, @new);

        Assert.That(comparison.DimensionIds, Is.EqualTo(new[] { "d1", "d2" }));
        var a = comparison.Sites.Single(s => s.Url == "https://a.gov.tw/");
        Assert.That(a.Gained, Is.EqualTo(new[] { "i2" }));
        Assert.That(a.Lost, Is.EqualTo(new[] { "i3" }));
        Assert.That(a.Scores.Select(s => (s.Dimension, s.Delta)), Is.EqualTo(new[] { ("d1", (double?)50), ("d2", -100), ("total", 0) }));
        var b = comparison.Sites.Single(s => s.Url == "https://b.gov.tw/");
        Assert.That((b.OldStatus, b.NewStatus), Is.EqualTo((SiteStatus.Ok, SiteStatus.Timeout)));
        Assert.That(b.Scores[0].Delta, Is.Null, "not scored in the new run: no delta");
        Assert.That(comparison.Sites.Single(s => s.Url == "https://c.gov.tw/").Changed, Is.False);
        Assert.That(comparison.Sites.Single(s => s.Url == "https://d.gov.tw/").Presence, Is.EqualTo("added"));
    }

    [Test]
    public void Compare_csv_has_one_row_per_change_with_signed_numbers()
    {
        var (old, @new) = Runs();
        var path = Path.Combine(_dir, "compare.csv");

        RunComparison.Compare(old, @new).WriteCsv(path);

        var rows = CsvTable.Read(path);
        Assert.That(rows[0], Is.EqualTo(new[] { "url", "change", "item", "old", "new", "delta" }));
        Assert.That(rows.Skip(1).Where(r => r[0] == "https://a.gov.tw/").Select(r => string.Join('|', r)), Is.EqualTo(new[]
        {
            "https://a.gov.tw/|gained|i2|false|true|",
            "https://a.gov.tw/|lost|i3|true|false|",
            "https://a.gov.tw/|score|d1|50|100|+50",
            "https://a.gov.tw/|score|d2|100|0|-100",
        }));
        Assert.That(rows.Any(r => r[0] == "https://b.gov.tw/" && r[1] == "status" && r[3] == "ok" && r[4] == "timeout"), Is.True);
        Assert.That(rows.Any(r => r[0] == "https://d.gov.tw/" && r[1] == "added"), Is.True);
        Assert.That(rows.Any(r => r[0] == "https://c.gov.tw/"), Is.False, "unchanged sites have no rows");
    }

    [Test]
    public void Table_names_changed_sites_with_their_deltas_and_indicators()
    {
        var (old, @new) = Runs();

        var table = RunComparison.Compare(old, @new).FormatTable();

        Assert.That(table, Does.StartWith("4 site(s) compared, 3 changed."));
        Assert.That(table, Does.Contain("+ i2").And.Contain("- i3").And.Contain("ok→timeout").And.Contain("-100"));
        Assert.That(table, Does.Not.Contain("https://c.gov.tw/"));
    }

    [Test]
    public void A_status_this_tool_does_not_write_is_refused_with_its_file_and_line()
    {
        var run = RunDirectories.Write(Path.Combine(_dir, "edited"),
            [("https://a.gov.tw/", "ok", "50", "100", "66.7"), ("https://b.gov.tw/", "down", "", "", "")],
            [("https://a.gov.tw/", "d1", "i1", true), ("https://a.gov.tw/", "d2", "i3", true)]);

        var e = Assert.Throws<RunReadException>(() => RunReader.Read(run))!;

        Assert.That(e.Message, Does.StartWith(Path.Combine(run, "scores.csv") + ":3: column 'status': 'down' is not a site status"));
    }

    [Test]
    public void A_directory_without_scores_csv_is_a_clear_error()
    {
        var e = Assert.Throws<RunReadException>(() => RunReader.Read(_dir))!;

        Assert.That(e.Message, Does.Contain("indicators.csv: file not found"));
    }
}
