using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Style;

/// <summary>
/// Finds the opening words that the UN prints in italics at the start of an English preambular or
/// operative paragraph: the participle or verb with the words that belong to it ("Recalling also",
/// "Bearing in mind", "Deeply concerned", "Takes note with appreciation", "Calls upon",
/// "Reiterates its call upon"), but not its object ("Decides" in "Decides to convene").
/// The rules were drawn from the italic spans in the UN's own Akoma Ntoso files.
/// </summary>
public static partial class OpeningPhrase
{
    private static readonly HashSet<string> LeadingAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "deeply", "seriously", "gravely", "strongly", "fully", "firmly", "profoundly",
        "greatly", "again", "particularly", "especially", "equally", "likewise", "furthermore",
    };

    private static readonly HashSet<string> Followers = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "furthermore", "again", "moreover", "likewise",
    };

    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "deep", "serious", "grave", "continuing", "continued", "full", "strong", "firm", "profound", "sincere",
        "great", "particular", "utmost", "unwavering", "steadfast", "strongest",
    };

    private static readonly HashSet<string> Attitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        "concern", "appreciation", "satisfaction", "interest", "regret", "alarm", "gratitude", "support",
        "commitment", "call", "condemnation", "determination", "solidarity", "sympathy", "condolences",
        "conviction", "hope", "readiness", "willingness", "resolve", "dismay", "outrage", "thanks",
    };

    [GeneratedRegex(@"\G(\s*)([\p{L}][\p{L}\p{Mn}'’\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>The length, in UTF-16 code units from the start of <paramref name="text"/>, of the italic opening phrase; 0 when there is none.</summary>
    public static int Length(string text, string language)
    {
        if (language != DraftLanguage.English || string.IsNullOrWhiteSpace(text) || !char.IsUpper(text.TrimStart()[0]))
        {
            return 0;
        }

        var words = LeadingWords(text, 8);
        if (words.Count == 0 || words[0].Word is "The" or "A" or "An")
        {
            // A paragraph that opens with its subject has no opening verb to set in italics: a decision's sentence
            // ("The General Assembly decides …", printed in roman; ADR 0022).
            return 0;
        }

        var i = 0;
        // "Once again urges", "Deeply concerned", "Also reaffirms", "Further recalls"
        while (i < words.Count - 1 && (LeadingAdverbs.Contains(words[i].Word) || Is(words[i], "once") && Is(words[i + 1], "again")))
        {
            i += Is(words[i], "once") ? 2 : 1;
        }

        if (i >= words.Count)
        {
            return words[^1].End;
        }

        var head = words[i];
        var end = i;
        var headWord = head.Word.ToLowerInvariant();
        if (headWord == "having" && end + 1 < words.Count)
        {
            end++; // "Having considered"
        }
        else if (headWord is "bearing" or "keeping" && Follows(words, end, "in", "mind"))
        {
            end += 2;
        }
        else if (headWord.StartsWith("tak", StringComparison.Ordinal) && Follows(words, end, "into", "account"))
        {
            end += 2;
        }
        else if (headWord.StartsWith("tak", StringComparison.Ordinal) && Follows(words, end, "into", "consideration"))
        {
            end += 2;
        }
        else if (headWord.StartsWith("tak", StringComparison.Ordinal) && Follows(words, end, "note"))
        {
            end += 1;
        }

        end = ExtendWithFollowers(words, end);
        end = ExtendWithAttitude(words, end, headWord);
        end = ExtendWithFollowers(words, end);
        if (IsCall(words[end].Word) || (end > i && IsCall(words[i].Word)))
        {
            // "Calls upon", "Calls once again for", "Reiterates its call upon"
            end = ExtendWithFollowers(words, end);
            if (end + 1 < words.Count && words[end + 1].Word.ToLowerInvariant() is "upon" or "on" or "for")
            {
                end++;
            }
        }

        return words[end].End;
    }

    /// <summary>The italic opening phrase itself ("" when none).</summary>
    public static string Of(string text, string language) => text[..Length(text, language)];

    private static int ExtendWithFollowers(List<(string Word, int End)> words, int end)
    {
        while (end + 1 < words.Count && (Followers.Contains(words[end + 1].Word) || (Is(words[end + 1], "once") && Follows(words, end + 1, "again"))))
        {
            end += Is(words[end + 1], "once") ? 2 : 1;
        }

        return end;
    }

    private static int ExtendWithAttitude(List<(string Word, int End)> words, int end, string headWord)
    {
        // "Takes note with appreciation", "Noting with deep concern" — but "Emphasizes with concern"
        // keeps only the verb in italics: the UN joins the attitude to verbs of noting and welcoming.
        if (end + 2 < words.Count && Is(words[end + 1], "with") && TakesAttitude(words[end].Word))
        {
            var at = end + 2;
            if (Adjectives.Contains(words[at].Word) && at + 1 < words.Count)
            {
                at++;
            }

            return Attitudes.Contains(words[at].Word) ? at : end;
        }

        // "Expresses its deep concern", "Reiterating its continuing support", "Expresses concern"
        if (headWord.StartsWith("express", StringComparison.Ordinal) || headWord.StartsWith("reiterat", StringComparison.Ordinal)
            || headWord.StartsWith("stress", StringComparison.Ordinal) || headWord.StartsWith("renew", StringComparison.Ordinal)
            || headWord.StartsWith("extend", StringComparison.Ordinal))
        {
            var at = end + 1;
            if (at < words.Count && words[at].Word.ToLowerInvariant() is "its" or "their")
            {
                at++;
            }

            if (at < words.Count && Adjectives.Contains(words[at].Word))
            {
                at++;
            }

            if (at < words.Count && Attitudes.Contains(words[at].Word) && words[at].Word.ToLowerInvariant() != "hope")
            {
                return at;
            }
        }

        return end;
    }

    private static bool TakesAttitude(string word)
    {
        var w = word.ToLowerInvariant();
        return w is "note" or "noting" or "notes" || w.StartsWith("welcom", StringComparison.Ordinal)
            || w.StartsWith("learn", StringComparison.Ordinal) || w.StartsWith("observ", StringComparison.Ordinal)
            || w.StartsWith("view", StringComparison.Ordinal) || w.StartsWith("recogniz", StringComparison.Ordinal);
    }

    private static bool IsCall(string word) => word.ToLowerInvariant() is "call" or "calls" or "calling";

    private static bool Is((string Word, int End) word, string value) => string.Equals(word.Word, value, StringComparison.OrdinalIgnoreCase);

    private static bool Follows(List<(string Word, int End)> words, int at, params string[] next)
    {
        for (var k = 0; k < next.Length; k++)
        {
            if (at + 1 + k >= words.Count || !Is(words[at + 1 + k], next[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first words of the text, stopping at the first character that is not a space or a letter (a comma, a quote, a digit).</summary>
    private static List<(string Word, int End)> LeadingWords(string text, int max)
    {
        var words = new List<(string, int)>();
        var position = 0;
        var pattern = WordPattern();
        while (words.Count < max)
        {
            var match = pattern.Match(text, position);
            if (!match.Success)
            {
                break;
            }

            words.Add((match.Groups[2].Value, match.Index + match.Length));
            position = match.Index + match.Length;
        }

        return words;
    }
}
