namespace GovSiteAudit.Research;

/// <summary>A human coding file that cannot be used: missing, no url/indicator/found column, or a value that is not a yes/no.</summary>
public sealed class AgreementException(string message) : InputException(message);
