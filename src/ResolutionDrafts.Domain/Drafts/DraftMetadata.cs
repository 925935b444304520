namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// What the masthead and the first-page blocks print. Every field is optional text because real
/// documents omit different parts (a conference draft has place and dates, a GA draft does not).
/// </summary>
public sealed record DraftMetadata
{
    public static readonly DraftMetadata Empty = new();

    /// <summary>The organ or body: "General Assembly", "Conference of the States Parties to ...".</summary>
    public string? Body { get; init; }

    /// <summary>A main committee or subsidiary body under the organ: "Third Committee".</summary>
    public string? Committee { get; init; }

    public string? Session { get; init; }

    public string? PlaceAndDates { get; init; }

    public AgendaItem? AgendaItem { get; init; }

    /// <summary>The document symbol: "A/C.3/80/L.20/Rev.1".</summary>
    public string? Symbol { get; init; }

    /// <summary>"Limited", "General".</summary>
    public string? Distribution { get; init; }

    /// <summary>The date of issue as printed ("7 October 2025", "2017年11月9日").</summary>
    public string? Date { get; init; }

    /// <summary>The language the text was originally written in, as a language code ("en").</summary>
    public string? OriginalLanguage { get; init; }

    /// <summary>For an amendment: the symbol of the draft resolution it amends.</summary>
    public string? AmendsSymbol { get; init; }

    /// <summary>
    /// Who put the text forward when no State did, as the sponsors line says after "submitted by":
    /// "the Chair of the Committee following informal consultations", "the President of the General
    /// Assembly". Such a draft has no sponsors; it prints "Draft resolution submitted by …".
    /// </summary>
    public string? SubmittedBy { get; init; }

    /// <summary>
    /// How an adopted text says it was adopted, as printed: a Security Council resolution's line under its number, "Adopted
    /// by the Security Council at its 9912th meeting, on 14 May 2026" / "2026年5月14日安全理事会第9912次会议通过"; a General
    /// Assembly resolution's heading with its date, "Resolution adopted by the General Assembly on 6 December 2021" /
    /// "2021年12月6日大会决议", printed in place of the plain heading (<see cref="AdoptionHeading"/>).
    /// </summary>
    public string? AdoptionLine { get; init; }

    /// <summary>
    /// An adopted General Assembly resolution's bracketed line on how it came to the plenary, as printed under its heading:
    /// "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/414, para. 8)]",
    /// "[without reference to a Main Committee (A/76/L.2)]", "[根据第三委员会的报告(A/76/462/Add.2，第138段)]" (ADR 0034,
    /// amendment 1). Brackets included; an adopted text's only.
    /// </summary>
    public string? CommitteeLine { get; init; }

    /// <summary>
    /// The meeting an adopted General Assembly resolution closes with, as printed at its end: "41st plenary meeting" /
    /// "第41次全体会议"; its date on the line under it is <see cref="MeetingDate"/> (ADR 0034, amendment 1).
    /// </summary>
    public string? MeetingLine { get; init; }

    /// <summary>The date printed under <see cref="MeetingLine"/>: "10 December 2020" / "2020年12月10日".</summary>
    public string? MeetingDate { get; init; }

    /// <summary>
    /// True when the text prints <see cref="MeetingDate"/> before <see cref="MeetingLine"/>, as the Chinese Official Records
    /// did ("1995年12月12日" / "第90次全体会议", A/RES/50/72): printed so, as issued (ADR 0034, amendment 3). The same for every
    /// part's meeting. False, the current order, for any text that does not say otherwise.
    /// </summary>
    public bool MeetingDateFirst { get; init; }

    /// <summary>
    /// The meeting and its date in the order the text prints them — the meeting first, or the date first when
    /// <see cref="MeetingDateFirst"/> — for the draft's own meeting, or, given a part, the meeting printed at the end of that part
    /// (its own, else the draft's: <see cref="DraftPart.MeetingOr"/>). Always two lines, the meeting's and the date's; a line
    /// the text does not print has no text. The one place the order is decided: the page, the import preview, DOCX and AKN
    /// print through it (ADR 0034, amendment 3).
    /// </summary>
    public IReadOnlyList<PrintedMeetingLine> MeetingInPrintedOrder(DraftPart? part = null)
    {
        var (line, date) = part?.MeetingOr(this) ?? (MeetingLine, MeetingDate);
        return InPrintedOrder(line, date);
    }

