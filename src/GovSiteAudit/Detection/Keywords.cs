using System.Runtime.CompilerServices;
using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Detection;

/// <summary>Include/exclude keyword logic shared by link, text, form and block rules.</summary>
internal static class Keywords
{
    // Compiled once per keyword set of a loaded rubric (normalised, script-folded, forms expanded), not per match.
    private static readonly ConditionalWeakTable<KeywordSet, CompiledKeywords> Compiled = new();

    public static CompiledKeywords For(KeywordSet keywords) => Compiled.GetValue(keywords, k => new CompiledKeywords(k));

    /// <summary>Some include keyword occurs in the normalised text and no exclude keyword does.</summary>
    public static bool Match(string normalized, KeywordSet keywords) => For(keywords).Match(normalized);
}
