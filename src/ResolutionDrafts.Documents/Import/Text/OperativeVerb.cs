namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Whether an English line begins like an operative paragraph: with a verb in the third person
/// ("Decides", "Requests", "Calls upon", "Takes note"). The UN opens every operative paragraph so,
/// and a preambular paragraph never: those open with a participle or an adjective.
/// </summary>
internal static class OperativeVerb
{
    /// <summary>Capitalised words ending in "s" that open other things than operative paragraphs.</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "States", "Nations", "Parties", "Members", "Governments", "Countries", "Its", "His", "Has", "Was", "Is", "This", "Thus", "Perhaps",
        "Conscious", "Anxious", "Various", "Previous", "Numerous", "Serious",
    };

    /// <summary>Verbs that open a Chinese operative paragraph and never a preambular one (those open with 回顾, 注意到, 深信 …).</summary>
    private static readonly string[] ChineseVerbs =
    [
        "通过", "决定", "正式决定", "请", "核准", "授权", "敦促", "促请", "吁请", "呼吁", "要求", "邀请", "宣布", "宣告", "建议", "鼓励", "赞同",
    ];

    /// <summary>Whether a Chinese line opens with a verb only operative paragraphs open with.</summary>
    public static bool StartsChinese(string line) => ChineseVerbs.Any(v => line.StartsWith(v, StringComparison.Ordinal));

    public static bool Starts(string line)
    {
        var end = 0;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        if (end < 4 || !char.IsUpper(line[0]) || !char.IsLower(line[1]))
        {
            return false;
        }

        var word = line[..end];
        return word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !NotVerbs.Contains(word);
    }
}
