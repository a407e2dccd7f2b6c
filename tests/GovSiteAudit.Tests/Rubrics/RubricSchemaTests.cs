using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovSiteAudit.Rubrics;
using NJsonSchema;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;
using static GovSiteAudit.Tests.Rubrics.RubricText;

namespace GovSiteAudit.Tests.Rubrics;

/// <summary>
/// rubric.schema.json (what editors check) and the loader (what the tool checks) must agree: every rubric
/// that declares the schema validates against it and loads; what one refuses, the other refuses.
/// </summary>
[TestFixture]
public sealed partial class RubricSchemaTests
{
    private const string SchemaFileName = "rubric.schema.json";

    private static JsonSchema? _schema;

    private static string OutputDirectory => TestContext.CurrentContext.TestDirectory;

    private static string SchemaPath => Path.Combine(OutputDirectory, "rubrics", SchemaFileName);

    [OneTimeSetUp]
    public async Task LoadSchema()
    {
        Assert.That(File.Exists(SchemaPath), Is.True, $"{SchemaPath} is copied next to the tests");
        _schema = await JsonSchema.FromFileAsync(SchemaPath);
    }

    private static bool IsRubricFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" or ".json"
        && !Path.GetFileName(path).Equals(SchemaFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The schema reference a rubric declares: a YAML first-line modeline or a JSON "$schema".</summary>
    private static string? DeclaredSchema(string path)
    {
        var text = File.ReadAllText(path);
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return JsonNode.Parse(text) is JsonObject root && root["$schema"] is JsonValue value && value.TryGetValue(out string? reference)
                    ? reference
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var firstLine = text.TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd('\r');
        var match = YamlModeline().Match(firstLine);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")]
    private static partial Regex YamlModeline();

    private static bool DeclaresRubricSchema(string path) =>
        DeclaredSchema(path)?.EndsWith(SchemaFileName, StringComparison.Ordinal) == true;

    /// <summary>YAML to JSON the way editors see it (YAML 1.2 core schema for plain scalars), independent of the loader.</summary>
    private static string ToJson(string path)
    {
        var text = File.ReadAllText(path);
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (Convert(stream.Documents[0].RootNode) ?? JsonValue.Create((string?)null))!.ToJsonString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(value.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Regex.IsMatch(value, @"^[-+]?[0-9]+$"))
        {
            return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        }

        if (Regex.IsMatch(value, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"))
        {
            return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(value);
    }

    private static ICollection<NJsonSchema.Validation.ValidationError> SchemaErrors(string path) => _schema!.Validate(ToJson(path));

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsRubricFile).Order(StringComparer.Ordinal)
            : [];

    [Test]
    public void ShippedAndSampleRubrics_ThatDeclareTheSchema_ValidateAndLoad()
    {
        var declaring = FilesUnder(Path.Combine(OutputDirectory, "rubrics"))
            .Concat(FilesUnder(Path.Combine(OutputDirectory, "samples")))
            .Where(DeclaresRubricSchema)
            .ToList();
        TestContext.Out.WriteLine($"{declaring.Count} files declare {SchemaFileName}: {string.Join(", ", declaring.Select(Path.GetFileName))}");
        Assert.Multiple(() =>
        {
            foreach (var path in declaring)
            {
                // The reference resolves from the file's folder (the output keeps the repo's rubrics/ and samples/ layout).
                var declared = DeclaredSchema(path)!;
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, declared));
                Assert.That(resolved, Is.EqualTo(Path.GetFullPath(SchemaPath)), $"{path} declares '{declared}', which is not the schema");
                Assert.That(SchemaErrors(path), Is.Empty, $"{path} against the schema");
                Assert.That(() => RubricLoader.Load(path), Throws.Nothing, $"{path} with the loader");
            }
        });
    }

    [Test]
    public void EveryRubricUnderRubrics_DeclaresTheSchema()
    {
        var folder = Path.Combine(OutputDirectory, "rubrics");
        var rubrics = Directory.EnumerateFiles(folder).Where(IsRubricFile).Order(StringComparer.Ordinal).ToList();
        Assert.That(rubrics, Is.Not.Empty, "the repository's rubrics/ folder ships at least one rubric (crm-egov.yaml)");
        Assert.Multiple(() =>
        {
            foreach (var path in rubrics)
            {
                Assert.That(DeclaresRubricSchema(path), Is.True,
                    $"{Path.GetFileName(path)} must start with '# yaml-language-server: $schema=./{SchemaFileName}' (JSON: \"$schema\": \"./{SchemaFileName}\")");
            }
        });
    }

    [Test]
    public void GoodFixtures_PassBothLoaderAndSchema()
    {
        var files = FilesUnder(FixturePath("good")).ToList();
        Assert.That(files, Has.Count.GreaterThanOrEqualTo(4));
        Assert.Multiple(() =>
        {
            foreach (var path in files)
            {
                Assert.That(DeclaresRubricSchema(path), Is.True, $"{path} declares the schema");
                Assert.That(SchemaErrors(path), Is.Empty, $"{path} against the schema");
                Assert.That(() => RubricLoader.Load(path), Throws.Nothing, $"{path} with the loader");
            }
        });
    }

    /// <summary>
    /// Bad fixtures fail the loader; unless named semantic-* (uniqueness, regex and XPath syntax: beyond a JSON
    /// schema) or hostile-* (alias bombs an editor need not survive), they fail the schema too.
    /// </summary>
    [Test]
    public void BadFixtures_FailTheLoader_AndTheSchemaWhereItCanTell()
    {
        var files = FilesUnder(FixturePath("bad")).ToList();
        Assert.That(files, Has.Count.GreaterThanOrEqualTo(5));
        Assert.Multiple(() =>
        {
            foreach (var path in files)
            {
                var name = Path.GetFileName(path);
                Assert.That(() => RubricLoader.Load(path), Throws.TypeOf<RubricException>(), $"{name} with the loader");
                if (name.StartsWith("semantic-", StringComparison.Ordinal))
                {
                    Assert.That(SchemaErrors(path), Is.Empty, $"{name}: the schema cannot tell; if it now can, drop the semantic- prefix");
                }
                else if (!name.StartsWith("hostile-", StringComparison.Ordinal))
                {
                    Assert.That(SchemaErrors(path), Is.Not.Empty, $"{name} against the schema");
                }
            }
        });
    }

    [TestCase("unknown-key.yaml", "weigth")]
    [TestCase("zero-weight.yaml", "weight")]
    public void Schema_RefusesUnknownKeysAndZeroWeights(string fixture, string property)
    {
        var errors = SchemaErrors(FixturePath("bad", fixture));
        Assert.That(errors, Is.Not.Empty);
        Assert.That(string.Join("\n", errors.Select(e => e.ToString())), Does.Contain(property));
    }

    [TestCase("{link_text: {keywords: [A], region: body}}")]
    [TestCase("{link_text: {keywords: []}}")]
    [TestCase("{link_text: {keywords: [A], max_length: 0}}")]
    [TestCase("{scheme: ftp}")]
    [TestCase("{https_redirect: false}")]
    [TestCase("{storage: {kind: session}}")]
    [TestCase("{storage: {persistent: 'yes'}}")]
    [TestCase("{form: {pages: home}}")]
    [TestCase("{href: {regex: a, glob: b}}")]
    [TestCase("{href: {pages: all}}")]
    [TestCase("{href: {glob: 'a b'}}")]
    [TestCase("{any: []}")]
    [TestCase("{all: [{scheme: https}, {nope: 1}]}")]
    [TestCase("{}")]
    [TestCase("{scheme: https, https_redirect: true}")]
    [TestCase("{meta: {content: x}}")]
    [TestCase("{text: {keywords: [A], pages: every}}")]
    [TestCase("{link_text: {keywords: [Chat], controls_only: 'yes'}}")]
    [TestCase("{text: {keywords: [Chat], controls_only: true}}")]
    [TestCase("{link_text: {keywords: [Contact us], target_shows: {hrf: {regex: x}}}}")]
    public void SchemaAndLoader_BothRefuse(string rule)
    {
        var path = Path.Combine(Path.GetTempPath(), $"govsiteaudit-schema-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, WithRule(rule));
        try
        {
            Assert.That(SchemaErrors(path), Is.Not.Empty, "schema");
            Assert.That(() => RubricLoader.Load(path), Throws.TypeOf<RubricException>(), "loader");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("{scheme: https}")]
    [TestCase("{storage: {}}")]
    [TestCase("{form: {label: [Search], label_exclude: [Advanced]}}")]
    [TestCase("{form: {input_type: search, label_exclude: [Newsletter]}}")]
    [TestCase("{form: {input_type: [search, text]}}")]
    [TestCase("{href: {glob: 'https://*.gov.tw/*'}}")]
    [TestCase("{not: {any: [{https_redirect: true}, {header: {name: X-Frame-Options}}]}}")]
    [TestCase("{link_text: {keywords: ['1999', 'yes'], max_length: 12}}")]
    [TestCase("{link_text: {keywords: [Chat], max_length: 80, controls_only: true}}")]
    public void SchemaAndLoader_BothAccept(string rule)
    {
        var path = Path.Combine(Path.GetTempPath(), $"govsiteaudit-schema-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, WithRule(rule));
        try
        {
            Assert.That(SchemaErrors(path), Is.Empty, "schema");
            Assert.That(() => RubricLoader.Load(path), Throws.Nothing, "loader");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Schema_IsDraft07_WithIdTitleDescription_AndClosedObjects()
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That((string?)root["$schema"], Is.EqualTo("http://json-schema.org/draft-07/schema#"));
            Assert.That((string?)root["$id"], Does.EndWith(SchemaFileName));
            Assert.That((string?)root["title"], Is.Not.Empty);
            Assert.That((string?)root["description"], Is.Not.Empty);
        });

        var objects = Descendants(root).OfType<JsonObject>().Where(o => o.ContainsKey("properties")).ToList();
        Assert.That(objects, Has.Count.GreaterThan(15));
        Assert.That(objects.Where(o => o["additionalProperties"]?.GetValueKind() != JsonValueKind.False).Select(o => o.GetPath()),
            Is.Empty, "every object schema has additionalProperties: false");

        var weight = root["definitions"]!["weight"]!;
        Assert.That((double?)weight["exclusiveMinimum"], Is.EqualTo(0));
    }

    [Test]
    public void Schema_RuleKindsAndEnums_MatchTheLoader()
    {
        var definitions = JsonNode.Parse(File.ReadAllText(SchemaPath))!["definitions"]!;
        var kinds = definitions["rule"]!["oneOf"]!.AsArray()
            .Select(r => ((string)r!["$ref"]!).Split('/')[^1])
            .Select(name => definitions[name]!)
            .ToList();
        Assert.That(kinds.Select(k => k["required"]![0]!.GetValue<string>()), Is.EqualTo(RubricModelReader.RuleKinds));
        Assert.That(kinds.Select(k => (string?)k["description"]), Has.All.Not.Empty, "editors show each kind's description");

        static string[] Enum(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.That(Enum(definitions["region"]!), Is.EqualTo(System.Enum.GetNames<Region>().Select(n => n.ToLowerInvariant())));
        Assert.That(Enum(definitions["pages"]!), Is.EqualTo(System.Enum.GetNames<PageScope>().Select(n => n.ToLowerInvariant())));
        Assert.That(Enum(definitions["schemeRule"]!["properties"]!["scheme"]!), Is.EqualTo(new[] { "https", "http" }));
        Assert.That(Enum(definitions["storageRule"]!["properties"]!["storage"]!["properties"]!["kind"]!), Is.EqualTo(new[] { "cookie", "local_storage", "any" }));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
