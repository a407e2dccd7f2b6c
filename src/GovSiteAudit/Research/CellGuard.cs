using System.Globalization;

namespace GovSiteAudit.Research;

/// <summary>
/// Formula guard for the research CSVs, which hold signed numbers: a cell starting with = + - @ tab or CR is
/// prefixed with ' unless it is a plain number, so "-2.5" stays a number while "-2+cmd|…" cannot run.
/// </summary>
internal static class CellGuard
{
    public static string Escape(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;
}
