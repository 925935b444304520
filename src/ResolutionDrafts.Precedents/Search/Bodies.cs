namespace ResolutionDrafts.Precedents.Search;

/// <summary>
/// One name per UN organ, whatever the language of the file that named it: the English and Chinese
/// (and French, which some UN files carry) names of the principal organs whose resolutions are
/// published as AKN. A body not listed keeps its own name. The search page's body filter offers
/// these names and matches through them, so "General Assembly" also finds the Chinese files (大会).
/// </summary>
public static class Bodies
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["General Assembly"] = "General Assembly",
        ["大会"] = "General Assembly",
        ["联合国大会"] = "General Assembly",
        ["Assemblée générale"] = "General Assembly",
        ["Security Council"] = "Security Council",
        ["安全理事会"] = "Security Council",
        ["安理会"] = "Security Council",
        ["Conseil de sécurité"] = "Security Council",
        ["Human Rights Council"] = "Human Rights Council",
        ["人权理事会"] = "Human Rights Council",
        ["Conseil des droits de l’homme"] = "Human Rights Council",
        ["Conseil des droits de l'homme"] = "Human Rights Council",
        ["Economic and Social Council"] = "Economic and Social Council",
        ["经济及社会理事会"] = "Economic and Social Council",
        ["Conseil économique et social"] = "Economic and Social Council",
    };

    /// <summary>The organ's one name, or the trimmed name itself when it is not a known organ; null for none.</summary>
    public static string? Canonical(string? body) =>
        string.IsNullOrWhiteSpace(body) ? null : Names.TryGetValue(body.Trim(), out var name) ? name : body.Trim();
}
