namespace GovSiteAudit.Tests.Research;

/// <summary>Run directories written by hand in the shape of scores.csv / indicators.csv, so readers are tested against the format itself.</summary>
internal static class RunDirectories
{
    /// <param name="sites">url, status, d1, d2, total (empty = not scored)</param>
    /// <param name="indicators">url, dimension, indicator, found</param>
    public static string Write(string directory, IEnumerable<(string Url, string Status, string D1, string D2, string Total)> sites,
        IEnumerable<(string Url, string Dimension, string Indicator, bool Found)> indicators)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "scores.csv"),
            "\uFEFFurl,final_url,status,error,agency,d1,d2,total,pages,seconds\r\n" +
            string.Concat(sites.Select(s => $"{s.Url},{s.Url},{s.Status},,\"Agency, {s.Url}\",{s.D1},{s.D2},{s.Total},1,1.0\r\n")));
        File.WriteAllText(Path.Combine(directory, "indicators.csv"),
            "\uFEFFurl,dimension,indicator,found,points,evidence_url,evidence\r\n" +
            string.Concat(indicators.Select(i => $"{i.Url},{i.Dimension},{i.Indicator},{(i.Found ? "true" : "false")},{(i.Found ? 1 : 0)},,'=x\r\n")));
        return directory;
    }
}
