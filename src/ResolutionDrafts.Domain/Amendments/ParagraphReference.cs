using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A paragraph or sub-paragraph as an amendment names it: by its place in the text the amendment
/// is made to ("operative paragraph 6 (d)"), and by its stable id so the name can be checked.
/// </summary>
/// <param name="Number">The number of the top-level paragraph among those of its kind (PP3 → 3).</param>
/// <param name="SubParagraph">The sub-paragraph markers below it, as in its label ("(d)", "(d) (i)"); "" for a paragraph.</param>
public sealed record ParagraphReference(string Id, ParagraphKind Kind, int Number, string SubParagraph = "")
{
    public bool IsSubParagraph => SubParagraph.Length > 0;

    /// <summary>The letter of the part it is in, in a resolution in parts ("B"); null otherwise.</summary>
    public string? Part { get; init; }

    /// <summary>
    /// The kind of the text when it is a decision, whose operative paragraphs are named by the text rather than as
    /// "operative paragraph n": "In the draft decision, …", "paragraph 2 of the draft decision" (ADR 0022); null otherwise.
    /// </summary>
    public DocumentKind? Decision { get; init; }

    /// <summary>
    /// A line of the quotation the paragraph or sub-paragraph holds (ADR 0028): named "the quoted text of operative
    /// paragraph 3" / "执行部分第3段所引案文", its <see cref="Id"/> the line's.
    /// </summary>
    public bool Quoted { get; init; }

    /// <summary>For a quoted line: its place in the quotation, from 1 ("line 2").</summary>
    public int? QuotedLine { get; init; }

    /// <summary>
    /// For a quoted line: the name says which line ("line 2 of the quoted text of operative paragraph 3" /
    /// "执行部分第3段所引案文第2行"), as it does when the words an instruction quotes are in another line too.
    /// </summary>
    public bool NamesLine { get; init; }

    /// <summary>
    /// The same place, however it is named (<see cref="NamesLine"/> aside, and <see cref="Unnumbered"/>: whether a single
    /// operative paragraph prints a number is the text's, not the place's, and proposals stored before a resolution's own
    /// single paragraph was named unnumbered still name its place).
    /// </summary>
    public bool IsSamePlace(ParagraphReference other) =>
        this with { NamesLine = false, Unnumbered = false, Language = null, Numbering = null, OperativeNumbering = null }
        == (other ?? throw new ArgumentNullException(nameof(other))) with { NamesLine = false, Unnumbered = false, Language = null, Numbering = null, OperativeNumbering = null };

    /// <summary>
    /// The language of the text the reference was made in (<see cref="ReferenceIndex"/>); null when it was made by hand. Not
    /// part of the place (<see cref="IsSamePlace"/>): it says how the place is labelled for the people reading the text.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// The sub-paragraph numbering of that text as a draft stores it ("(1) (a)"; null for the UN's, ADR 0036): which level
    /// of <see cref="SubParagraph"/> is numbered (i), (ii), so written ㈠, ㈡ in Chinese. Not part of the place either.
    /// </summary>
    public string? Numbering { get; init; }

    /// <summary>
    /// The operative numbering of that text as a draft stores it ("(a)", "I."; null for the UN's "1.", ADR 0038): a lettered or
    /// Roman operative paragraph is named as it prints, "operative paragraph (c)" / "执行部分(c)段", "operative paragraph III" /
    /// "执行部分第三段" (amendment 2); "(1)" and "1)" are named by their number as the UN's. Not part of the place.
    /// </summary>
    public string? OperativeNumbering { get; init; }

    /// <summary>The paragraph prints without a number (a single operative paragraph: a resolution's, a part's or a section's).</summary>
    public bool Unnumbered { get; init; }

    /// <summary>The section it is in when sections number their paragraphs from 1 again ("II"); null otherwise.</summary>
    public string? Section { get; init; }

    /// <summary>The negotiation label: "PP3", "OP6 (d)", "B OP3", "II OP3".</summary>
    public string Label => (Part is null ? "" : Part + " ") + (Section is null ? "" : Section + " ") + (Kind == ParagraphKind.Preambular ? "PP" : "OP")
        + Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (IsSubParagraph ? " " + SubParagraph : "");

    /// <summary>
    /// "the third preambular paragraph", "operative paragraph 6 (d)", "序言部分第三段", "执行部分第6(d)段";
    /// in a resolution in parts "operative paragraph 3 of resolution B", "决议B执行部分第3段"; in a section numbered
    /// on its own "operative paragraph 3 of section II", "第二节执行部分第3段".
    /// </summary>
    public string Name(string language) => ParagraphNames.Name(this, DraftLanguage.IsChinese(language));

    /// <summary>
    /// The label as a text in <paramref name="language"/> numbered <paramref name="numbering"/> (null: the UN's) labels the
    /// place: "OP1 (a) ㈠" in Chinese, "OP1 (a) (i)" in English, "OP1 (1) (c)" in both for a draft numbered "(1) (a)".
    /// <see cref="Label"/> is the form every language stores and compares (ADR 0016 amendment 10).
    /// </summary>
    public string LabelIn(string? language, SubParagraphNumbering? numbering) =>
        IsSubParagraph ? Label[..^SubParagraph.Length] + ParagraphLabels.MarkersIn(SubParagraph, language, numbering) : Label;

    /// <summary>
    /// The label as the page of the text the reference was made in shows it (its <see cref="Language"/> and
    /// <see cref="Numbering"/>): what a reason a proposal no longer applies or is refused names (ADR 0016 amendment 12).
    /// </summary>
    public string PageLabel => LabelIn(Language, NumberingOf(this));

    /// <summary>The numbering a reference was made in; the UN's when it names none or one that cannot be read.</summary>
    internal static SubParagraphNumbering NumberingOf(ParagraphReference reference) =>
        SubParagraphNumbering.TryParse(reference.Numbering, out var numbering, out _) ? numbering : SubParagraphNumbering.Un;

    public override string ToString() => Label;
}
