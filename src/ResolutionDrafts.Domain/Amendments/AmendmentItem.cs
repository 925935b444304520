using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// One numbered item of an amendment document: one sentence that may carry several instructions
/// of the same form, as issued amendments do ("Delete the third preambular paragraph and
/// operative paragraph 2."; "In operative paragraphs 27 and 43, delete “sexual and
/// reproductive”."; several changes to one paragraph). See <see cref="AmendmentItems"/>.
/// </summary>
public sealed record AmendmentItem(IReadOnlyList<AmendmentInstruction> Instructions)
{
    public int CharactersChanged => Instructions.Sum(i => i.CharactersChanged);

    /// <summary>The sentence in Chinese for "zh", in English for any other language.</summary>
    public string Wording(string language) => Layout(language).Text(DraftLanguage.IsChinese(language));

    /// <summary>The sentence, or its lead and lettered changes, for printing the changes under the lead as (a), (b).</summary>
    public AmendmentItemLayout Layout(string language) =>
        DraftLanguage.IsChinese(language) ? ChineseWording.ItemLayout(Instructions) : EnglishWording.ItemLayout(Instructions);
}
