namespace GovSiteAudit.Auditing;

/// <summary>An output directory that cannot be continued (a different rubric or target list wrote it).</summary>
public sealed class ResumeException(string message) : InputException(message);
