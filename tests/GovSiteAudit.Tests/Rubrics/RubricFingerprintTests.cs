using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

public sealed class RubricFingerprintTests
{
    private const string Yaml = """
        # a comment
        $schema: ../rubrics/rubric.schema.json
        id: t
        name: T
        dimensions:
          - id: d
            name: D
            weight: 1
            indicators:
              - id: faq
                name: FAQ
                weight: 2
                rule: {link_text: {keywords: [FAQ, 常見問答], max_length: 20}}
        """;

    [Test]
    public void Layout_comments_key_order_number_spelling_and_format_do_not_count()
    {
        const string json = """
            {"name": "T", "id": "t", "dimensions": [{"indicators": [{"weight": 2.0, "rule": {"link_text": {"max_length": 20, "keywords": ["FAQ", "常見問答"]}},
              "name": "FAQ", "id": "faq"}], "weight": 1, "name": "D", "id": "d"}]}
            """;

        var yaml = RubricLoader.Parse(Yaml, "a.yaml").Fingerprint;

        Assert.That(yaml, Does.Match("^sha256:[0-9a-f]{64}$"));
        Assert.That(RubricLoader.Parse(json, "b.json").Fingerprint, Is.EqualTo(yaml));
    }

    [TestCase("weight: 2", "weight: 3")]
    [TestCase("常見問答", "常見問題")]
    [TestCase("max_length: 20", "max_length: 21")]
    [TestCase("name: FAQ", "name: Questions")]
    public void Any_change_of_content_does(string from, string to)
    {
        Assert.That(RubricLoader.Parse(Yaml.Replace(from, to, StringComparison.Ordinal), "a.yaml").Fingerprint,
            Is.Not.EqualTo(RubricLoader.Parse(Yaml, "a.yaml").Fingerprint));
    }

    [Test]
    public void Built_in_rubrics_have_one()
    {
        Assert.That(RubricLoader.LoadDefault().Fingerprint, Does.StartWith("sha256:"));
    }
}
