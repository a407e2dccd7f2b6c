namespace GovSiteAudit.Rubrics;

/// <summary>What a scalar resolves to (YAML 1.2 core schema for plain YAML scalars; JSON token types).</summary>
internal enum ScalarType
{
    Null,
    Bool,
    Number,
    String,
}
