namespace ResolutionDrafts.Contracts.Drafts;

/// <summary>The draft JSON interchange format (docs/draft-format.md), field for field.</summary>
public sealed record DraftDto
{
    public string? Language { get; init; }
    public string? Kind { get; init; }
    public int? Revision { get; init; }
    public string? Symbol { get; init; }
    public string? Body { get; init; }
    public string? Committee { get; init; }
    public string? Session { get; init; }
    public string? PlaceAndDates { get; init; }
    public AgendaItemDto? AgendaItem { get; init; }
    public string? Distribution { get; init; }
    public string? Date { get; init; }
    public string? OriginalLanguage { get; init; }
    public string? AmendsSymbol { get; init; }
    public string? SubmittedBy { get; init; }
    /// <summary>An adopted Security Council resolution's "Adopted by the Security Council at its … meeting, on …".</summary>
    public string? AdoptionLine { get; init; }
    /// <summary>An adopted GA resolution's "[on the report of the Third Committee (A/76/462, para. 12)]", brackets included (ADR 0034, amendment 1).</summary>
    public string? CommitteeLine { get; init; }
    /// <summary>The meeting an adopted GA resolution closes with: "41st plenary meeting".</summary>
    public string? MeetingLine { get; init; }
    /// <summary>The date printed under the meeting line: "10 December 2020".</summary>
    public string? MeetingDate { get; init; }
    /// <summary>True when the text prints the meeting's date before the meeting, as the older Chinese Official Records did (ADR 0034, amendment 3); absent otherwise.</summary>
    public bool? MeetingDateFirst { get; init; }
    /// <summary>The symbol of the draft an adopted text was adopted from: "A/C.4/75/L.6" (ADR 0034, amendment 2).</summary>
    public string? DraftSymbol { get; init; }
    /// <summary>How an adopted text was voted on, as the UN's AKN records it (ADR 0034, amendment 2).</summary>
    public VotingDto? Vote { get; init; }
    /// <summary>True when the text prints its vote under the meeting, as the Human Rights Council does (ADR 0034, amendment 3); absent otherwise.</summary>
    public bool? VotePrinted { get; init; }
    /// <summary>The date of the draft an adopted text was adopted from, "2020-10-28" (ADR 0034, amendment 3).</summary>
    public string? DraftDate { get; init; }
    /// <summary>The date of the report that recommended it for adoption, "2020-12-03".</summary>
    public string? ReportDate { get; init; }
    /// <summary>The report that recommended it, "A/75/414", and its paragraph, "8" (ADR 0034, amendment 4).</summary>
    public string? ReportSymbol { get; init; }
    public string? ReportParagraph { get; init; }
    /// <summary>The record of the meeting that adopted it: "A/75/PV.41", "A78/VR/8" (ADR 0034, amendment 4).</summary>
    public string? MeetingRecord { get; init; }
    /// <summary>The UN's workflow's phrase on its adopted step where it names no record: "Adopted without vote, 90th plenary meeting" (ADR 0034, amendment 7).</summary>
    public string? AdoptionPhrase { get; init; }
    /// <summary>How sub-paragraphs are numbered when not as the UN numbers them: the levels' first markers, "(1) (a)" (ADR 0036); absent for the UN's.</summary>
    public string? SubParagraphNumbering { get; init; }
    /// <summary>How operative paragraphs are numbered when not as the UN numbers them ("1."): "(1)" or "1)" (ADR 0038); absent for the UN's.</summary>
    public string? OperativeNumbering { get; init; }
    public List<SponsorDto>? Sponsors { get; init; }
    public string? Title { get; init; }
    public string? AuthorLine { get; init; }
    public List<ParagraphDto>? Paragraphs { get; init; }
    public List<FootnoteDto>? Footnotes { get; init; }
}

public sealed record AgendaItemDto(string? Number, string? Title);

/// <summary>A voting record: "adoptedWithoutVote", or "adoptedRecordedVote" with each position's count and States.</summary>
public sealed record VotingDto
{
    public string? Outcome { get; init; }
    public List<VoteCountDto>? Counts { get; init; }
}

/// <summary>One position of a recorded vote: "inFavour", 175, ["AFGHANISTAN", …].</summary>
public sealed record VoteCountDto
{
    public string? Position { get; init; }
    public int? Count { get; init; }
    public List<string>? Voters { get; init; }
}

public sealed record SponsorDto
{
    public string? Name { get; init; }
    public bool Additional { get; init; }
    public DateOnly? Joined { get; init; }
    public string? OnBehalfOf { get; init; }
}

public sealed record ParagraphDto
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Heading { get; init; }

    /// <summary>The part this paragraph opens in a resolution in parts (ADR 0016); absent otherwise (older files have none).</summary>
    public PartDto? Part { get; init; }

    /// <summary>True when the paragraph opens a section numbered from 1 again (ADR 0016); absent otherwise.</summary>
    public bool? Section { get; init; }

    public string? Text { get; init; }

    /// <summary>The agreed language the wording was taken from; absent for most paragraphs (older files have none).</summary>
    public SourceDto? Source { get; init; }

    public List<ParagraphDto>? Subparagraphs { get; init; }

    /// <summary>The quotation this paragraph holds after its text, line by line (ADR 0028); absent when it quotes nothing.</summary>
    public List<QuotedLineDto>? Quotation { get; init; }

    /// <summary>The table this paragraph introduces (ADR 0029); absent for most paragraphs (older files have none).</summary>
    public TableDto? Table { get; init; }
}

/// <summary>One line of a quotation (<see cref="ResolutionDrafts.Domain.Drafts.QuotedLine"/>).</summary>
public sealed record QuotedLineDto
{
    public string? Id { get; init; }
    public string? Text { get; init; }
}

/// <summary>A paragraph's table (<see cref="ResolutionDrafts.Domain.Drafts.DraftTable"/>): its header rows and rows of cells.</summary>
public sealed record TableDto
{
    public int HeaderRows { get; init; }
    public List<TableRowDto>? Rows { get; init; }
}

public sealed record TableRowDto
{
    public string? Id { get; init; }

    /// <summary>Absent for a body row; "header" (a later table's header), "caption" (a sub-heading) or "note" (ADR 0029, amendment 2).</summary>
    public string? Kind { get; init; }
    public List<TableCellDto>? Cells { get; init; }
}

/// <summary>A cell's text and, when it is merged across columns, how many it spans (absent: 1).</summary>
public sealed record TableCellDto
{
    public string? Text { get; init; }
    public int? Span { get; init; }
}

/// <summary>A paragraph's agreed-language source (<see cref="ResolutionDrafts.Domain.Drafts.AgreedLanguage"/>).</summary>
public sealed record SourceDto
{
    public string? Symbol { get; init; }
    public string? Label { get; init; }
    public string? Year { get; init; }
    public string? Language { get; init; }
    public string? Text { get; init; }

    /// <summary>True when the source is an adopted decision (cited "decision 76/515"); absent for a resolution.</summary>
    public bool? Decision { get; init; }
}

public sealed record FootnoteDto(int Number, string? Text);

/// <summary>The title and author line of a part of a resolution in parts (<see cref="ResolutionDrafts.Domain.Drafts.DraftPart"/>).</summary>
public sealed record PartDto
{
    public string? Title { get; init; }
    public string? AuthorLine { get; init; }
    /// <summary>An adopted text's meeting at the end of this part, when not the draft's own (ADR 0034, amendment 2).</summary>
    public string? MeetingLine { get; init; }
    public string? MeetingDate { get; init; }
}
