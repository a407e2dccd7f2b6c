using System.Globalization;
using System.Text;

namespace GovSiteAudit.Rubrics;

/// <summary>Describes rules in plain words, for people who edit rubrics (<c>rubric explain</c>).</summary>
public static partial class RuleDescription
{
    public static string Describe(Rule rule) => Describe(rule, 0);

    private static string Describe(Rule rule, int indent)
    {
        var pad = new string(' ', indent * 2);
        return rule switch
        {
            AnyRule any => pad + "any of these:\n" + string.Join("\n", any.Rules.Select(r => Bullet(r, indent + 1))),
            AllRule all => pad + "all of these:\n" + string.Join("\n", all.Rules.Select(r => Bullet(r, indent + 1))),
            NotRule not => pad + "none of this:\n" + Bullet(not.Inner, indent + 1),
            _ => pad + Sentence(rule),
        };
    }

    private static string Bullet(Rule rule, int indent)
    {
        var text = Describe(rule, indent);
        var pad = new string(' ', indent * 2);
        return pad + "- " + text[pad.Length..];
    }

    public static string Sentence(Rule rule) => rule switch
    {
        LinkTextRule r => $"a link or button{In(r.Region)} whose text (or its first line), image alt or title, aria-label, title or tooltip contains {Keywords(r.Keywords)}" +
                          (r.MaxLength is { } max ? string.Create(CultureInfo.InvariantCulture, $" (link texts over {max} characters, such as news headlines, are ignored)") : "") +
                          (r.SkipHeadlines ? " (links in a list item or row that shows a date, i.e. news entries, are ignored)" : "") +
                          (r.SkipFormButtons ? " (a form's own buttons, such as 'Apply' under a list filter, are ignored)" : "") +
                          (r.ControlsOnly ? " (only controls that act on the page — buttons, role=button, onclick handlers, javascript: or # addresses — count; links to other pages do not)" : "") +
                          (r.TargetShows is { } target ? $" (when the page it leads to was crawled, that page or the home page must also show: {Summary(target)}; a link whose page was not reached counts by its words)" : "") +
                          PageExclude(r.PageExclude) + Pages(r.Pages),
        FeedRule r => "a link to an RSS or Atom feed (by its type, or an address such as .rss, rss.xml, /feed or /rss)" +
                      (r.IncludeHead ? ", or a feed announced in the page head" : "") + Pages(r.Pages),
        AccountLinkRule r => $"a link to an account on {string.Join(", ", r.Hosts)} (or their subdomains): an address with a path, not a share, intent, login or dialog link; an embedded page plugin counts as a link to its page{Pages(r.Pages)}",
        BlockRule r => BlockSentence(r),
        HandlerRule r => $"a link or control whose script (onclick or other on… handler, or javascript: address) matches {r.PatternSource}{Pages(r.Pages)}",
        TextRule r => $"the visible text{In(r.Region)} contains {Keywords(r.Keywords)}{Pages(r.Pages)}",
        HrefRule r => $"a link whose address matches {r.PatternSource}{Pages(r.Pages)}",
        XPathRule r => $"the XPath {r.Expression} selects something in the rendered page{Pages(r.Pages)}",
        FormRule r => "a form control" + FormCriteria(r) + PageExclude(r.PageExclude) + Pages(r.Pages),
        MetaRule r => $"a <meta> tag named '{r.Name}'" + (r.Content is null ? "" : $" whose content matches {r.Content}") + Pages(r.Pages),
        HeaderRule r => $"the home page's response has the header '{r.Name}'" + (r.Value is null ? "" : $" with a value matching {r.Value}"),
        SchemeRule r => $"the home page is finally served over {r.Scheme.ToUpperInvariant()}",
        HttpsRedirectRule => "http:// of the site's host redirects to https://",
        StorageRule r => StorageSentence(r),
        RequestRule r => $"the page requests a URL matching {r.Url}{Pages(r.Pages)}",
        AxeRule r => AxeSentence(r),
        MetricRule r => MetricSentence(r),
        AnyRule or AllRule or NotRule => Describe(rule).Replace('\n', ' '),
        _ => rule.GetType().Name,
    };

