using System.Text.RegularExpressions;
using System.Xml.XPath;
using HtmlAgilityPack;

namespace GovSiteAudit.Rubrics;

/// <summary>
/// Whether the detector can evaluate an <c>xpath</c> rule's expression. The detector runs it with HtmlAgilityPack over
/// .NET's XPath 1.0 engine, which compiles XPath 2 functions (<c>lower-case()</c>, <c>matches()</c> …), variables and
/// namespace prefixes without complaint and only fails when it evaluates them — on the first page of the first site,
/// ending the audit. So the expression is evaluated here, at load time, by that very engine against an empty page,
/// which fails the same way; the cause is then named in plain words. Its result must be nodes, as the detector asks.
/// </summary>
internal static partial class XPathCheck
{
    /// <summary>Beyond these the engine's recursive parser could exhaust the stack (an uncatchable crash).</summary>
    public const int MaxLength = 20_000;

    public const int MaxNesting = 100;

    private static readonly HashSet<string> Xpath1Functions = new(StringComparer.Ordinal)
    {
        "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
        "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space", "translate",
        "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
        // Node tests, written like calls.
        "node", "text", "comment", "processing-instruction",
    };

    /// <summary>Null when the detector can evaluate <paramref name="expression"/>, else why not (after "invalid XPath '…': ").</summary>
    public static string? Problem(string expression)
    {
        if (expression.Length > MaxLength || Nesting(expression) > MaxNesting)
        {
            return $"the expression is too long or nested too deeply (at most {MaxLength:N0} characters and {MaxNesting} levels of brackets)";
        }

        XPathExpression compiled;
        try
        {
            compiled = XPathExpression.Compile(expression);
        }
        catch (Exception e) when (e is XPathException or ArgumentException)
        {
            return e.Message;
        }

        if (compiled.ReturnType != XPathResultType.NodeSet)
        {
            var gives = compiled.ReturnType switch
            {
                XPathResultType.Number => "a number",
                XPathResultType.Boolean => "true or false",
                XPathResultType.String => "a text",
                _ => "no nodes",
            };
            return $"it gives {gives}, not nodes; an xpath rule selects elements, e.g. //a[@href] or //form[.//input[@type='search']]";
        }

        try
        {
            // The detector's own call, on an empty page: unknown functions, variables and prefixes fail here as they would there.
            new HtmlDocument().DocumentNode.SelectNodes(expression);
            return null;
        }
        catch (Exception e) when (e is XPathException or ArgumentException or InvalidOperationException)
        {
            return Explain(expression) ?? $"the engine cannot evaluate it: {e.Message}";
        }
    }

    /// <summary>The likely cause of an evaluation failure, from the expression's text (string literals left out).</summary>
    private static string? Explain(string expression)
    {
        var code = StringLiteral().Replace(expression, "''");
        if (Variable().Match(code) is { Success: true } variable)
        {
            return $"it uses the variable {variable.Value}; xpath rules have no variables, write the value itself";
        }

        foreach (Match call in FunctionCall().Matches(code))
        {
            var name = call.Groups["name"].Value;
            if (name.Contains(':', StringComparison.Ordinal))
            {
                return $"it calls {name}() with the namespace prefix '{name[..(name.IndexOf(':', StringComparison.Ordinal) + 1)]}'; " +
                       "only the XPath 1.0 functions without a prefix are available (contains(), starts-with(), translate(), normalize-space() …)";
            }

            if (!Xpath1Functions.Contains(name))
            {
                return $"{name}() is not an XPath 1.0 function; XPath 2 functions such as lower-case(), matches() or ends-with() are not " +
                       "available. Use translate(., 'ABC…', 'abc…') for case, contains() or starts-with() for text";
            }
        }

        if (Prefix().Match(code) is { Success: true } prefix)
        {
            return $"it uses the namespace prefix '{prefix.Groups["prefix"].Value}:'; pages are matched without namespaces, " +
                   $"write //*[local-name()='{prefix.Groups["local"].Value}'] instead";
        }

        return null;
    }

    private static int Nesting(string expression)
    {
        int depth = 0, deepest = 0;
        char? quote = null;
        foreach (var c in expression)
        {
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '(' or '[')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
        }

        return deepest;
    }

    [GeneratedRegex("'[^']*'|\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\$[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();

    [GeneratedRegex(@"(?<![\w.\-$@:])(?<name>[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?)\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionCall();

    [GeneratedRegex(@"(?<![\w.\-$])(?<prefix>[A-Za-z_][\w.\-]*):(?!:)(?<local>[A-Za-z_*][\w.\-]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