    /// <summary>A meeting and date already chosen (a part's, <see cref="DraftPart.MeetingOr"/>) in the order this text prints them.</summary>
    public IReadOnlyList<PrintedMeetingLine> InPrintedOrder(string? line, string? date) =>
        MeetingDateFirst ? [new(date, IsDate: true), new(line, IsDate: false)] : [new(line, IsDate: false), new(date, IsDate: true)];

    /// <summary>
    /// The symbol of the draft an adopted text was adopted from, as the UN's workflow gives it: "A/C.4/75/L.6",
    /// "A/75/L.59 (as amended in A/75/L.60)" (ADR 0034, amendment 2). The page of a resolution adopted on a committee's
    /// report does not print it (its committee line names the report); one adopted without reference to a Main Committee
    /// prints it in its committee line. An adopted text's only.
    /// </summary>
    public string? DraftSymbol { get; init; }

    /// <summary>
    /// The date of the draft an adopted text was adopted from, as the UN's workflow dates its draft step ("2020-10-28", ISO
    /// 8601; ADR 0034, amendment 3); null when the file does not say (its "0001-01-01"). Shown under the text with the draft's symbol.
    /// </summary>
    public string? DraftDate { get; init; }

    /// <summary>The date of the report that recommended the text for adoption, as the workflow's report step dates it (ISO 8601); null when unknown.</summary>
    public string? ReportDate { get; init; }

    /// <summary>
    /// The symbol of the report that recommended an adopted text, as the UN's workflow gives it on its report step
    /// (<c>recommendedForAdoption as="A/75/414"</c>) or its committee line prints it ("(A/75/414, para. 8)"; ADR 0034, amendment 4).
    /// </summary>
    public string? ReportSymbol { get; init; }

    /// <summary>The paragraph of that report that recommended the text, "8" (the step's <c>refersTo</c>, the committee line's "para. 8" / "第8段").</summary>
    public string? ReportParagraph { get; init; }

    /// <summary>
    /// The record of the meeting that adopted the text: the General Assembly's verbatim record "A/75/PV.41" (the workflow's
    /// <c>adopted</c> step's <c>as</c>), the World Health Assembly's "A78/VR/8" printed under its meeting line, the Executive
    /// Board's summary record "EB156/SR/5" (ADR 0034, amendment 4). An adopted text's only.
    /// </summary>
    public string? MeetingRecord { get; init; }

    /// <summary>
    /// The phrase the UN's workflow gives its <c>adopted</c> step where it names no meeting record ("Adopted without vote, 90th
    /// plenary meeting", "Adopted 133-3-0, 88th plenary meeting"; the step's <c>as</c>, in English in the Chinese files too;
    /// ADR 0034, amendment 7). Kept as the file words it, shown with the adoption facts, written back on our AKN's step. An
    /// adopted text's only; null when the step names a record or nothing.
    /// </summary>
    public string? AdoptionPhrase { get; init; }

    /// <summary>How an adopted text was voted on, as the UN's AKN records it (ADR 0034, amendment 2); null when nothing says.</summary>
    public VotingRecord? Vote { get; init; }

    /// <summary>
    /// True when the text prints <see cref="Vote"/> under its meeting and date, as the Human Rights Council does ("[Adopted by a
    /// recorded vote of 23 to 12, with 12 abstentions. …]"; ADR 0034, amendment 3): the page, DOCX and AKN print it there. False
    /// for a vote only the UN's records hold (the General Assembly's page prints none): shown under the text as a reader's note.
    /// </summary>
    public bool VotePrinted { get; init; }

    /// <summary>
    /// How sub-paragraphs are numbered level by level when not as the UN numbers them ((a), (i), a., i.): the levels' first
    /// markers, "(1) (a)" for a World Health Assembly resolution; null for the UN's (ADR 0036,
    /// <see cref="Numbering.SubParagraphNumbering"/>). Not printed in the masthead: the labels and markers follow it.
    /// </summary>
    public string? SubParagraphNumbering { get; init; }

