using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Detection;

/// <summary>A keyword set's include and exclude keywords as compiled patterns.</summary>
internal sealed class CompiledKeywords(KeywordSet keywords)
{
    private readonly KeywordPattern[] _include = [.. keywords.Include.Select(k => KeywordPattern.Compile(k, keywords.MaxGap))];
    private readonly KeywordPattern[] _exclude = [.. keywords.Exclude.Select(k => KeywordPattern.Compile(k, keywords.MaxGap))];

    public bool Match(string normalized) => IncludesAny(normalized) && !ExcludesAny(normalized);

    public bool IncludesAny(string normalized) => Any(_include, normalized);

    public bool ExcludesAny(string normalized) => Any(_exclude, normalized);

    private static bool Any(KeywordPattern[] patterns, string normalized)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(normalized))
            {
                return true;
            }
        }

        return false;
    }
}
