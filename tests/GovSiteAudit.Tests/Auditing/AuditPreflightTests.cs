using GovSiteAudit.Auditing;
using GovSiteAudit.Crawl;
using GovSiteAudit.Reporting;
using GovSiteAudit.Results;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Targets;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// The pre-flight of <c>audit</c> as a library step, without System.CommandLine and without a browser: every refusal is
/// an <see cref="InputException"/>, the lock is let go when a later step fails, and an empty selection needs no browser.
/// </summary>
public sealed class AuditPreflightTests
{
    private static readonly string RubricPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "audit", "audit-test.yaml");
    private const string NoBrowser = "/nonexistent/chromium";
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-preflight-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private PreflightRequest Request(string[] targets, string? shard = null, QualityGate? gate = null, string? rubric = null) =>
        new(rubric ?? RubricPath, targets, Path.Combine(_dir, "out"), gate, shard, Resume: false, NoBrowser, AllowBrowserInstall: false);

    private static Task<AuditPlan> Prepare(PreflightRequest request, TextWriter? warnings = null, TextWriter? log = null) =>
        AuditPreflight.PrepareAsync(request, warnings ?? TextWriter.Null, log ?? TextWriter.Null, _ => null, CancellationToken.None);

    [Test]
    public void An_invalid_rubric_is_an_input_error_listing_its_problems()
    {
        var rubric = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(rubric, "id: x\ndimensions: 3\n");

        var error = Assert.ThrowsAsync<RubricException>(() => Prepare(Request(["https://a.gov.tw/"], rubric: rubric)));

        Assert.That(error, Is.InstanceOf<InputException>());
        Assert.That(error!.Problems, Is.Not.Empty.And.All.Contain("bad.yaml"));
        Assert.That(error.Conclusion, Does.Contain("error(s) in the rubric"));
        Assert.That(Directory.Exists(Path.Combine(_dir, "out")), Is.False, "nothing is created before the rubric is known to be good");
    }

    [Test]
    public void A_gate_on_a_dimension_the_rubric_lacks_is_refused_with_the_dimensions_it_has()
    {
        var gate = new QualityGate(null, new Dictionary<string, double> { ["securty"] = 50 });

        var error = Assert.ThrowsAsync<QualityGateException>(() => Prepare(Request(["https://a.gov.tw/"], gate: gate)));

        Assert.That(error!.Problems, Has.Count.EqualTo(1));
        Assert.That(error.Problems[0], Does.Contain("'securty'").And.Contain("its dimensions are:"));
    }

    [Test]
    public void No_usable_target_is_an_input_error_after_the_warnings()
    {
        var warnings = new StringWriter();

        var error = Assert.ThrowsAsync<TargetListException>(() => Prepare(Request(["not a url"]), warnings));

        Assert.That(error!.Message, Is.EqualTo("no usable target in the input; nothing to audit."));
        Assert.That(warnings.ToString(), Does.StartWith("warning: ").And.Contain("(skipped)"));
    }

    [Test]
    public async Task A_shard_is_selected_and_an_empty_one_needs_no_browser_but_leaves_the_header_only_files()
    {
        // One target: of two shards exactly one holds it. The empty one is planned without looking for a browser;
        // the other looks for one, finds none, and lets go of the output directory.
        var outcomes = new List<string>();
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            var log = new StringWriter();
            try
            {
                using var plan = await Prepare(Request(["https://a.gov.tw/"], shard), log: log);
                Assert.That(plan.NothingToAudit, Is.True);
                Assert.That(plan.Browser, Is.Null);
                Assert.That(File.ReadAllText(Path.Combine(_dir, "out", CsvReportWriter.ScoresFileName)), Does.Contain("url,"));
                outcomes.Add("empty");
            }
            catch (BrowserNotFoundException e)
            {
                Assert.That(e, Is.InstanceOf<InputException>());
                Assert.That(e.Message, Does.Contain(NoBrowser));
                outcomes.Add("needs a browser");
            }

            Assert.That(log.ToString(), Does.StartWith($"Shard {shard}: "));
            // The lock was released either way (disposed plan, or a failure after locking).
            OutputLock.Acquire(Path.Combine(_dir, "out"), "test").Dispose();
        }

        Assert.That(outcomes, Is.EquivalentTo(new[] { "empty", "needs a browser" }));
    }

    [Test]
    public void An_auto_shard_reads_its_index_from_the_environment_given()
    {
        var request = Request(["https://a.gov.tw/"], "auto/2");

        var error = Assert.CatchAsync<InputException>(() =>
            AuditPreflight.PrepareAsync(request, TextWriter.Null, TextWriter.Null, _ => null, CancellationToken.None));

        Assert.That(error, Is.InstanceOf<ShardException>());
        Assert.That(error!.Message, Does.Contain("JOB_COMPLETION_INDEX"));
    }

    [Test]
    public void An_unwritable_output_directory_is_an_input_error_naming_it()
    {
        var file = Path.Combine(_dir, "file.txt");
        File.WriteAllText(file, "");
        var request = Request(["https://a.gov.tw/"]) with { OutputDirectory = Path.Combine(file, "sub") };

        var error = Assert.ThrowsAsync<AuditOutputException>(() => Prepare(request));

        Assert.That(error!.Message, Does.StartWith($"cannot write to the output directory '{request.OutputDirectory}'"));
    }
}
