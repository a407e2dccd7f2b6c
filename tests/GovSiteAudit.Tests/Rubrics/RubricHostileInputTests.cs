using System.Diagnostics;
using System.Text;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Tests.Support;
using NUnit.Framework;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>Files that are missing, unreadable or built to exhaust the loader are refused quickly with a clear error.</summary>
[TestFixture]
public sealed class RubricHostileInputTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "govsiteaudit-rubric-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => TempFolder.Delete(_folder);

    private static RubricException Refused(Action load, int withinMilliseconds = 2000)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<RubricException>(() => load())!;
        Assert.That(clock.ElapsedMilliseconds, Is.LessThan(withinMilliseconds), "refused quickly");
        return e;
    }

    [Test]
    public void MissingFile_IsARubricException_NotAnIOException()
    {
        var path = Path.Combine(_folder, "nope.yaml");
        var e = Refused(() => RubricLoader.Load(path));
        var error = e.Errors.Single();
        Assert.That((error.File, error.Line, error.Column), Is.EqualTo((path, 0, 0)));
        Assert.That(error.Message, Does.StartWith("rubric file not found: "));
        Assert.That(e.Message, Does.Contain(path));
    }

    [Test]
    public void MissingFolder_IsARubricException()
    {
        var path = Path.Combine(_folder, "no", "such", "r.yaml");
        var error = Refused(() => RubricLoader.Load(path)).Errors.Single();
        Assert.That(error.Message, Does.StartWith("rubric file not found"));
    }

    [Test]
    public void Folder_IsARubricException()
    {
        var error = Refused(() => RubricLoader.Load(_folder)).Errors.Single();
        Assert.That(error.Message, Does.EndWith("is a folder, not a rubric file"));
    }

    [Test]
    public void UnreadableFile_IsARubricException()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Root reads any file whatever its mode; a file held open exclusively does the same job here.
            var locked = Path.Combine(_folder, "locked.yaml");
            File.WriteAllText(locked, WithRule("{scheme: https}"));
            using var holder = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            var lockedError = Refused(() => RubricLoader.Load(locked)).Errors.Single();
            Assert.That(lockedError.Message, Does.StartWith("cannot read the rubric file: "), lockedError.ToString());
            return;
        }

        var path = Path.Combine(_folder, "secret.yaml");
        File.WriteAllText(path, WithRule("{scheme: https}"));
        File.SetUnixFileMode(path, UnixFileMode.None);
        var error = Refused(() => RubricLoader.Load(path)).Errors.Single();
        Assert.That(error.Message, Does.StartWith("cannot read the rubric file: "));
    }

    [Test]
    public void NonUtf8File_IsNamedAsSuch()
    {
        var path = Path.Combine(_folder, "big5.yaml");
        var text = WithRule("{text: {keywords: [常見問題]}}");
        // Big5 bytes of 常見問題, written raw: not valid UTF-8.
        var bytes = Encoding.UTF8.GetBytes(text.Replace("常見問題", "@@"));
        var at = Array.IndexOf(bytes, (byte)'@');
        var big5 = new byte[] { 0xB1, 0x60, 0xA8, 0xA3, 0xB0, 0xDD, 0xC3, 0x44 };
        File.WriteAllBytes(path, [.. bytes[..at], .. big5, .. bytes[(at + 2)..]]);
        var error = Refused(() => RubricLoader.Load(path)).Errors.Single();
        Assert.That(error.Message, Does.StartWith("the file is not UTF-8 text").And.EndWith("; save the rubric as UTF-8"));

        // Reported where the first bad byte is, not at 0:0 (issue 9, item 14).
        var before = text[..text.IndexOf("常見問題", StringComparison.Ordinal)];
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)));
        Assert.That(error.Message, Does.Contain($"byte 0xB1 at offset {at}"));
    }

    [Test]
    public void OversizedFile_IsRefusedWithoutParsing()
    {
        var path = Path.Combine(_folder, "huge.yaml");
        // Valid YAML start, then 6 MiB of an unterminated flow list: parsing it would be slow and then fail
        // with a syntax error; the size check must come first.
        using (var writer = new StreamWriter(path))
        {
            writer.Write("id: t\nname: T\ndimensions: [");
            var chunk = new string('x', 1023) + ",";
            for (var i = 0; i < 6 * 1024; i++)
            {
                writer.Write(chunk);
            }
        }

        var error = Refused(() => RubricLoader.Load(path), 1000).Errors.Single();
        Assert.That((error.File, error.Line, error.Column), Is.EqualTo((path, 0, 0)));
        Assert.That(error.Message, Does.Contain("a rubric may be at most 5 MiB"));
    }

    [Test]
    public void OversizedText_IsRefusedByParseToo()
    {
        var text = "id: t\n# " + new string('x', 5 * 1024 * 1024) + "\n";
        var error = Refused(() => RubricLoader.Parse(text, "big.yaml")).Errors.Single();
        Assert.That(error.Message, Does.Contain("larger than 5 MiB"));
    }

    [TestCase(65, true)]
    [TestCase(64, false)]
    public void DeepYamlNesting_IsRefusedPast64Levels(int levels, bool refused)
    {
        // The rubric mapping is level 1; each '[' adds one.
        var text = "id: " + new string('[', levels - 1) + new string(']', levels - 1) + "\n";
        var errors = Refused(() => RubricLoader.Parse(text, "deep.yaml")).Errors;
        var depthError = errors.Where(e => e.Message.Contains("nesting is deeper than 64 levels")).ToList();
        if (refused)
        {
            Assert.That(depthError, Has.Count.EqualTo(1));
            Assert.That((depthError[0].Line, depthError[0].Column), Is.EqualTo((1, 4 + 64)), "at the 65th level's bracket");
        }
        else
        {
            Assert.That(depthError, Is.Empty, "64 levels are allowed (the file is still invalid for other reasons)");
        }
    }

    [Test]
    public void VeryDeepYamlNesting_DoesNotOverflowTheStack()
    {
        var text = "id: " + new string('[', 200_000) + new string(']', 200_000) + "\n";
        var error = Refused(() => RubricLoader.Parse(text, "deep.yaml")).Errors.Single();
        Assert.That(error.Message, Does.Contain("nesting is deeper than 64 levels"));
    }

    [Test]
    public void DeepJsonNesting_IsRefused()
    {
        var text = "{\"id\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        var error = Refused(() => RubricLoader.Parse(text, "deep.json")).Errors.Single();
        Assert.That(error.Message, Does.Contain("nesting is deeper than 64 levels"));
        Assert.That((error.Line, error.Column), Is.EqualTo((1, 8 + 63)));
    }

    [Test]
    public void DeeplyNestedRules_AreRefusedPast64Levels()
    {
        // not: adds one level per rule; the indicator's rule mapping is level 6.
        var rule = string.Concat(Enumerable.Repeat("{not: ", 60)) + "{scheme: https}" + new string('}', 60);
        var error = Refused(() => RubricLoader.Parse(WithRule(rule), "deep.yaml")).Errors.Single();
        Assert.That(error.Message, Does.Contain("deeper than 64 levels"));
    }

    [Test]
    public void AliasBomb_IsRefusedQuickly_WithTheNodeLimit()
    {
        var path = FixturePath("bad", "hostile-alias-bomb.yaml");
        var e = Refused(() => RubricLoader.Load(path));
        var limit = e.Errors.Single(x => x.Message.Contains("more than 100,000 nodes"));
        Assert.That(limit.File, Is.EqualTo(path));
        Assert.That(limit.Line, Is.GreaterThan(0));
        Assert.That(limit.Message, Does.Contain("aliases"));
        // The unknown top-level key that holds the anchors is reported too.
        Assert.That(e.Errors.Select(x => x.Message), Has.Some.StartWith("unknown key 'x-bomb' in the rubric"));
    }

    [Test]
    public void SelfReferencingAlias_IsRefused()
    {
        var text = WithRule("&loop {not: *loop}");
        var e = Refused(() => RubricLoader.Parse(text, "loop.yaml"));
        Assert.That(e.Errors, Is.Not.Empty);
        Assert.That(e.Errors.Select(x => x.Message), Has.Some.Contains("deeper than 64").Or.Some.Contains("unknown alias"));
    }

    [Test]
    public void AliasUsedAsMappingKey_IsRefused()
    {
        var text = "a: &x [1, 2]\n*x : 3\n";
        var error = Refused(() => RubricLoader.Parse(text, "key.yaml")).Errors.Single();
        Assert.That(error.Message, Does.StartWith("a key must be a plain name"));
    }

    [Test]
    public void UnsupportedTag_IsRefused()
    {
        var text = WithRule("{scheme: !!binary aGk=}");
        var error = Refused(() => RubricLoader.Parse(text, "tag.yaml")).Errors.Single();
        Assert.That(error.Message, Does.Contain("tag"));
        Assert.That((error.Line, error.Column), Is.EqualTo(Find(text, "!!binary")));
    }
}
