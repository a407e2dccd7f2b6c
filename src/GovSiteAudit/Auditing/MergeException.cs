namespace GovSiteAudit.Auditing;

/// <summary>Output directories that cannot be merged (missing, or scored with different rubrics).</summary>
public sealed class MergeException(string message) : InputException(message);
