using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// One amendment item laid out as an issued document prints it: the sentence, or, when its
/// changes are lettered, the lead ("In operative paragraph 2:") and one line per change
/// ("Replace the word “Requests” with the word “Invites”;"), printed under the lead as (a), (b).
/// </summary>
/// <param name="Lead">The whole sentence, or the lead of lettered changes.</param>
/// <param name="Lettered">The lettered changes, in order, without their letters, each with its closing ";" or "." (Chinese "；", "。"); empty when there are none.</param>
public sealed record AmendmentItemLayout(string Lead, IReadOnlyList<string> Lettered)
{
    public AmendmentItemLayout(string sentence)
        : this(sentence, [])
    {
    }

    /// <summary>The item as one sentence: "In operative paragraph 2: (a) …; (b) …." / "在……中：(a) ……；(b) ……。".</summary>
    public string Text(bool chinese)
    {
        if (Lettered.Count == 0)
        {
            return Lead;
        }

        var letters = Lettered.Select((line, k) => $"({ParagraphLabels.Letters(k + 1)}) {line}");
        return chinese ? Lead + string.Concat(letters) : Lead + " " + string.Join(" ", letters);
    }
}
