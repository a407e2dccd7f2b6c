using GovSiteAudit.Reporting;
using GovSiteAudit.Research;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Research;

public sealed class AgreementTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-agree-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    /// <summary>
    /// Tool vs human on 3 sites × 3 indicators (d1: i1, i2; d2: i3), plus an unreachable site D.
    ///        i1     i2     i3        (tool, human)
    ///   A   T,T    T,F    F,F
    ///   B   T,T    F,F    F,T
    ///   C   F,F    T,T    F,F
    /// </summary>
    private RunData ToolRun()
    {
        const string a = "https://a.gov.tw/", b = "https://b.gov.tw/", c = "https://c.gov.tw/", d = "https://d.gov.tw/";
        var directory = RunDirectories.Write(Path.Combine(_dir, "run"),
            [(a, "ok", "100", "0", "66.7"), (b, "ok", "50", "0", "33.3"), (c, "ok", "50", "0", "33.3"), (d, "dns", "", "", "")],
            [
                (a, "d1", "i1", true), (a, "d1", "i2", true), (a, "d2", "i3", false),
                (b, "d1", "i1", true), (b, "d1", "i2", false), (b, "d2", "i3", false),
                (c, "d1", "i1", false), (c, "d1", "i2", true), (c, "d2", "i3", false),
                (d, "d1", "i1", false), (d, "d1", "i2", false), (d, "d2", "i3", false),
            ]);
        return RunReader.Read(directory);
    }

    private string Human(string body)
    {
        var path = Path.Combine(_dir, "human.csv");
        File.WriteAllText(path, "url,dimension,indicator,found,evidence\n" + body);
        return path;
    }

    private const string Labels =
        "https://a.gov.tw/,d1,i1,true,\n" +
        "https://a.gov.tw/,d1,i2,0,\n" +
        "https://a.gov.tw/,d2,i3,no,\n" +
        "b.gov.tw,d1,i1,YES,\n" +          // coder typed the host only: matched after normalisation
        "https://b.gov.tw/,d1,i2,false,\n" +
        "https://b.gov.tw/,d2,i3,1,\n" +
        "https://c.gov.tw/,d1,i1,n,\n" +
        "https://c.gov.tw/,d1,i2,True,\n" +
        "https://c.gov.tw/,d2,i3,false,\n" +
        "https://c.gov.tw/,d2,i9,true,\n" + // not in the run
        "https://d.gov.tw/,d1,i1,true,\n" + // the tool could not read d
        "https://a.gov.tw/,d1,i1,,\n";     // blank: not coded

    [Test]
    public void Overall_kappa_precision_recall_and_f1_match_hand_computation()
    {
        var report = Agreement.Compute(ToolRun(), Human(Labels));

        // Overall: TP 3 (A-i1, B-i1, C-i2), FP 1 (A-i2), FN 1 (B-i3), TN 4. po = 7/9; both raters say "found" 4/9 of the time,
        // so pe = (4/9)² + (5/9)² = 41/81 and κ = (63/81 − 41/81) / (1 − 41/81) = 22/40 = 0.55.
        Assert.That(report.Overall, Is.EqualTo(new Confusion(3, 1, 1, 4)));
        Assert.That(report.Overall.ObservedAgreement, Is.EqualTo(7.0 / 9).Within(1e-9));
        Assert.That(report.Overall.Kappa, Is.EqualTo(0.55).Within(1e-9));

        var i1 = report.Indicators.Single(i => i.Indicator == "i1").Counts;
        Assert.That(i1, Is.EqualTo(new Confusion(2, 0, 0, 1)));
        Assert.That((i1.Precision, i1.Recall, i1.F1, i1.Kappa), Is.EqualTo(((double?)1.0, (double?)1.0, (double?)1.0, (double?)1.0)));

        // i2: TP 1, FP 1, TN 1 → precision 1/2, recall 1, F1 2/3; po 2/3, pe = (2/3)(1/3) + (1/3)(2/3) = 4/9, κ = (2/9)/(5/9) = 0.4.
        var i2 = report.Indicators.Single(i => i.Indicator == "i2").Counts;
        Assert.That(i2.Precision, Is.EqualTo(0.5));
        Assert.That(i2.Recall, Is.EqualTo(1.0));
        Assert.That(i2.F1, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(i2.Kappa, Is.EqualTo(0.4).Within(1e-9));

        // i3: the tool never says found → precision undefined, recall 0; pe = 2/3 = po → κ 0.
        var i3 = report.Indicators.Single(i => i.Indicator == "i3").Counts;
        Assert.That(i3.Precision, Is.Null);
        Assert.That(i3.Recall, Is.EqualTo(0.0));
        Assert.That(i3.F1, Is.Null);
        Assert.That(i3.Kappa, Is.EqualTo(0.0).Within(1e-9));

        // d1 = i1 + i2: TP 3, FP 1, TN 2; po 5/6, pe = (4/6)(3/6) + (2/6)(3/6) = 1/2 → κ = 2/3.
        var d1 = report.Dimensions.Single(d => d.Dimension == "d1").Counts;
        Assert.That(d1, Is.EqualTo(new Confusion(3, 1, 0, 2)));
        Assert.That(d1.Kappa, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(report.Dimensions.Single(d => d.Dimension == "d2").Counts.Kappa, Is.EqualTo(0.0).Within(1e-9));

        Assert.That(report.Indicators.Select(i => i.Indicator), Is.EqualTo(new[] { "i1", "i2", "i3" }), "in the run's order");
        Assert.That(report.HumanRows, Is.EqualTo(11), "the blank row is not coded");
        Assert.That(report.Warnings, Has.Some.Contains("human.csv:11").And.Some.Contains("i9"));
        Assert.That(report.Warnings, Has.Some.Contains("could not read"));
    }

    [Test]
    public void Kappa_is_one_when_both_raters_give_every_item_the_same_label()
    {
        // pe = 1 makes the formula 0/0; the raters agree perfectly, so κ is defined as 1.
        Assert.That(new Confusion(0, 0, 0, 5).Kappa, Is.EqualTo(1.0));
        Assert.That(new Confusion(4, 0, 0, 0).Kappa, Is.EqualTo(1.0));
        Assert.That(Confusion.Empty.Kappa, Is.Null);
    }

    [Test]
    public void Kappa_is_negative_when_raters_systematically_disagree()
    {
        Assert.That(new Confusion(0, 2, 2, 0).Kappa, Is.EqualTo(-1.0).Within(1e-9));
    }

    [Test]
    public void A_label_that_is_not_yes_or_no_is_an_error_with_its_line()
    {
        var e = Assert.Throws<AgreementException>(() => Agreement.Compute(ToolRun(), Human("https://a.gov.tw/,d1,i1,maybe,\n")))!;

        Assert.That(e.Message, Does.Contain("human.csv:2").And.Contain("'maybe'").And.Contain("yes/no"));
    }

    [Test]
    public void A_file_without_the_found_column_says_what_is_expected()
    {
        var path = Path.Combine(_dir, "h.csv");
        File.WriteAllText(path, "url,indicator,label\nhttps://a.gov.tw/,i1,true\n");

        var e = Assert.Throws<AgreementException>(() => Agreement.Compute(ToolRun(), path))!;

        Assert.That(e.Message, Does.Contain("'found'").And.Contain("url, indicator, found"));
    }

    [Test]
    public void Agreement_csv_has_indicator_dimension_and_overall_rows()
    {
        var report = Agreement.Compute(ToolRun(), Human(Labels));
        var path = Path.Combine(_dir, "agreement.csv");

        report.WriteCsv(path);

        var rows = CsvTable.ReadRecords(path);
        Assert.That(rows.Select(r => r["scope"]), Is.EqualTo(new[] { "indicator", "indicator", "indicator", "dimension", "dimension", "overall" }));
        Assert.That(rows[^1]["kappa"], Is.EqualTo("0.55"));
        Assert.That(rows[2]["precision"], Is.Empty, "undefined, not 0");
        Assert.That(report.FormatTable(), Does.Contain("Overall Cohen's κ = 0.55"));
    }
}
