using System.Reflection;
using GovSiteAudit.Snapshots;
using NetArchTest.Rules;
using NUnit.Framework;

namespace GovSiteAudit.Tests;

/// <summary>
/// Keeps the library's layers pointing one way (README "How it is built"): Targets → Crawl → Snapshots → Detection →
/// Scoring → Results → Reporting, with Auditing on top. Read from the compiled library (NetArchTest over Mono.Cecil), so
/// a dependency hidden in a fully qualified name or a method body counts as much as a <c>using</c>.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "GovSiteAudit";

    private static readonly Assembly Library = typeof(SiteSnapshot).Assembly;

    /// <summary>The library's top-level namespaces (GovSiteAudit.X), read from the assembly rather than listed here.</summary>
    private static readonly string[] Namespaces = Library.GetTypes()
        .Select(t => t.Namespace)
        .Where(n => n is not null && n.StartsWith(Root + ".", StringComparison.Ordinal))
        .Select(n => n!.Split('.')[1])
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static List<string> Offenders(string layer, params string[] dependencies) =>
        Types.InAssembly(Library).That().ResideInNamespace($"{Root}.{layer}").And().HaveDependencyOnAny(dependencies)
            .GetTypes().Select(t => t.FullName!).ToList();

    [Test]
    public void The_library_has_the_layers_the_readme_names()
    {
        Assert.That(Namespaces, Is.SupersetOf(new[] { "Targets", "Crawl", "Snapshots", "Detection", "Scoring", "Results", "Reporting", "Auditing", "Rubrics" }));
    }

    [Test]
    public void Only_Crawl_knows_the_browser()
    {
        var offenders = Types.InAssembly(Library)
            .That().DoNotResideInNamespace($"{Root}.Crawl")
            .And().HaveDependencyOnAny("Microsoft.Playwright", "Deque.AxeCore")
            .GetTypes().Select(t => t.FullName).ToList();

        Assert.That(offenders, Is.Empty, "types outside Crawl that reference Microsoft.Playwright or Deque.AxeCore.Playwright");
    }

    [TestCase("Detection")]
    [TestCase("Scoring")]
    public void Detection_and_scoring_are_pure(string layer)
    {
        Assert.That(Offenders(layer, $"{Root}.Crawl", $"{Root}.Reporting", $"{Root}.Auditing", "Microsoft.Playwright"), Is.Empty,
            $"{layer} types that reference Crawl, Reporting, Auditing or the browser");
    }

    [Test]
    public void The_library_knows_no_command_line_and_no_console()
    {
        var offenders = Types.InAssembly(Library)
            .That().HaveDependencyOnAny("System.CommandLine", "System.Console")
            .GetTypes().Select(t => t.FullName).ToList();

        Assert.That(offenders, Is.Empty, "library types that reference System.CommandLine or System.Console");
    }

    [Test]
    public void Namespaces_form_no_cycle()
    {
        // Edges of the namespace graph, each with the types that make it, so a failure names what to move.
        var edges = new Dictionary<string, Dictionary<string, List<string>>>();
        foreach (var from in Namespaces)
        {
            edges[from] = [];
            foreach (var to in Namespaces.Where(n => n != from))
            {
                var types = Types.InAssembly(Library).That().ResideInNamespace($"{Root}.{from}")
                    .And().HaveDependencyOn($"{Root}.{to}").GetTypes()
                    .Where(t => t.Namespace!.Split('.')[1] == from)
                    .Select(t => t.Name).ToList();
                if (types.Count > 0)
                {
                    edges[from][to] = types;
                }
            }
        }

        var cycles = NamespaceGraph.Cycles(edges.ToDictionary(e => e.Key, e => (IReadOnlyCollection<string>)e.Value.Keys));
        var described = cycles.Select(cycle => string.Join("; ", cycle.SelectMany(a => cycle.Where(b => edges[a].ContainsKey(b))
            .Select(b => $"{a} → {b} ({string.Join(", ", edges[a][b].Order(StringComparer.Ordinal).Take(6))})")))).ToList();

        Assert.That(described, Is.Empty, "namespaces that depend on each other in a circle (each edge lists types that make it)");
    }

    [Test]
    public void Every_public_exception_of_the_library_is_an_input_error()
    {
        // One base type lets the CLI map every input error to its exit code in one place (CliApp, ExitCodes.For).
        var others = Library.GetTypes()
            .Where(t => t.IsPublic && typeof(Exception).IsAssignableFrom(t) && !typeof(InputException).IsAssignableFrom(t))
            .Select(t => t.FullName).ToList();

        Assert.That(others, Is.Empty);
    }

    [Test]
    public void The_cycle_check_finds_a_cycle()
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        Assert.That(NamespaceGraph.Cycles(graph), Has.Count.EqualTo(1));
        Assert.That(NamespaceGraph.Cycles(graph)[0], Is.EquivalentTo(new[] { "A", "B", "C" }));
        graph["C"] = [];
        Assert.That(NamespaceGraph.Cycles(graph), Is.Empty);
    }
}
