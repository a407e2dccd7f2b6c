namespace GovSiteAudit;

/// <summary>
/// Input the user can fix — a rubric, a target list, an option, an output directory, a run folder to continue or merge,
/// a missing browser — as opposed to a bug. Every input error of the library derives from it, so a front end maps them
/// to its answer in one place (the CLI: exit 2, or 4 for no browser) and prints <see cref="Problems"/> one a line.
/// Sits in the root namespace, below every layer, because every layer has input to refuse.
/// </summary>
public abstract class InputException : Exception
{
    protected InputException(string message)
        : base(message)
    {
    }

    protected InputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What is wrong, one problem a line; by default the message.</summary>
    public virtual IReadOnlyList<string> Problems => [Message];

    /// <summary>A closing line after the problems (e.g. how many there were), or null.</summary>
    public virtual string? Conclusion => null;
}
