using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;

namespace GovSiteAudit.Crawl;

/// <summary>
/// The axe-core script, as shipped inside the Deque.AxeCore packages (an embedded resource of Deque.AxeCore.Commons):
/// nothing is downloaded at run time, so axe runs the same offline and its version is the package's.
/// </summary>
internal static partial class AxeSource
{
    private static readonly Lazy<string> Text = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>The minified axe-core source.</summary>
    public static string Script => Text.Value;

    /// <summary>The version in the script's banner (<c>/*! axe v4.14.0</c>).</summary>
    public static string Version => Banner().Match(Script[..Math.Min(200, Script.Length)]) is { Success: true } m ? m.Groups[1].Value : "unknown";

    [GeneratedRegex(@"axe v(\d+\.\d+\.\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Banner();
}
