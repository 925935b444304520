using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>What an importer recognised in a document: the common ground of the text, DOCX and AKN importers.</summary>
internal sealed class ParsedDocument
{
    public string Language { get; set; } = DraftLanguage.English;

    public DocumentKind Kind { get; set; } = DocumentKind.DraftResolution;

    public int? Revision { get; set; }

    public DraftMetadata Metadata { get; set; } = DraftMetadata.Empty;

    public List<Sponsor> Sponsors { get; } = [];

    /// <summary>Who submitted a text no State sponsors ("the Chair of the Committee following informal consultations").</summary>
    public string? SubmittedBy { get; set; }

    public string Title { get; set; } = "";

    public string AuthorLine { get; set; } = "";

    public List<ParsedNode> Paragraphs { get; } = [];

    /// <summary>
    /// The text reader's numbering of sub-paragraphs by depth (index 1 to 4) as it has read it so far, kept across the parts of
    /// a resolution in parts; the UN's until a list numbered otherwise opens a level (ADR 0036).
    /// </summary>
    public Domain.Numbering.NumberStyle[] SubStyles { get; } = [.. Enumerable.Range(0, 5).Select(d => Domain.Numbering.SubParagraphNumbering.Default(d))];

    /// <summary>
    /// How the file says its operative paragraphs are numbered ("(1)", "1)"; our own DOCX's custom property, ADR 0038), or null:
    /// the text reader then takes such a number for the next operative paragraph without asking for an operative verb.
    /// </summary>
    public string? OperativeNumberingGiven { get; set; }

    /// <summary>The operative paragraphs print numbers of more than one numbering ("(1)" and "2."); a warning says which was kept (ADR 0038).</summary>
    public bool OperativeNumberingDoubt { get; set; }

    /// <summary>
    /// The text reader took letters ("(a) Notes …") or Roman numerals ("I. Decides …") for the operative paragraphs' own numbers
    /// from the words alone, where the UN's "(a)" is a sub-paragraph and its "I." a section's heading; a warning says so and the
    /// preview lists the doubt (ADR 0038 amendment 1). Not set when the file says its numbering (our DOCX) or its structure does (AKN).
    /// </summary>
    public bool OperativeNumberingFromWords { get; set; }

    /// <summary>The depths whose numbering <see cref="SubStyles"/> has seen in the text (a list of that level was read).</summary>
    public bool[] SubStylesSeen { get; } = new bool[5];

    /// <summary>Footnote texts by number, as printed.</summary>
    public SortedDictionary<int, string> Footnotes { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>How many of the <see cref="Warnings"/> doubt how sub-paragraphs are numbered (ADR 0036): the preview says so.</summary>
    public int NumberingDoubts { get; private set; }

    /// <summary>A warning that doubts how sub-paragraphs are numbered.</summary>
    public void AddNumberingDoubt(string warning)
    {
        Warnings.Add(warning);
        NumberingDoubts++;
    }

    /// <summary>Footnote references placed by a guess, or not placed, where the text typed them as plain digits.</summary>
    public List<FootnoteDoubt> FootnoteDoubts { get; } = [];

    /// <summary>The lines of the input as the reader saw them (text and Word), for the review of what became nothing.</summary>
    public List<string> SourceLines { get; } = [];

    /// <summary>
    /// Lines left out on purpose and said in a warning: the meeting, date and vote record after the last paragraph. The
    /// review does not list them again as lines that became nothing.
    /// </summary>
    public List<string> Record { get; } = [];

    /// <summary>
    /// Lines of the front matter the reader gave no place in the draft (a masthead's column it recognised as nothing, a second
    /// distribution that says otherwise): the review lists them, also where the other column of their line was read.
    /// </summary>
    public List<string> Unplaced { get; } = [];
}
