namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// The raised (superscript) characters Unicode has for letters and figures: the modifier letters (ᵃ ᵇ ᶜ …, ᴬ ᴮ …) and
/// the superscript figures (¹ ² ³ …). A raised run is shown with them where a text cannot raise type (a plain
/// wording, a text box: ADR 0035); text pasted from a PDF or a web page brings a table's note letters as them.
/// Each is one UTF-16 unit, as the letter it stands for, so a text shown with them keeps its positions.
/// </summary>
public static class RaisedCharacters
{
    private const string Plain = "abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW0123456789+-=()";
    private const string Raised = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";

    /// <summary>The text with each letter and figure that has a raised character written with it; the rest as it is.</summary>
    public static string Raise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = Plain.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                chars[i] = Raised[at];
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Whether every letter and figure of <paramref name="text"/> has a raised character (q, C, F, Q, S, X, Y, Z and most
    /// letters outside Latin have none), so <see cref="Raise"/> shows all of it raised.
    /// </summary>
    public static bool CanRaise(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && !Plain.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The letter or figure a raised character stands for, or null when <paramref name="c"/> is none.</summary>
    public static char? Lower(char c)
    {
        var at = Raised.IndexOf(c, StringComparison.Ordinal);
        return at >= 0 ? Plain[at] : null;
    }

    /// <summary>The letter a modifier letter stands for (ᵃ is a), or null: raised figures are not letters (ADR 0032 reads them).</summary>
    public static char? LowerLetter(char c) => Lower(c) is { } plain && char.IsLetter(plain) ? plain : null;
}
