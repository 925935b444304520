using System.Security.Cryptography;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>Stable paragraph ids: short, URL-safe, never reused within a draft.</summary>
public static class ParagraphIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => "p" + RandomNumberGenerator.GetString(Alphabet, 10);

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= DraftLimits.MaxIdLength
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
