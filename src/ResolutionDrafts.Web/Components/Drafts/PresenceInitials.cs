using System.Globalization;

namespace ResolutionDrafts.Web.Components.Drafts;

/// <summary>
/// The short form of a person shown in the margin beside a paragraph they are in, when there is no
/// room for their whole name: "Ana Pérez (Cuba)" is "AP", "李伟 (China)" is "李伟".
/// </summary>
public static class PresenceInitials
{
    public static string Of(string displayName)
    {
        var name = displayName;
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0)
        {
            name = name[..bracket];
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => new string(w.SkipWhile(c => !char.IsLetterOrDigit(c) && !char.IsSurrogate(c)).ToArray()))
            .Where(w => w.Length > 0)
            .ToArray();
        return words.Length switch
        {
            0 => "?",
            1 => FirstTextElements(words[0], 2),
            _ => (FirstTextElements(words[0], 1) + FirstTextElements(words[^1], 1)).ToUpper(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Up to <paramref name="count"/> user-perceived characters, never half a surrogate pair or an accent apart from its letter.</summary>
    private static string FirstTextElements(string word, int count)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < count && elements.MoveNext(); i++)
        {
            result.Append(elements.GetTextElement());
        }

        return result.ToString();
    }
}
