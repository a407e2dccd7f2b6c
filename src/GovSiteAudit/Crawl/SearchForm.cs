namespace GovSiteAudit.Crawl;

/// <summary>
/// A search form found on the home page that may be probed: it submits by GET, has exactly one text field (the query)
/// and no password, file, e-mail, telephone or personal field. <see cref="Query"/> is a word from the site's navigation.
/// </summary>
/// <param name="FormPage">The page the form is on.</param>
/// <param name="Action">Where the form submits (resolved).</param>
/// <param name="Field">The name of the query field.</param>
/// <param name="Fields">The form's other fields as it would submit them (hidden fields, selected options).</param>
/// <param name="Query">The word to search for; null when the navigation offers none.</param>
internal sealed record SearchForm(string FormPage, string Action, string Field, IReadOnlyList<KeyValuePair<string, string>> Fields, string? Query)
{
    /// <summary>The address a browser would load on submitting the form with <see cref="Query"/>.</summary>
    public Uri? ResultsUrl(string query)
    {
        if (!Uri.TryCreate(Action, UriKind.Absolute, out var action) || (action.Scheme != Uri.UriSchemeHttp && action.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        // A GET form replaces the action's query with its fields, in document order (HTML's form submission algorithm).
        var pairs = Fields.Append(new(Field, query))
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value).Replace("%20", "+", StringComparison.Ordinal));
        var builder = new UriBuilder(action) { Query = string.Join("&", pairs), Fragment = "" };
        return builder.Uri;
    }
}
