using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Contracts.Drafts;

/// <summary>
/// Between a <see cref="Draft"/> and its JSON shape (<see cref="DraftDto"/>): what a draft file, an
/// API body and a hub snapshot hold. Building a draft goes through its behaviour methods, so a
/// shape that breaks a rule is refused with the rule's message and where it was broken.
/// </summary>
public static class DraftMapping
{
    /// <summary>
    /// A one-line field with a line break or an invisible control is refused from a file or a tool
    /// (<see cref="ShortText"/>); a stored draft (verbatim) is read as it was saved.
    /// </summary>
    private static DomainResult? OneLine(bool verbatim, string what, string? text) =>
        !verbatim && ShortText.Problem(text, what) is { } problem ? DomainResult.Fail(problem) : null;

    private static DomainResult SetMetadata(Draft draft, bool verbatim, DraftMetadata metadata) =>
        !verbatim && metadata.Problem() is { } problem ? DomainResult.Fail(problem) : draft.SetMetadata(metadata);

    public static DraftDto ToDto(Draft draft)
    {
        var m = draft.Metadata;
        return new DraftDto
        {
            Language = draft.Language,
            Kind = KindName(draft.Kind),
            Revision = draft.Revision,
            Symbol = m.Symbol,
            Body = m.Body,
            Committee = m.Committee,
            Session = m.Session,
            PlaceAndDates = m.PlaceAndDates,
            AgendaItem = m.AgendaItem is null ? null : new AgendaItemDto(m.AgendaItem.Number, m.AgendaItem.Title),
            Distribution = m.Distribution,
            Date = m.Date,
            OriginalLanguage = m.OriginalLanguage,
            AmendsSymbol = m.AmendsSymbol,
            SubmittedBy = m.SubmittedBy,
            AdoptionLine = m.AdoptionLine,
            CommitteeLine = m.CommitteeLine,
            MeetingLine = m.MeetingLine,
            MeetingDate = m.MeetingDate,
            MeetingDateFirst = m.MeetingDateFirst ? true : null,
            VotePrinted = m.VotePrinted ? true : null,
            DraftDate = m.DraftDate,
            ReportDate = m.ReportDate,
            ReportSymbol = m.ReportSymbol,
            ReportParagraph = m.ReportParagraph,
            MeetingRecord = m.MeetingRecord,
            AdoptionPhrase = m.AdoptionPhrase,
            DraftSymbol = m.DraftSymbol,
            Vote = m.Vote is null ? null : new VotingDto
            {
                Outcome = m.Vote.Outcome,
                Counts = m.Vote.Counts.Select(c => new VoteCountDto { Position = c.Position, Count = c.Count, Voters = [.. c.Voters] }).ToList(),
            },
            SubParagraphNumbering = m.SubParagraphNumbering,
            OperativeNumbering = m.OperativeNumbering,
            Sponsors = draft.Sponsors.Select(s => new SponsorDto { Name = s.Name, Additional = s.Additional, Joined = s.Joined, OnBehalfOf = s.OnBehalfOf }).ToList(),
            Title = draft.Title,
            AuthorLine = draft.AuthorLine,
            Paragraphs = draft.Paragraphs.Select(p => new ParagraphDto
            {
                Id = p.Id,
                Kind = p.Kind == ParagraphKind.Operative ? "operative" : "preambular",
                Heading = p.Heading,
                Part = p.Part is { } part ? new PartDto { Title = part.Title, AuthorLine = part.AuthorLine, MeetingLine = part.MeetingLine, MeetingDate = part.MeetingDate } : null,
                Section = p.OpensSection ? true : null,
                Text = p.Text,
                Source = SourceDtoOf(p.Source),
                Subparagraphs = SubDtos(p),
                Quotation = QuotationDtos(p),
                Table = DraftTableMapping.ToDto(p.Table),
            }).ToList(),
            Footnotes = draft.Footnotes.Select(f => new FootnoteDto(f.Number, f.Text)).ToList(),
        };
    }

