using System.Text.RegularExpressions;

namespace GovSiteAudit.Rubrics;

/// <summary>Cookies or localStorage entries written while the home page loaded.</summary>
public sealed record StorageRule(StorageKinds Kinds, bool PersistentOnly, bool FirstPartyOnly, Regex? Name, Regex? ExcludeName) : Rule;
