namespace GovSiteAudit.Rubrics;

/// <summary>Rules as text, in one place: the plain sentences of <c>rubric explain</c> and the one-line summaries here.</summary>
public static partial class RuleDescription
{
    /// <summary>A one-line summary in the rubric's own terms, for the evidence of <c>not</c> rules (written to the outputs).</summary>
    public static string Summary(Rule rule) => rule switch
    {
        AnyRule any => $"any({string.Join("; ", any.Rules.Select(Summary))})",
        AllRule all => $"all({string.Join("; ", all.Rules.Select(Summary))})",
        NotRule not => $"not({Summary(not.Inner)})",
        LinkTextRule link => $"link_text {Words(link.Keywords)}{Where(link.Region)}" + (link.TargetShows is { } target ? $" target_shows({Summary(target)})" : ""),
        TextRule text => $"text {Words(text.Keywords)}{Where(text.Region)}",
        HrefRule href => $"href /{href.PatternSource}/",
        XPathRule xpath => $"xpath {xpath.Expression}",
        FormRule form => "form " + string.Join(' ', FormParts(form)),
        MetaRule meta => $"meta {meta.Name}" + (meta.Content != null ? $" /{meta.Content}/" : ""),
        HeaderRule header => $"header {header.Name}" + (header.Value != null ? $" /{header.Value}/" : ""),
        SchemeRule scheme => $"scheme {scheme.Scheme}",
        HttpsRedirectRule => "https_redirect",
        StorageRule storage => $"storage {storage.Kinds}" + (storage.Name != null ? $" /{storage.Name}/" : ""),
        RequestRule request => $"request /{request.Url}/",
        FeedRule feed => "feed" + (feed.IncludeHead ? " (head too)" : ""),
        AccountLinkRule account => $"account_link [{string.Join(", ", account.Hosts)}]",
        BlockRule block => $"block {Words(block.Label)}" + (block.Links != null ? $" with link {Words(block.Links)}" : ""),
        HandlerRule handler => $"handler /{handler.PatternSource}/",
        AxeRule axe => AxeSummary(axe),
        MetricRule metric => MetricSummary(metric),
        _ => rule.GetType().Name,
    };

    private static string Words(KeywordSet keywords) =>
        $"[{string.Join(", ", keywords.Include)}]" + (keywords.Exclude.Count > 0 ? $" except [{string.Join(", ", keywords.Exclude)}]" : "");

    private static string Where(Region region) => region == Region.Page ? "" : $" in {region.ToString().ToLowerInvariant()}";

    private static IEnumerable<string> FormParts(FormRule form)
    {
        if (form.InputTypes.Count > 0)
        {
            yield return $"type [{string.Join(", ", form.InputTypes)}]";
        }

        if (form.Role != null)
        {
            yield return $"role {form.Role}";
        }

        if (form.Name != null)
        {
            yield return $"name /{form.Name}/";
        }

        if (form.Label != null)
        {
            yield return $"label {Words(form.Label)}";
        }

        if (form.Action != null)
        {
            yield return $"action /{form.Action}/";
        }
    }
}
