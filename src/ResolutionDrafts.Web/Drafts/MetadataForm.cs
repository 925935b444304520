using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>The masthead, kind, title and author line as a form edits them.</summary>
public sealed class MetadataForm
{
    public string Language { get; set; } = DraftLanguage.English;
    public DocumentKind Kind { get; set; } = DocumentKind.DraftResolution;

    /// <summary>
    /// The kind as chosen in the form. Changed to an adopted kind, a draft's "Limited" distribution becomes "General", as the
    /// adopted document is issued (A/RES/80/4: "Distr.: General"; its draft A/80/L.6 "Distr.: Limited"), and back again when
    /// changed to a draft; any other distribution is left as typed (ADR 0034, amendment 6). A method, not <see cref="Kind"/>'s
    /// setter: loading a stored draft into the form must never change its distribution, whatever order the fields are set in.
    /// </summary>
    public void ChangeKind(DocumentKind value)
    {
        if (value.IsAdopted() != Kind.IsAdopted())
        {
            var (from, to) = value.IsAdopted() ? (DistributionLimited, DistributionGeneral) : (DistributionGeneral, DistributionLimited);
            Distribution = string.Equals(Distribution?.Trim(), from, StringComparison.OrdinalIgnoreCase) ? to : Distribution;
        }

        Kind = value;
    }

    private const string DistributionLimited = "Limited";
    private const string DistributionGeneral = "General";
    public int? Revision { get; set; }
    public string? Symbol { get; set; }
    public string? Body { get; set; }
    public string? Committee { get; set; }
    public string? Session { get; set; }
    public string? PlaceAndDates { get; set; }
    public string? AgendaNumber { get; set; }
    public string? AgendaTitle { get; set; }
    public string? Distribution { get; set; }
    public string? Date { get; set; }
    public string? OriginalLanguage { get; set; }
    public string? AmendsSymbol { get; set; }
    public string? SubmittedBy { get; set; }
    public string? AdoptionLine { get; set; }

    /// <summary>An adopted resolution's "[on the report of the … Committee (…)]" and closing meeting and date (ADR 0034, amendment 1).</summary>
    public string? CommitteeLine { get; set; }
    public string? MeetingLine { get; set; }
    public string? MeetingDate { get; set; }

    /// <summary>The date printed before the meeting, as the older Chinese Official Records did (ADR 0034, amendment 3).</summary>
    public bool MeetingDateFirst { get; set; }

    /// <summary>
    /// The meeting each part of an adopted resolution in parts ends with, when it is its own (ADR 0034, amendment 3): every part
    /// but the last (whose meeting is the draft's, <see cref="MeetingLine"/>), and any part that holds one. Empty when it is the draft's.
    /// </summary>
    public List<PartMeeting> PartMeetings { get; set; } = [];

    /// <summary>An adopted text's draft symbol ("A/C.4/75/L.6"; ADR 0034, amendment 2).</summary>
    public string? DraftSymbol { get; set; }

    /// <summary>An adopted text's voting record, kept from the UN's AKN: not edited in the form, kept through it.</summary>
    public VotingRecord? Vote { get; set; }

    /// <summary>Whether the text prints its vote under the meeting (ADR 0034, amendment 3): kept through the form, as the vote is.</summary>
    public bool VotePrinted { get; set; }

    /// <summary>The draft's and the report's dates from the UN's workflow (ADR 0034, amendment 3): kept through the form, not edited in it.</summary>
    public string? DraftDate { get; set; }
    public string? ReportDate { get; set; }

    /// <summary>The report's symbol and paragraph and the meeting's record (ADR 0034, amendment 4): kept through the form, not edited in it.</summary>
    public string? ReportSymbol { get; set; }
    public string? ReportParagraph { get; set; }
    public string? MeetingRecord { get; set; }
    public string? AdoptionPhrase { get; set; }

    /// <summary>How sub-paragraphs are numbered ("(1) (a)"; empty for the UN's; ADR 0036).</summary>
    public string? SubParagraphNumbering { get; set; }

    /// <summary>How operative paragraphs are numbered ("(1)", "1)"; empty for the UN's "1."; ADR 0038).</summary>
    public string? OperativeNumbering { get; set; }
    public string Title { get; set; } = "";
    public string AuthorLine { get; set; } = "";

    public static MetadataForm From(Draft draft)
    {
        var m = draft.Metadata;
        return new MetadataForm
        {
            Language = draft.Language, Kind = draft.Kind, Revision = draft.Revision, Symbol = m.Symbol, Body = m.Body,
            Committee = m.Committee, Session = m.Session, PlaceAndDates = m.PlaceAndDates, AgendaNumber = m.AgendaItem?.Number,
            AgendaTitle = m.AgendaItem?.Title, Distribution = m.Distribution, Date = m.Date, OriginalLanguage = m.OriginalLanguage,
            AmendsSymbol = m.AmendsSymbol, SubmittedBy = m.SubmittedBy, AdoptionLine = m.AdoptionLine,
            CommitteeLine = m.CommitteeLine, MeetingLine = m.MeetingLine, MeetingDate = m.MeetingDate, MeetingDateFirst = m.MeetingDateFirst, DraftSymbol = m.DraftSymbol, Vote = m.Vote, VotePrinted = m.VotePrinted, DraftDate = m.DraftDate, ReportDate = m.ReportDate, ReportSymbol = m.ReportSymbol, ReportParagraph = m.ReportParagraph, MeetingRecord = m.MeetingRecord, AdoptionPhrase = m.AdoptionPhrase, SubParagraphNumbering = m.SubParagraphNumbering, OperativeNumbering = m.OperativeNumbering, Title = draft.Title, AuthorLine = draft.AuthorLine,
            PartMeetings = PartMeetingsOf(draft),
        };
    }