    public static DomainResult<Draft> FromDto(DraftDto dto, bool verbatim = false)
    {
        var kind = ParseKind(dto.Kind);
        if (kind is null)
        {
            return DomainResult<Draft>.Fail($"kind: '{dto.Kind}' is not one of draftResolution, revisedDraftResolution, amendment, adoptedResolution.");
        }

        var created = Draft.Create(dto.Language ?? "", kind.Value, dto.Revision);
        if (!created.IsSuccess)
        {
            return DomainResult<Draft>.Fail((dto.Language is null ? "language: " : "") + created.Error);
        }

        var draft = created.Value!;
        var steps = new List<(string Where, Func<DomainResult> Step)>
        {
            ("metadata", () => SetMetadata(draft, verbatim, new DraftMetadata
            {
                Symbol = Blank(dto.Symbol), Body = Blank(dto.Body), Committee = Blank(dto.Committee), Session = Blank(dto.Session),
                PlaceAndDates = Blank(dto.PlaceAndDates),
                AgendaItem = dto.AgendaItem is { } a && (Blank(a.Number) ?? Blank(a.Title)) is not null ? new AgendaItem(a.Number?.Trim() ?? "", a.Title?.Trim() ?? "") : null,
                Distribution = Blank(dto.Distribution), Date = Blank(dto.Date), OriginalLanguage = Blank(dto.OriginalLanguage),
                AmendsSymbol = Blank(dto.AmendsSymbol), SubmittedBy = Blank(dto.SubmittedBy),
                AdoptionLine = Blank(dto.AdoptionLine),
                CommitteeLine = Blank(dto.CommitteeLine), MeetingLine = Blank(dto.MeetingLine), MeetingDate = Blank(dto.MeetingDate),
                DraftSymbol = Blank(dto.DraftSymbol), MeetingDateFirst = dto.MeetingDateFirst == true, VotePrinted = dto.VotePrinted == true,
                DraftDate = Blank(dto.DraftDate), ReportDate = Blank(dto.ReportDate),
                ReportSymbol = Blank(dto.ReportSymbol), ReportParagraph = Blank(dto.ReportParagraph), MeetingRecord = Blank(dto.MeetingRecord),
                AdoptionPhrase = Blank(dto.AdoptionPhrase),
                Vote = Blank(dto.Vote?.Outcome) is { } outcome
                    ? new VotingRecord(outcome, (dto.Vote!.Counts ?? []).Select(c => new VoteCount(c.Position?.Trim() ?? "", c.Count, (c.Voters ?? []).Select(v => v?.Trim() ?? "").ToList())).ToList())
                    : null,
                SubParagraphNumbering = Blank(dto.SubParagraphNumbering),
                OperativeNumbering = Blank(dto.OperativeNumbering),
            })),
            ("title", () => OneLine(verbatim, "The title", dto.Title) ?? draft.SetTitle(dto.Title ?? "")),
            ("authorLine", () => OneLine(verbatim, "The author line", dto.AuthorLine) ?? draft.SetAuthorLine(dto.AuthorLine ?? "")),
        };
        foreach (var (i, s) in (dto.Sponsors ?? []).Index())
        {
            steps.Add(($"sponsors[{i}]", () => OneLine(verbatim, "A sponsor's name", s.Name) ?? OneLine(verbatim, "An \"on behalf of\" note", s.OnBehalfOf)
                ?? draft.AddSponsor(new Sponsor(s.Name ?? "", s.Additional, s.Joined, s.OnBehalfOf))));
        }

        foreach (var (i, f) in (dto.Footnotes ?? []).Index())
        {
            steps.Add(($"footnotes[{i}]", () => draft.AddFootnote(f.Number, f.Text ?? "")));
        }

        foreach (var (where, step) in steps)
        {
            var result = step();
            if (!result.IsSuccess)
            {
                return DomainResult<Draft>.Fail($"{where}: {result.Error}");
            }
        }

        foreach (var (i, p) in (dto.Paragraphs ?? []).Index())
        {
            var where = $"paragraphs[{i}]";
            ParagraphKind? paragraphKind = p.Kind switch
            {
                "preambular" => ParagraphKind.Preambular,
                "operative" => ParagraphKind.Operative,
                _ => null,
            };
            if (paragraphKind is null)
            {
                return DomainResult<Draft>.Fail($"{where}.kind: '{p.Kind}' is not \"preambular\" or \"operative\".");
            }

            var id = Blank(p.Id) ?? ParagraphIds.New();
            var added = verbatim
                ? new InsertParagraph(id, paragraphKind.Value, draft.Paragraphs.Count, p.Text ?? "", Blank(p.Heading)).Apply(draft)
                : draft.InsertParagraph(paragraphKind.Value, p.Text ?? "", id: id, heading: p.Heading).Untyped();
            if (!added.IsSuccess)
            {
                return DomainResult<Draft>.Fail($"{where}: {added.Error}");
            }

            if (SetSource(draft, id, p.Source, where) is { } badSource)
            {
                return DomainResult<Draft>.Fail(badSource);
            }

            if (p.Part is { } part && draft.SetPart(id, new DraftPart(part.Title ?? "", part.AuthorLine ?? "") { MeetingLine = Blank(part.MeetingLine), MeetingDate = Blank(part.MeetingDate) }) is { IsSuccess: false } badPart)
            {
                return DomainResult<Draft>.Fail($"{where}.part: {badPart.Error}");
            }

            if (p.Section == true)
            {
                draft.SetSection(id, true);
            }

            if (DraftTableMapping.Set(draft, id, p.Table, where) is { } badTable)
            {
                return DomainResult<Draft>.Fail(badTable);
            }

            var subs = AddQuotation(draft, id, p.Quotation, where, verbatim) ?? AddSubs(draft, id, p.Subparagraphs, where, verbatim);
            if (subs is not null)
            {
                return DomainResult<Draft>.Fail(subs);
            }
        }

        return DomainResult<Draft>.Ok(draft);
    }

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.DraftResolution => "draftResolution",
        DocumentKind.RevisedDraftResolution => "revisedDraftResolution",
        DocumentKind.Amendment => "amendment",
        DocumentKind.AdoptedResolution => "adoptedResolution",
        DocumentKind.DraftDecision => "draftDecision",
        DocumentKind.RevisedDraftDecision => "revisedDraftDecision",
        DocumentKind.AdoptedDecision => "adoptedDecision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static DocumentKind? ParseKind(string? name) => name switch
    {
        "draftResolution" or null => DocumentKind.DraftResolution,
        "revisedDraftResolution" => DocumentKind.RevisedDraftResolution,
        "amendment" => DocumentKind.Amendment,
        "adoptedResolution" => DocumentKind.AdoptedResolution,
        "draftDecision" => DocumentKind.DraftDecision,
        "revisedDraftDecision" => DocumentKind.RevisedDraftDecision,
        "adoptedDecision" => DocumentKind.AdoptedDecision,
        _ => null,
    };

