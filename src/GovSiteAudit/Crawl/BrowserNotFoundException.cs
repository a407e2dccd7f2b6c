namespace GovSiteAudit.Crawl;

/// <summary>No usable browser, with the remedies in the message.</summary>
public sealed class BrowserNotFoundException : InputException
{
    public BrowserNotFoundException()
        : this(BrowserProvisioner.NoBrowserMessage)
    {
    }

    public BrowserNotFoundException(string message)
        : base(message)
    {
    }

    public BrowserNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
