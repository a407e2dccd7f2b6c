namespace GovSiteAudit.Rubrics;

[Flags]
public enum StorageKinds
{
    Cookie = 1,
    LocalStorage = 2,
    Any = Cookie | LocalStorage,
}