    private static List<PartMeeting> PartMeetingsOf(Draft draft)
    {
        var parts = Domain.Numbering.PartLetters.Parts(draft.Paragraphs);
        return [.. parts.Where((p, i) => i < parts.Count - 1 || p.Part.MeetingLine is not null || p.Part.MeetingDate is not null)
            .Select(p => new PartMeeting { Id = p.Paragraphs[0].Id, Letter = p.Letter, MeetingLine = p.Part.MeetingLine, MeetingDate = p.Part.MeetingDate })];
    }

    /// <summary>
    /// Each part's own meeting as the form holds it; a part whose meeting is left empty, or made the draft's, ends with the
    /// draft's (stored as none). A draft kind has none. A part no longer where the form found it stops the save, with why.
    /// </summary>
    private DomainResult ApplyPartMeetings(Draft draft)
    {
        foreach (var meeting in Kind.IsAdopted() ? PartMeetings : [])
        {
            if (draft.Paragraphs.FirstOrDefault(p => p.Id == meeting.Id) is not { Part: { } part })
            {
                return DomainResult.Fail($"Part {meeting.Letter} is no longer where it was (someone changed the parts meanwhile); its meeting was not saved. Open the form again.");
            }

            var (line, date) = (Clean(meeting.MeetingLine), Clean(meeting.MeetingDate));
            if ((line, date) == (draft.Metadata.MeetingLine, draft.Metadata.MeetingDate))
            {
                (line, date) = (null, null); // the draft's own: printed so, and kept as the importers keep it
            }

            if ((line, date) != (part.MeetingLine, part.MeetingDate) && draft.SetPart(meeting.Id, part with { MeetingLine = line, MeetingDate = date }) is { IsSuccess: false } refused)
            {
                return refused;
            }
        }

        // A draft has no meetings: its parts' go with the draft's.
        foreach (var paragraph in Kind.IsAdopted() ? [] : draft.Paragraphs.Where(p => p.Part is { MeetingLine: not null } or { MeetingDate: not null }).ToList())
        {
            draft.SetPart(paragraph.Id, paragraph.Part! with { MeetingLine = null, MeetingDate = null });
        }

        return DomainResult.Ok();
    }

    /// <summary>Applies every field; the first one the draft refuses stops it (and the caller stores nothing).</summary>
    public DomainResult ApplyTo(Draft draft)
    {
        var revision = Kind.IsRevised() ? Revision : null;
        Func<DomainResult>[] steps =
        [
            () => draft.SetLanguage(Language),
            () => draft.SetKind(Kind, revision),
            () => draft.SetMetadata(new DraftMetadata
            {
                Symbol = Clean(Symbol), Body = Clean(Body), Committee = Clean(Committee), Session = Clean(Session),
                PlaceAndDates = Clean(PlaceAndDates),
                AgendaItem = Clean(AgendaNumber) is null && Clean(AgendaTitle) is null ? null : new AgendaItem(AgendaNumber?.Trim() ?? "", AgendaTitle?.Trim() ?? ""),
                Distribution = Clean(Distribution), Date = Clean(Date), OriginalLanguage = Clean(OriginalLanguage),
                AmendsSymbol = Kind == DocumentKind.Amendment ? Clean(AmendsSymbol) : null,
                SubmittedBy = Kind == DocumentKind.Amendment ? null : Clean(SubmittedBy),
                AdoptionLine = Kind.IsAdopted() ? Clean(AdoptionLine) : null,
                // A draft has no committee or meeting line: they say how and where the text was adopted.
                CommitteeLine = Kind.IsAdopted() ? Clean(CommitteeLine) : null,
                MeetingLine = Kind.IsAdopted() ? Clean(MeetingLine) : null,
                MeetingDate = Kind.IsAdopted() ? Clean(MeetingDate) : null,
                MeetingDateFirst = Kind.IsAdopted() && MeetingDateFirst,
                DraftSymbol = Kind.IsAdopted() ? Clean(DraftSymbol) : null,
                Vote = Kind.IsAdopted() ? Vote : null,
                VotePrinted = Kind.IsAdopted() && Vote is not null && VotePrinted,
                DraftDate = Kind.IsAdopted() ? DraftDate : null,
                ReportDate = Kind.IsAdopted() ? ReportDate : null,
                ReportSymbol = Kind.IsAdopted() ? ReportSymbol : null,
                ReportParagraph = Kind.IsAdopted() ? ReportParagraph : null,
                MeetingRecord = Kind.IsAdopted() ? MeetingRecord : null,
                AdoptionPhrase = Kind.IsAdopted() ? AdoptionPhrase : null,
                SubParagraphNumbering = Clean(SubParagraphNumbering),
                OperativeNumbering = Clean(OperativeNumbering),
            }),
            () => ApplyPartMeetings(draft),
            () => draft.SetTitle(Title ?? ""),
            () => draft.SetAuthorLine(AuthorLine ?? ""),
        ];
        foreach (var step in steps)
        {
            var result = step();
            if (!result.IsSuccess)
            {
                return result;
            }
        }

        return DomainResult.Ok();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A part's own meeting in the masthead form: the paragraph opening the part, its letter, the meeting and its date.</summary>
public sealed class PartMeeting
{
    public string Id { get; set; } = "";
    public string Letter { get; set; } = "";
    public string? MeetingLine { get; set; }
    public string? MeetingDate { get; set; }
}
