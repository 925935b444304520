using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The symbol of a meeting's record (ADR 0034, amendment 4): the General Assembly's verbatim record "A/75/PV.41",
/// "A/ES-11/PV.5", the World Health Assembly's "A78/VR/8", a summary record "EB156/SR/5", "A/HRC/55/SR.50". Known by its
/// last element, PV, VR or SR and the meeting's number; a resolution's own symbol ("A/RES/75/100") or a phrase the UN's
/// workflow puts in its place ("Adopted without vote, 51st plenary meeting") is none.
/// </summary>
public static partial class MeetingRecords
{
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9\-]*(?:/[A-Za-z0-9.\-]+)*/(?:PV|VR|SR)[./]\d+(?:/(?:Corr|Add)\.\d+)?$")]
    private static partial Regex Record();

    /// <summary>The text is a meeting record's symbol alone (spaces around it ignored).</summary>
    public static bool Is(string? text) => text is not null && Record().IsMatch(text.Trim());
}
