using System.Text.RegularExpressions;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// A paragraph read from a text that holds a second paragraph's opening words (ADR 0042): "…of 2 December 2024, Recalling also
/// its resolution …" (two preambular paragraphs whose line break was lost), "…; Requests the Secretary-General …" (two operative
/// ones), "…。请秘书长……". Looked for by the import review, which lists each such paragraph and lowers its confidence; the reading
/// is not changed (a delegate splits the paragraph in the draft).
/// <para>
/// Measured on the corpus of adopted resolutions (sessions 75 and 76, AKN, every paragraph read correctly): English openers are
/// capitalised only where a paragraph begins — inside one the UN writes ", and recalling", "Welcoming …, noting …" in lower case —
/// so one capitalised opener after a comma or semicolon is enough (outside quotation marks and titles: 0 of 15,226 preambular and
/// 17,870 operative paragraphs). Chinese has no capitals, and "……，又回顾……" is a single paragraph's "and recalling also" (37 times
/// in correct paragraphs): only many different openers in one paragraph tell a merge (five or more: 1 of 14,966 correct preambular
/// paragraphs; found in 437 of 601 preambles merged whole), and in an operative paragraph an operative verb after a full stop ("。请",
/// 2 files of 630) or four different ones after semicolons.
/// </para>
/// </summary>
internal static partial class MergedParagraphs
{
    /// <summary>Words that open an English preambular paragraph (the UN's participles and adjectives), with the adverbs before them.</summary>
    private const string EnglishOpeners =
        @"(?:(?:Also|Further|Furthermore|Again|Once again|Deeply|Gravely|Seriously|Strongly|Firmly|Fully|Profoundly|Increasingly|Particularly)\s+)?"
        + @"(?:Recalling|Reaffirming|Recognizing|Recognising|Noting|Welcoming|Taking note|Taking into account|Expressing|Stressing|Emphasizing|Emphasising"
        + @"|Acknowledging|Having (?:considered|examined|reviewed|adopted|heard|received)|Bearing in mind|Reiterating|Convinced|Concerned|Mindful|Underlining|Aware"
        + @"|Considering|Guided by|Conscious|Affirming|Encouraged|Condemning|Highlighting|Underscoring|Cognizant|Commending|Deploring|Alarmed|Determined"
        + @"|Believing|Confirming|Desirous|Regretting|Appreciating|Re-emphasizing|Recommitting|Reasserting|Observing|Acting under)\b"
        + @"(?:\s+(?:also|further|again|with (?:deep |grave |great )?(?:concern|appreciation|satisfaction)))?\b";

    /// <summary>Verbs that open an English operative paragraph, with the adverbs before them.</summary>
    private const string EnglishVerbs =
        @"(?:(?:Also|Further|Again|Once again|Once more|Strongly|Firmly|Reiterates and)\s+)?"
        + @"(?:Requests|Decides|Calls upon|Calls on|Urges|Encourages|Invites|Welcomes|Notes|Takes note|Recognizes|Reaffirms|Stresses|Emphasizes|Expresses"
        + @"|Reiterates|Acknowledges|Underlines|Endorses|Commends|Condemns|Affirms|Approves|Recommends|Underscores|Demands|Supports|Appeals|Deplores"
        + @"|Highlights|Appreciates|Authorizes|Recalls|Declares|Resolves|Considers|Renews|Adopts|Proclaims|Designates)\b"
        + @"(?:\s+(?:also|further))?\b";

    /// <summary>After a comma or semicolon, a capitalised preambular opener or operative verb: a preambular paragraph's second opening.</summary>
    [GeneratedRegex(@"[,;]\s+(?<w>" + EnglishOpeners + "|" + EnglishVerbs + ")", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPreambular();

    /// <summary>After a semicolon or full stop, a capitalised operative verb: an operative paragraph's second sentence opening as one.</summary>
    [GeneratedRegex(@"[;.]\s+(?<w>" + EnglishVerbs + ")", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishOperative();

    /// <summary>A title in title case, not a paragraph: "… of All States, Taking into Particular Account …".</summary>
    [GeneratedRegex(@"^\s+(?:into|in|of|for|on|with|to|and|by|from|at)\s+\p{Lu}")]
    private static partial Regex TitleCase();

    /// <summary>Chinese preambular openers: a verb or phrase that opens a preambular paragraph, after "又" or "还" when it is the second.</summary>
    [GeneratedRegex(@"[，；](?:又|还)?(?<w>回顾|重申|认识到|表示|注意到|强调|确认|欢迎|深为关切|关切地注意到|关切地|意识到|铭记|深信|赞赏|承认|着重指出|严重关切|考虑到|念及|遵循|满意地注意到|满意地|申明|肯定|谴责|深感|痛惜|决心|欣见|知悉|赞扬)")]
    private static partial Regex ChinesePreambular();

    /// <summary>
    /// After a full stop or semicolon, a verb only operative paragraphs open with (<see cref="OperativeVerb"/>'s, but "通过": inside
    /// a sentence it is "through").
    /// </summary>
    [GeneratedRegex(@"(?<sep>[。；])(?:又|还|并|再次|也)?(?<w>决定|正式决定|请|核准|授权|敦促|促请|吁请|呼吁|要求|邀请|宣布|宣告|建议|鼓励|赞同)")]
    private static partial Regex ChineseOperative();

    /// <summary>
    /// The second opening a paragraph holds ("Recalling also", "Requests", "回顾、重申、注意到、认识到、欢迎"), or null. <paramref name="text"/>
    /// is the paragraph's own text, without its sub-paragraphs and footnote references.
    /// </summary>
    public static string? SecondOpening(string text, bool preambular, bool zh)
    {
        if (zh)
        {
            return preambular ? ChineseOpenings(text) : ChineseVerbsInside(text);
        }

        foreach (Match m in (preambular ? EnglishPreambular() : EnglishOperative()).Matches(text))
        {
            var word = m.Groups["w"];
            if (!Quoted(text, m.Index) && !TitleCase().IsMatch(text.AsSpan(word.Index + word.Length).ToString()))
            {
                return word.Value;
            }
        }

        return null;
    }

    private static string? ChineseOpenings(string text)
    {
        // "关切地注意到" and "满意地注意到" are "注意到" told how: one opener, not three.
        var found = ChinesePreambular().Matches(text).Where(m => !Quoted(text, m.Index))
            .Select(m => m.Groups["w"].Value is "关切地注意到" or "满意地注意到" or "关切地" or "满意地" ? "注意到" : m.Groups["w"].Value).Distinct().ToList();
        return found.Count >= 5 ? string.Join("、", found) : null;
    }

    private static string? ChineseVerbsInside(string text)
    {
        var matches = ChineseOperative().Matches(text).Where(m => !Quoted(text, m.Index)).ToList();
        if (matches.FirstOrDefault(m => m.Groups["sep"].Value == "。") is { } afterFullStop)
        {
            return afterFullStop.Value[1..];
        }

        var verbs = matches.Select(m => m.Groups["w"].Value).Distinct().ToList();
        return verbs.Count >= 4 ? string.Join("、", verbs) : null;
    }

    /// <summary>Whether a position is inside quotation marks (a quoted title may hold any words).</summary>
    private static bool Quoted(string text, int at)
    {
        var depth = 0;
        for (var i = 0; i < at; i++)
        {
            depth += text[i] switch
            {
                '“' or '「' or '《' => 1,
                '”' or '」' or '》' => -1,
                _ => 0,
            };
        }

        return depth > 0;
    }
}