    private static string? AddSubs(Draft draft, string parentId, List<ParagraphDto>? subs, string where, bool verbatim)
    {
        foreach (var (i, s) in (subs ?? []).Index())
        {
            var here = $"{where}.subparagraphs[{i}]";
            var id = Blank(s.Id) ?? ParagraphIds.New();
            var added = verbatim
                ? new AddSubParagraph(parentId, id, i, s.Text ?? "").Apply(draft)
                : draft.AddSubParagraph(parentId, s.Text ?? "", id: id).Untyped();
            if (!added.IsSuccess)
            {
                return $"{here}: {added.Error}";
            }

            if (SetSource(draft, id, s.Source, here) is { } badSource)
            {
                return badSource;
            }

            if (DraftTableMapping.Set(draft, id, s.Table, here) is { } badTable)
            {
                return badTable;
            }

            var below = AddQuotation(draft, id, s.Quotation, here, verbatim) ?? AddSubs(draft, id, s.Subparagraphs, here, verbatim);
            if (below is not null)
            {
                return below;
            }
        }

        return null;
    }

    private static List<QuotedLineDto>? QuotationDtos(ParagraphNode node) =>
        node.Quotation.Count == 0 ? null : node.Quotation.Select(l => new QuotedLineDto { Id = l.Id, Text = l.Text }).ToList();

    private static string? AddQuotation(Draft draft, string holderId, List<QuotedLineDto>? lines, string where, bool verbatim)
    {
        foreach (var (i, l) in (lines ?? []).Index())
        {
            var id = Blank(l.Id) ?? ParagraphIds.New();
            var added = verbatim
                ? new AddQuotedLine(holderId, id, i, l.Text ?? "").Apply(draft)
                : draft.AddQuotedLine(holderId, l.Text ?? "", id: id).Untyped();
            if (!added.IsSuccess)
            {
                return $"{where}.quotation[{i}]: {added.Error}";
            }
        }

        return null;
    }

    private static List<ParagraphDto>? SubDtos(ParagraphNode node) =>
        node.SubParagraphs.Count == 0
            ? null
            : node.SubParagraphs.Select(s => new ParagraphDto { Id = s.Id, Text = s.Text, Source = SourceDtoOf(s.Source), Subparagraphs = SubDtos(s), Quotation = QuotationDtos(s), Table = DraftTableMapping.ToDto(s.Table) }).ToList();

    private static SourceDto? SourceDtoOf(AgreedLanguage? source) =>
        source is null ? null : new SourceDto { Symbol = source.Symbol, Label = source.Label, Year = source.Year, Language = source.Language, Text = source.Text, Decision = source.Decision ? true : null };

    private static string? SetSource(Draft draft, string id, SourceDto? dto, string where)
    {
        if (dto is null)
        {
            return null;
        }

        var set = draft.SetSource(id, new AgreedLanguage(dto.Symbol ?? "", dto.Label ?? "", dto.Text ?? "", Blank(dto.Year), Blank(dto.Language), dto.Decision == true));
        return set.IsSuccess ? null : $"{where}.source: {set.Error}";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