    /// <summary>
    /// How operative paragraphs are numbered when not as the UN numbers them ("1.", "2."): "(1)" or "1)" as another body
    /// prints them (a World Health Assembly text's "(1) Decides …"); null for the UN's (ADR 0038,
    /// <see cref="Numbering.OperativeNumbering"/>). Not printed in the masthead: the operative markers follow it.
    /// </summary>
    public string? OperativeNumbering { get; init; }

    /// <summary>Why one of the fields cannot be a masthead field (<see cref="ShortText.Problem"/>), or null.</summary>
    public string? Problem() => Fields().Select(f => ShortText.Problem(f.Value, f.Name)).FirstOrDefault(p => p is not null)
        ?? (Numbering.SubParagraphNumbering.TryParse(SubParagraphNumbering, out _, out var problem) ? null : problem)
        ?? (Numbering.OperativeNumbering.TryParse(OperativeNumbering, out _, out var operativeProblem) ? null : operativeProblem)
        ?? Vote?.Problem()
        ?? (IsoDate.IsDate(DraftDate) ? null : "The draft's date must be a date such as 2020-10-28.")
        ?? (IsoDate.IsDate(ReportDate) ? null : "The report's date must be a date such as 2020-12-03.");

    /// <summary>Every field as a one-line field (<see cref="ShortText.Clean"/>), for text from outside.</summary>
    public DraftMetadata Cleaned() => this with
    {
        Body = CleanOrNull(Body), Committee = CleanOrNull(Committee), Session = CleanOrNull(Session), PlaceAndDates = CleanOrNull(PlaceAndDates),
        AgendaItem = AgendaItem is null ? null : new AgendaItem(ShortText.Clean(AgendaItem.Number), ShortText.Clean(AgendaItem.Title)),
        Symbol = CleanOrNull(Symbol), Distribution = CleanOrNull(Distribution), Date = CleanOrNull(Date),
        OriginalLanguage = CleanOrNull(OriginalLanguage), AmendsSymbol = CleanOrNull(AmendsSymbol),
        SubmittedBy = CleanOrNull(SubmittedBy), AdoptionLine = CleanOrNull(AdoptionLine),
        CommitteeLine = CleanOrNull(CommitteeLine), MeetingLine = CleanOrNull(MeetingLine), MeetingDate = CleanOrNull(MeetingDate),
        DraftSymbol = CleanOrNull(DraftSymbol), Vote = Vote?.Cleaned(),
        ReportSymbol = CleanOrNull(ReportSymbol), ReportParagraph = CleanOrNull(ReportParagraph), MeetingRecord = CleanOrNull(MeetingRecord),
        AdoptionPhrase = CleanOrNull(AdoptionPhrase),
        SubParagraphNumbering = Numbering.SubParagraphNumbering.TryParse(SubParagraphNumbering, out var numbering, out _) ? numbering.Text : SubParagraphNumbering,
        OperativeNumbering = Numbering.OperativeNumbering.TryParse(OperativeNumbering, out var operative, out _) ? operative : OperativeNumbering,
    };

    private IEnumerable<(string Name, string? Value)> Fields() =>
    [
        ("The body", Body), ("The committee", Committee), ("The session", Session), ("The place and dates", PlaceAndDates),
        ("The agenda item's number", AgendaItem?.Number), ("The agenda item's title", AgendaItem?.Title), ("The symbol", Symbol),
        ("The distribution", Distribution), ("The date", Date), ("The original language", OriginalLanguage), ("The symbol amended", AmendsSymbol),
        ("Submitted by", SubmittedBy), ("The adoption line", AdoptionLine),
        ("The committee line", CommitteeLine), ("The meeting line", MeetingLine), ("The meeting's date", MeetingDate),
        ("The draft's symbol", DraftSymbol), ("The report's symbol", ReportSymbol), ("The report's paragraph", ReportParagraph),
        ("The meeting's record", MeetingRecord), ("The adoption step's phrase", AdoptionPhrase),
    ];

    private static string? CleanOrNull(string? text) => text is null ? null : ShortText.Clean(text);
}
