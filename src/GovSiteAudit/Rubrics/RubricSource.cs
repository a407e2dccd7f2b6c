namespace GovSiteAudit.Rubrics;

/// <summary>Turns a <c>--rubric</c> value into a rubric: a file path, else a built-in name, else the default.</summary>
public static class RubricSource
{
    /// <exception cref="RubricException">The file cannot be read or the rubric is invalid (every error listed).</exception>
    public static Rubric Load(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return RubricLoader.LoadDefault();
        }
        if (File.Exists(value) || value.Contains(Path.DirectorySeparatorChar) || value.Contains('/'))
        {
            return RubricLoader.Load(value);
        }
        var builtIn = RubricLoader.BuiltInNames().FirstOrDefault(n =>
            string.Equals(n, value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Path.GetFileNameWithoutExtension(n), value, StringComparison.OrdinalIgnoreCase));
        return builtIn is not null ? RubricLoader.LoadBuiltIn(builtIn) : RubricLoader.Load(value);
    }

    /// <summary>The rubric's warnings, one a line (even with --quiet: they are about the user's own file).</summary>
    public static async Task WarnAsync(Rubric rubric, TextWriter warnings)
    {
        foreach (var warning in rubric.Warnings)
        {
            await warnings.WriteLineAsync($"warning: {warning}");
        }
    }
}
