using System.Text.RegularExpressions;

namespace GovSiteAudit.Detection;

internal static class SafeRegex
{
    /// <summary>
    /// A match that never throws: a pattern that backtracks past its timeout on some page is treated
    /// as not matching there, so one hostile page cannot abort a whole audit.
    /// </summary>
    public static bool IsMatch(Regex regex, string? input)
    {
        if (input == null)
        {
            return false;
        }

        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
