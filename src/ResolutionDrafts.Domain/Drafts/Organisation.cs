namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The organisation a draft's body belongs to, printed over the masthead where the UN prints "United Nations" (issue 16;
/// ADR 0036, amendment 3): "World Health Organization" / "世界卫生组织" over a draft of the World Health Assembly or of WHO's
/// Executive Board (<see cref="WorldHealthAssembly.Is"/>), "United Nations" / "联合国" over every other draft, as before.
/// </summary>
public static class Organisation
{
    public const string UnitedNations = "United Nations";
    public const string UnitedNationsChinese = "联合国";
    public const string WorldHealthOrganization = "World Health Organization";
    public const string WorldHealthOrganizationChinese = "世界卫生组织";

    /// <summary>The organisation's name over <paramref name="draft"/>'s masthead, in the draft's language (Chinese or English).</summary>
    public static string Of(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var chinese = DraftLanguage.IsChinese(draft.Language);
        return WorldHealthAssembly.Is(draft)
            ? chinese ? WorldHealthOrganizationChinese : WorldHealthOrganization
            : chinese ? UnitedNationsChinese : UnitedNations;
    }

    /// <summary>
    /// A line that is an organisation's name alone, as a masthead prints it over the body ("United Nations", "WORLD HEALTH
    /// ORGANIZATION", "世界卫生组织", spaces ignored in Chinese): the printer's, never the draft's body.
    /// </summary>
    public static bool IsName(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.Trim();
        var squeezed = t.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
        return t == UnitedNations || t.Equals(WorldHealthOrganization, StringComparison.OrdinalIgnoreCase)
            || squeezed is UnitedNationsChinese or WorldHealthOrganizationChinese;
    }
}
