using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>Which pages of a site a rule looks at.</summary>
public enum PageScope
{
    /// <summary>Every page visited (home page, inner pages and their same-site frames).</summary>
    All,
    /// <summary>The home page (and its same-site frames) only.</summary>
    Home,
}

/// <summary>Part of a page a text or link rule looks in.</summary>
public enum Region
{
    Page,
    Header,
    Nav,
    Main,
    Footer,
}

[Flags]
public enum StorageKinds
{
    Cookie = 1,
    LocalStorage = 2,
    Any = Cookie | LocalStorage,
}

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

/// <summary>A detection rule. Rules compose with <see cref="AnyRule"/>, <see cref="AllRule"/> and <see cref="NotRule"/>.</summary>
public abstract record Rule;

public sealed record AnyRule(IReadOnlyList<Rule> Rules) : Rule;

public sealed record AllRule(IReadOnlyList<Rule> Rules) : Rule;

public sealed record NotRule(Rule Inner) : Rule;

/// <summary>
/// A link (or button/clickable) whose visible text, image <c>alt</c>/<c>title</c>, <c>aria-label</c>,
/// <c>aria-labelledby</c> or <c>title</c> contains a keyword. <paramref name="MaxLength"/> drops long link
/// texts (news headlines) that only mention a keyword; <paramref name="SkipHeadlines"/> drops links whose list
/// item or row shows a date (an entry of a news list); <paramref name="SkipFormButtons"/> drops buttons and submit
/// controls of a form, whose words say what that form does ("Apply" under a list filter, "Register" of an event
/// sign-up), not where a feature is.
/// </summary>
public sealed record LinkTextRule(KeywordSet Keywords, Region Region, PageScope Pages, int? MaxLength, bool SkipHeadlines = false, bool SkipFormButtons = false) : Rule;

/// <summary>Keywords in the visible text of a region (script, style and template content excluded).</summary>
public sealed record TextRule(KeywordSet Keywords, Region Region, PageScope Pages) : Rule;

/// <summary>An <c>href</c> (a, area, link) matching a regex or a glob (the glob is compiled to <paramref name="Pattern"/>).</summary>
public sealed record HrefRule(Regex Pattern, string PatternSource, PageScope Pages) : Rule;

/// <summary>An XPath over the rendered DOM that selects at least one node.</summary>
public sealed record XPathRule(string Expression, PageScope Pages) : Rule;

/// <summary>
/// A form control (input, select, textarea, button) or form that satisfies every given criterion:
/// input type, ARIA role (of the control or its form), name/id pattern, label keywords
/// (placeholder, aria-label, title, label text, submit text) and form action pattern.
/// </summary>
public sealed record FormRule(
    IReadOnlyList<string> InputTypes,
    string? Role,
    Regex? Name,
    KeywordSet? Label,
    Regex? Action,
    PageScope Pages) : Rule;

/// <summary>A meta tag (by name, property or http-equiv) whose content matches, if a pattern is given.</summary>
public sealed record MetaRule(string Name, Regex? Content, PageScope Pages) : Rule;

/// <summary>A response header of the home page, with an optional value pattern.</summary>
public sealed record HeaderRule(string Name, Regex? Value) : Rule;

/// <summary>The scheme of the home page's final URL (after redirects).</summary>
public sealed record SchemeRule(string Scheme) : Rule;

/// <summary><c>http://</c> of the site's host ends on <c>https://</c>.</summary>
public sealed record HttpsRedirectRule : Rule;

/// <summary>Cookies or localStorage entries written while the home page loaded.</summary>
public sealed record StorageRule(StorageKinds Kinds, bool PersistentOnly, bool FirstPartyOnly, Regex? Name, Regex? ExcludeName) : Rule;

/// <summary>A request the page made (scripts, XHR, frames …) whose URL matches.</summary>
public sealed record RequestRule(Regex Url, PageScope Pages) : Rule;
