namespace GovSiteAudit.Auditing;

/// <summary>Another command holds the output directory; the message names it when it can.</summary>
public sealed class OutputLockedException(string message) : InputException(message);
