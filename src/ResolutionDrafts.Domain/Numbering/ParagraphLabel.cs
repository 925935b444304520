using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// The computed position of a paragraph or sub-paragraph. <see cref="Label"/> is the negotiation
/// label ("PP3", "OP2 (a) (i)"); <see cref="Marker"/> is what the printed text shows in front of
/// it ("2.", "(a)", "(i)", "a.", or "" for preambular and single operative paragraphs). In a
/// resolution in parts, <see cref="Part"/> is the part's letter, numbers restart in each part and
/// the label begins with the letter ("B OP3 (a)").
/// </summary>
public sealed record ParagraphLabel(string Id, ParagraphKind Kind, int Number, int Depth, string Label, string Marker, string? Part = null)
{
    /// <summary>
    /// The section it is in when its section numbers its paragraphs from 1 again ("II"), else null; the label
    /// then carries it after the part's letter ("II OP3", "B II OP3"; ADR 0016).
    /// </summary>
    public string? Section { get; init; }

    /// <summary>How the level of this sub-paragraph is numbered (ADR 0036); for a paragraph, the UN's first level's.</summary>
    public NumberStyle Style { get; init; }

    /// <summary>
    /// The marker as a text in <paramref name="language"/> prints it: the UN's Chinese texts number the second level
    /// of sub-paragraphs ㈠, ㈡ … where the English print (i), (ii) (the corpus's Chinese files: &lt;num&gt;㈠&lt;/num&gt;),
    /// and so does a Chinese text whose level numbered (i) is another (ADR 0036); every other marker prints as
    /// <see cref="Marker"/>. <see cref="Label"/> follows the draft's language too (ADR 0016 amendment 10); wordings name
    /// the level so ("执行部分第28(a)㈠段").
    /// </summary>
    public string PrintedMarker(string language) =>
        Depth > 0 && Marker.Length > 0 ? SubParagraphNumbering.Printed(Style, Number, DraftLanguage.IsChinese(language)) : Marker;
}
