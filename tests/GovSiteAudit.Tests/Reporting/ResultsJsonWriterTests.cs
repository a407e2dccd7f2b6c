using System.Text.Json;
using System.Text.Json.Nodes;
using GovSiteAudit.Reporting;
using GovSiteAudit.Tests.Support;
using NJsonSchema;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Reporting;

public sealed class ResultsJsonWriterTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = TempFolder.Create("gsa-json-");

    [TearDown]
    public void TearDown() => TempFolder.Delete(_dir);

    private static Task<JsonSchema> Schema() =>
        JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "results.schema.json"));

    private string WriteSample() => ResultsJsonWriter.Write(_dir, ReportData.Run(
        ReportData.Site("https://a.gov.tw/", 0b1111111, 0b0000101, "常見問答 <script>", new Dictionary<string, string> { ["agency"] = "臺中市政府" }),
        ReportData.Unreachable("https://b.gov.tw/")));

    [Test]
    public async Task Generated_results_validate_against_the_published_schema()
    {
        var path = WriteSample();

        var errors = (await Schema()).Validate(await File.ReadAllTextAsync(path));

        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public async Task The_schema_allows_every_site_status_and_no_other()
    {
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "results.schema.json")))!;
        var statuses = schema["definitions"]!["site"]!["properties"]!["status"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.That(statuses, Is.EquivalentTo(GovSiteAudit.Snapshots.SiteStatus.All.Select(s => s.Text)));
    }

    [Test]
    public async Task Results_hold_scores_findings_evidence_pages_and_timings()
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(WriteSample()))!;

        Assert.That((int)root["schema_version"]!, Is.EqualTo(1));
        Assert.That((double)root["elapsed_seconds"]!, Is.EqualTo(12.5));
        Assert.That(root["rubric"]!["dimensions"]!.AsArray(), Has.Count.EqualTo(7));
        var a = root["sites"]![0]!;
        Assert.That((string)a["metadata"]!["agency"]!, Is.EqualTo("臺中市政府"));
        Assert.That((double)a["scores"]!["usability"]!, Is.EqualTo(100));
        Assert.That((double)a["scores"]!["self_service"]!, Is.EqualTo(50));
        Assert.That((double)a["seconds"]!, Is.EqualTo(2.5));
        Assert.That(a["pages"]!.AsArray().Select(p => (string)p!["title"]!), Is.EqualTo(new[] { "首頁", "內頁" }));
        var finding = a["findings"]![0]!;
        Assert.That((string)finding["indicator"]!, Is.EqualTo("usability_a"));
        Assert.That((string)finding["evidence"]!["text"]!, Is.EqualTo("常見問答 <script>"));
        var b = root["sites"]![1]!;
        Assert.That(b["scores"], Is.Null, "not scored is null, not 0");
        Assert.That(b["total"], Is.Null);
        Assert.That((string)b["status"]!, Is.EqualTo("dns"));
    }

    [Test]
    public async Task Schema_rejects_a_document_with_a_wrong_shape()
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(WriteSample()))!;
        root["sites"]![0]!["scores"]!["usability"] = 140;
        root["sites"]![0]!["findings"]![0]!["found"] = "yes";
        root["sites"]![1]!.AsObject().Remove("status");

        var errors = Flatten((await Schema()).Validate(root.ToJsonString())).ToList();

        Assert.That(errors.Select(e => e.Path ?? ""), Has.Some.Contains("usability"));
        Assert.That(errors.Select(e => e.Path ?? ""), Has.Some.Contains("found"));
        Assert.That(errors.Select(e => e.Kind.ToString()), Has.Some.EqualTo("PropertyRequired"));
    }

    /// <summary>Errors under a $ref or oneOf are nested in child errors.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? new[] { e }.Concat(Flatten(child.Errors.SelectMany(x => x.Value)))
            : [e]);

    [Test]
    public void Writing_replaces_the_file_atomically()
    {
        WriteSample();
        WriteSample();

        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "results.json" }));
        Assert.DoesNotThrow(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "results.json"))));
    }
}
