using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// Accuracy of the default rubric on the twelve real government pages of <c>../shared/real-pages</c> (beside the
/// repository; never copied into it). Each page is served with its <c>_server.json</c> headers and audited
/// alone (<c>--depth 0</c>), because its labels record single-page evidence.
/// </summary>
[NonParallelizable]
public sealed class RealPagesTests
{
    private static readonly string PairsFile = Path.Combine(TestContext.CurrentContext.WorkDirectory, "real-pages-pairs.csv");

    [Test]
    public async Task Default_rubric_agrees_with_the_labels_of_real_pages()
    {
        var root = LabelledAudit.RepositoryRoot();
        var pages = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "real-pages"));
        if (pages is null || !File.Exists(Path.Combine(pages, "labels.csv")))
        {
            Assert.Ignore($"real-page corpus not found: expected ../shared/real-pages/labels.csv beside the repository ({root ?? "repository root not found"})");
        }

        // Folders are "NN-slug"; the labels use "NN".
        var sites = Directory.GetDirectories(pages!)
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .ToDictionary(d => Path.GetFileName(d)![..2], d => d);
        var labels = LabelledAudit.ReadLabels(Path.Combine(pages!, "labels.csv"), "site_id");
        Assert.That(labels.Select(l => l.Site).Distinct(), Is.EquivalentTo(sites.Keys), "a page folder for every labelled site");

        var predictions = await LabelledAudit.AuditAsync(sites, "--depth", "0");

        var agreement = LabelledAudit.Compare(labels, predictions, TestContext.Out, PairsFile);
        TestContext.AddTestAttachment(PairsFile, "every labelled pair with the tool's evidence");
        Assert.That(agreement.Accuracy, Is.GreaterThanOrEqualTo(0.90), "overall accuracy over page × indicator pairs");
    }
}
