using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// What an adopted text's <see cref="DraftMetadata.AdoptionLine"/> is. The UN prints how a text was adopted in two ways: the
/// General Assembly's (and the Human Rights Council's) heading with its date, "Resolution adopted by the General Assembly on
/// 6 December 2021" / "2021年12月6日大会决议", standing where a draft has its sponsors line; and the Security Council's line under
/// its number, "Adopted by the Security Council at its 9912th meeting, on 14 May 2026" / "2026年5月14日安全理事会第9912次会议通过".
/// </summary>
public static partial class AdoptionHeading
{
    [GeneratedRegex(@"^(?:Resolution|Decision)s?\s+adopted\s+by\b|(?:决议|决定)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    /// <summary>The line is the heading itself, printed in its place, not a line under the Security Council's number.</summary>
    public static bool IsHeading(string? line) => line is not null && Heading().IsMatch(line.Trim());

    /// <summary>
    /// The heading an adopted text prints when it has no Security Council number: its own adoption line when that is the
    /// heading, else <paramref name="standard"/> ("Resolution adopted by the General Assembly").
    /// </summary>
    public static string Of(DraftMetadata metadata, string standard)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return IsHeading(metadata.AdoptionLine) ? metadata.AdoptionLine!.Trim() : standard;
    }
}
