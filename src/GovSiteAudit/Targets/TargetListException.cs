namespace GovSiteAudit.Targets;

/// <summary>
/// A target input that cannot be read at all (missing file, CSV without a url column): nothing can run. The message
/// echoes file and column names, so its control characters are escaped.
/// </summary>
public sealed class TargetListException(string message) : InputException(PrintableText.Escape(message));
