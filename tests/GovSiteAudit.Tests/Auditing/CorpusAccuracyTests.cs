using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Auditing;

/// <summary>
/// Accuracy of the default rubric on the labelled fixture corpus (<c>Fixtures/corpus</c>): every site is served
/// on 127.0.0.1 and audited with the real browser at the default depth and page budget; the tool's
/// <c>indicators.csv</c> is compared with <c>labels.csv</c>. Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the per-indicator table.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public sealed class CorpusAccuracyTests
{
    private static readonly string CorpusRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "corpus");

    private static Dictionary<string, string> Sites() =>
        Directory.GetDirectories(CorpusRoot).ToDictionary(d => Path.GetFileName(d)!, d => d);

    private static List<Label> Labels() => LabelledAudit.ReadLabels(Path.Combine(CorpusRoot, "labels.csv"), "site");

    [Test]
    public void Corpus_has_at_least_fifteen_sites_in_chinese_and_english()
    {
        var sites = Sites().Keys.ToList();
        Assert.That(sites, Has.Count.GreaterThanOrEqualTo(15));
        Assert.That(sites.Count(s => s.StartsWith("tw-", StringComparison.Ordinal) || s.StartsWith("cn-", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(5));
        Assert.That(sites.Count(s => !s.StartsWith("tw-", StringComparison.Ordinal) && !s.StartsWith("cn-", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(5));
    }

    [Test]
    public void Labels_cover_every_site_and_every_indicator_of_the_default_rubric_once()
    {
        var indicators = RubricLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", "crm-egov.yaml"))
            .AllIndicators
            // Measured accessibility (axe) is axe-core's verdict, not a feature a coder labels; parity tests cover it.
            .Where(x => x.Indicator.Rule is not AxeRule)
            // So are measurements (speed, links, freshness, search, phone fit): they need the live site, not a saved page.
            .Where(x => !x.Indicator.Rule.IsMeasured())
            .Select(x => x.Indicator.Id).ToList();
        var labels = Labels();

        var expected = Sites().Keys.SelectMany(s => indicators.Select(i => (s, i))).ToHashSet();
        var labelled = labels.Select(l => (l.Site, l.Indicator)).ToList();
        Assert.That(labelled, Is.Unique, "one label per site × indicator");
        Assert.That(expected.Except(labelled), Is.Empty, "site × indicator pairs without a label");
        Assert.That(labelled.Except(expected), Is.Empty, "labels for unknown sites or indicators");
    }

    private static readonly string PairsFile = Path.Combine(TestContext.CurrentContext.WorkDirectory, "corpus-pairs.csv");

    [Test]
    public async Task Default_rubric_agrees_with_the_labels()
    {
        var predictions = await LabelledAudit.AuditAsync(Sites());

        var agreement = LabelledAudit.Compare(Labels(), predictions, TestContext.Out, PairsFile);
        TestContext.AddTestAttachment(PairsFile, "every labelled pair with the tool's evidence");

        Assert.That(agreement.Accuracy, Is.GreaterThanOrEqualTo(0.95), "overall accuracy over site × indicator pairs");
    }

    /// <summary>
    /// The single-page app of the corpus (<c>us-harborview-app</c>) puts each of its indicators behind one of the
    /// mechanisms the crawler must get through — hash and hashbang routes, History API routes, a footer a script
    /// writes after load, a menu built on click, one built on hover, a select quick-link menu, a page only the
    /// sitemap lists — so every one of its labels must be met, not just the corpus average.
    /// </summary>
    [Test]
    [Category("Browser")]
    public async Task Single_page_app_indicators_behind_routes_menus_and_the_sitemap_are_all_found()
    {
        const string Site = "us-harborview-app";
        var predictions = await LabelledAudit.AuditAsync(new Dictionary<string, string> { [Site] = Sites()[Site] });

        var labels = Labels().Where(l => l.Site == Site).ToList();
        var agreement = LabelledAudit.Compare(labels, predictions, TestContext.Out);

        Assert.That(labels.Count(l => l.Expected), Is.GreaterThanOrEqualTo(12));
        Assert.That(agreement.Accuracy, Is.EqualTo(1.0), "every label of the single-page app (disagreements above)");
    }

    /// <summary>
    /// A blind, hand-built corpus of sites in this folder's format (site folders with index.html and
    /// _server.json, labels.csv with a <c>site</c> column) kept outside the repository and named by
    /// <c>GOVSITEAUDIT_HELDOUT_CORPUS</c>. It is audited exactly as <see cref="Default_rubric_agrees_with_the_labels"/>
    /// audits this corpus, but only aggregate figures and the names of weak indicators are printed, so whoever edits
    /// rules cannot tune on its errors; tables and disagreements go to the sealed attachment
    /// <c>heldout-corpus-sealed.txt</c>. Explicit: it measures, it does not gate.
    /// </summary>
    [Test]
    [Explicit("measures a held-out hand-built corpus named by GOVSITEAUDIT_HELDOUT_CORPUS")]
    [Category("Browser")]
    public async Task Held_out_corpus_measured_without_showing_its_errors()
    {
        var root = Environment.GetEnvironmentVariable("GOVSITEAUDIT_HELDOUT_CORPUS");
        if (string.IsNullOrEmpty(root) || !File.Exists(Path.Combine(root, "labels.csv")))
        {
            Assert.Ignore("set GOVSITEAUDIT_HELDOUT_CORPUS to a folder of <site>/index.html sites with labels.csv");
        }

        var sites = Directory.GetDirectories(root!)
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .ToDictionary(d => Path.GetFileName(d)!, d => d);
        var labels = LabelledAudit.ReadLabels(Path.Combine(root!, "labels.csv"), "site");
        Assert.That(labels.Select(l => l.Site).Distinct(), Is.EquivalentTo(sites.Keys), "a site folder for every labelled site");

        var pairs = RealPageReport.Join(labels, await LabelledAudit.AuditAsync(sites));
        var groups = new[] { "tw", "cn", "other" }
            .Select(g => (Name: g, Pairs: pairs.Where(p => PrefixGroup(p.Label.Site) == g).ToList()))
            .ToList();

        var log = TestContext.Out;
        log.WriteLine(RealPageReport.SummaryLine("held-out corpus", pairs));
        foreach (var (name, subset) in groups.Where(g => g.Pairs.Count > 0))
        {
            log.WriteLine(RealPageReport.SummaryLine("  " + name, subset));
        }

        // Names only: which indicators fall short of issue 11's bar, never which site or pair.
        var weak = RealPageReport.Summarise(pairs).Indicators
            .Where(i => i.Precision < 0.8 || i.Recall < 0.8)
            .Select(i => i.Indicator)
            .ToList();
        log.WriteLine($"indicators under 0.8 precision or recall: {(weak.Count == 0 ? "none" : string.Join(", ", weak))}");

        var sealedFile = Path.Combine(TestContext.CurrentContext.WorkDirectory, "heldout-corpus-sealed.txt");
        var sealedTables = new List<string>
        {
            "SEALED: held-out hand-built corpus. Open only when the rules are final.",
            RealPageReport.IndicatorTable("per indicator, held-out corpus:", pairs),
        };
        sealedTables.AddRange(groups.Where(g => g.Pairs.Count > 0)
            .Select(g => RealPageReport.IndicatorTable($"per indicator, held-out corpus, {g.Name}:", g.Pairs)));
        sealedTables.Add(RealPageReport.Disagreements(pairs));
        await File.WriteAllTextAsync(sealedFile, string.Join(Environment.NewLine, sealedTables));
        TestContext.AddTestAttachment(sealedFile, "sealed per-indicator tables and disagreements of the held-out corpus");
    }

    /// <summary>Language group by site-name prefix: "tw-…" Traditional Chinese, "cn-…" Simplified, anything else "other".</summary>
    private static string PrefixGroup(string site) =>
        site.StartsWith("tw-", StringComparison.Ordinal) ? "tw"
        : site.StartsWith("cn-", StringComparison.Ordinal) ? "cn"
        : "other";
}
