using GovSiteAudit.Rubrics;

namespace GovSiteAudit.Cli.Commands;

/// <summary>Turns a <c>--rubric</c> value into a rubric: a file path, else a built-in name, else the default.</summary>
internal static class RubricSource
{
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

    /// <summary>The rubric's warnings on stderr, one a line (even with --quiet: they are about the user's own file).</summary>
    public static async Task WarnAsync(Rubric rubric, TextWriter error)
    {
        foreach (var warning in rubric.Warnings)
        {
            await error.WriteLineAsync($"warning: {warning}");
        }
    }

    public static async Task<int> ReportAsync(RubricException e, TextWriter error)
    {
        foreach (var rubricError in e.Errors)
        {
            await error.WriteLineAsync($"error: {rubricError}");
        }
        await error.WriteLineAsync($"{e.Errors.Count} error(s) in the rubric; nothing was audited.");
        return ExitCodes.BadInput;
    }
}
