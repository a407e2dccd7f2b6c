using GovSiteAudit.Rubrics;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>The rubrics embedded in the tool (rubrics/*.yaml of the repository).</summary>
[TestFixture]
public sealed class RubricBuiltInTests
{
    private static string RepositoryRubric(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics", name);

    [Test]
    public void BuiltInNames_AreTheRepositoryRubrics_IncludingTheDefault()
    {
        var names = RubricLoader.BuiltInNames();
        Assert.That(names, Does.Contain(RubricLoader.DefaultRubricFileName));
        var shipped = Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "rubrics"), "*.yaml")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        Assert.That(names, Is.EqualTo(shipped), "every rubrics/*.yaml is embedded, nothing else");
    }

    [Test]
    public void LoadDefault_LoadsTheEmbeddedCrmEgovRubric()
    {
        var rubric = RubricLoader.LoadDefault();
        Assert.That(rubric.Source, Is.EqualTo("crm-egov.yaml (built-in)"));
        Assert.That(rubric.Id, Is.EqualTo("crm-egov"));
        var fromFile = RubricLoader.Load(RepositoryRubric(RubricLoader.DefaultRubricFileName));
        Assert.That(RubricText.Dump(rubric), Is.EqualTo(RubricText.Dump(fromFile)), "the embedded copy is the repository's file");
    }

    [Test]
    public void LoadBuiltIn_AcceptsNamesWithOrWithoutExtension_CaseInsensitive()
    {
        foreach (var name in RubricLoader.BuiltInNames())
        {
            var bare = Path.GetFileNameWithoutExtension(name);
            var byFullName = RubricLoader.LoadBuiltIn(name);
            var byBareName = RubricLoader.LoadBuiltIn(bare);
            var byUpperName = RubricLoader.LoadBuiltIn(bare.ToUpperInvariant());
            Assert.That(byFullName.Source, Is.EqualTo($"{name} (built-in)"));
            Assert.That(byBareName.Source, Is.EqualTo($"{name} (built-in)"));
            Assert.That(RubricText.Dump(byBareName), Is.EqualTo(RubricText.Dump(byFullName)));
            Assert.That(RubricText.Dump(byUpperName), Is.EqualTo(RubricText.Dump(byFullName)));
            Assert.That(RubricLoader.IsBuiltIn(bare), Is.True);
        }
    }

    [Test]
    public void LoadBuiltIn_UnknownName_ListsTheBuiltIns()
    {
        var e = Assert.Throws<RubricException>(() => RubricLoader.LoadBuiltIn("no-such-rubric"))!;
        var error = e.Errors.Single();
        Assert.That((error.File, error.Line, error.Column), Is.EqualTo(("no-such-rubric (built-in)", 0, 0)));
        Assert.That(error.Message, Does.StartWith("no built-in rubric named 'no-such-rubric'; "));
        foreach (var name in RubricLoader.BuiltInNames())
        {
            Assert.That(error.Message, Does.Contain(name));
        }

        Assert.That(RubricLoader.IsBuiltIn("no-such-rubric"), Is.False);
    }
}
