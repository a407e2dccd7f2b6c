namespace GovSiteAudit.Rubrics;

/// <summary>
/// Keywords to look for and near-miss phrases that cancel a hit. Matching is case-insensitive over
/// NFKC-normalised text with Simplified and Traditional Chinese folded to one script; Latin keywords match
/// whole words, CJK keywords match as substrings. Keyword syntax (<see cref="KeywordSyntax"/>): <c>…</c>
/// allows up to <paramref name="MaxGap"/> characters between two parts (常見…問題), <c>~</c> after a Latin
/// word adds its English word forms (subscribe~), and a space or hyphen between Latin words also matches the
/// words written together (sign up: sign-up, signup).
/// </summary>
public sealed record KeywordSet(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, int MaxGap = KeywordSet.DefaultMaxGap)
{
    /// <summary>Characters a <c>…</c> may stand for when the rule does not say (常見稅務問題 needs 2, 資訊安全與個資保護政策 5).</summary>
    public const int DefaultMaxGap = 6;

    public static KeywordSet Of(params string[] include) => new(include, []);
}
