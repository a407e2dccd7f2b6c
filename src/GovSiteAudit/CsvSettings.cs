using System.Globalization;
using CsvHelper.Configuration;

namespace GovSiteAudit;

/// <summary>
/// Every CSV configuration of the tool in one place, named by what it is for. All are culture-invariant: numbers are
/// written and read with a dot whatever the machine's locale.
/// </summary>
public static class CsvSettings
{
    /// <summary>Our outputs as first written: cells that could run as formulas are escaped; CRLF for Excel.</summary>
    public static CsvConfiguration Written { get; } = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\r\n",
    };

    /// <summary>
    /// Cells written as they are, CRLF: rows copied from our own outputs (escaped when first written), and research
    /// tables whose signed numbers are guarded cell by cell (<c>CellGuard</c>).
    /// </summary>
    public static CsvConfiguration Verbatim { get; } = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.None,
        NewLine = "\r\n",
    };

    /// <summary>For reading our own outputs back (resume, merge): tolerant of a short or odd row.</summary>
    public static CsvConfiguration ReadBack { get; } = new(CultureInfo.InvariantCulture)
    {
        BadDataFound = null,
        MissingFieldFound = null,
    };

    /// <summary>Our own files read strictly, line by line (blank lines kept so line numbers stay true).</summary>
    public static CsvConfiguration Strict { get; } = new(CultureInfo.InvariantCulture)
    {
        MissingFieldFound = null,
        IgnoreBlankLines = false,
    };

    /// <summary>Earlier runs read for comparison: tolerant of bad data, blank lines and rows of another width.</summary>
    public static CsvConfiguration Lenient { get; } = new(CultureInfo.InvariantCulture)
    {
        BadDataFound = null,
        MissingFieldFound = null,
        IgnoreBlankLines = true,
        DetectColumnCountChanges = false,
    };

    /// <summary>Target lists written by people and spreadsheets: any delimiter, cells trimmed, blank lines skipped.</summary>
    public static CsvConfiguration UserInput { get; } = new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = true,
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
        IgnoreBlankLines = true,
    };
}
