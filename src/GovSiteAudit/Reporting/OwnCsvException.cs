namespace GovSiteAudit.Reporting;

/// <summary>A CSV file of ours that cannot be read back exactly as it was written (a hand edit, a stray quote).</summary>
public sealed class OwnCsvException(string path, int line, string problem)
    : InputException($"{path}:{line}: {problem}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;
}