    private static string In(Region region) => region switch
    {
        Region.Page => "",
        Region.Header => " in the page header",
        Region.Nav => " in the navigation",
        Region.Main => " in the main content",
        Region.Footer => " in the footer",
        _ => "",
    };

    private static string Pages(PageScope pages) => pages == PageScope.Home ? ", on the home page" : ", on any page visited";

    private static string Keywords(KeywordSet keywords)
    {
        var text = new StringBuilder("one of: ");
        text.Append(string.Join(", ", keywords.Include.Select(k => $"\"{k}\"")));
        if (keywords.Exclude.Count > 0)
        {
            text.Append(" (but not when it also says ").Append(string.Join(", ", keywords.Exclude.Select(k => $"\"{k}\""))).Append(')');
        }

        var all = keywords.Include.Concat(keywords.Exclude).ToList();
        if (all.Any(k => k.Any(c => c is >= '\u4E00' and <= '\u9FFF')))
        {
            text.Append("; Chinese keywords match in Simplified and Traditional script alike");
        }

        if (all.Any(k => k.Contains(KeywordSyntax.Gap)))
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"; '{KeywordSyntax.Gap}' stands for up to {keywords.MaxGap} other characters"));
        }

        if (all.Any(k => k.Contains(KeywordSyntax.Forms) || k.Contains('～')))
        {
            text.Append(CultureInfo.InvariantCulture, $"; a word marked '{KeywordSyntax.Forms}' also matches its English forms (subscribe~: subscribes, subscribed, subscriber, subscription)");
        }

        return text.ToString();
    }

    private static string BlockSentence(BlockRule r)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"a block of at least {r.MinLinks} links labelled (by a heading, menu item or aria-label) with {Keywords(r.Label)}"));
        if (r.Links is not null)
        {
            text.Append(", one of whose links says ").Append(Keywords(r.Links));
        }

        return text.Append(Pages(r.Pages)).ToString();
    }

    private static string PageExclude(KeywordSet? words) => words is null
        ? ""
        : $" (not on a page other than the home page whose title, h1 (or first h2 when it has none), or a link leading to it, says {Keywords(words)}: a sign-in form on a page called 同仁登入 or 'Staff Intranet' is the staff's)";

    private static string FormCriteria(FormRule r)
    {
        var parts = new List<string>();
        if (r.InputTypes.Count > 0)
        {
            parts.Add($"of type {string.Join(" or ", r.InputTypes)}");
        }
        if (r.Role is not null)
        {
            parts.Add($"with role '{r.Role}' (on it or its form)");
        }
        if (r.Name is not null)
        {
            parts.Add($"whose name or id matches {r.Name}");
        }
        if (r.Label is not null)
        {
            parts.Add($"labelled (placeholder, aria-label, title, label, a short word written before it, the form's name or button text) with {Keywords(r.Label)}");
        }
        if (r.Action is not null)
        {
            parts.Add($"in a form whose action matches {r.Action}");
        }
        return parts.Count == 0 ? "" : " " + string.Join(", ", parts);
    }

    private static string StorageSentence(StorageRule r)
    {
        var what = r.Kinds switch
        {
            StorageKinds.Cookie => "a cookie",
            StorageKinds.LocalStorage => "a localStorage entry",
            _ => "a cookie or localStorage entry",
        };
        var qualifiers = new List<string>();
        if (r.PersistentOnly)
        {
            qualifiers.Add("that outlives the session");
        }
        if (r.FirstPartyOnly)
        {
            qualifiers.Add("of the site itself");
        }
        if (r.Name is not null)
        {
            qualifiers.Add($"named like {r.Name}");
        }
        if (r.ExcludeName is not null)
        {
            qualifiers.Add($"not named like {r.ExcludeName}");
        }
        return $"loading the home page stores {what} {string.Join(", ", qualifiers)}".TrimEnd();
    }
}
